/**
 * Every custom LSP message between the VS Code client and the language server, and the typed
 * settings contract (`socAgents.*`) the server pulls. Both sides import this file (vscode-eslint's
 * `customMessages.ts`, rust-analyzer's `lsp_ext.ts`): a method name lives in one place only.
 */
import { NotificationType, ProtocolRequestType, RequestType0, type WorkDoneProgressParams } from 'vscode-languageserver-protocol';
import type { SecurityMode } from '../engine/types';
import type { Environment } from './domain';

// ---------------------------------------------------------------- daemon health and access

/** The daemon's health as the status bar shows it (biome's starting|ready|error|disabled). */
/** `stopped`: the user stopped the daemon (SOC: Stop Daemon); `error`: it failed or died. */
export type DaemonState = 'starting' | 'ready' | 'error' | 'monitoring_off' | 'stopped';

export interface DaemonStatus {
  state: DaemonState;
  /** Base URL of the HTTP API (`http://127.0.0.1:PORT`); empty until the daemon listens. */
  url: string;
  /** The port actually bound: differs from `socAgents.daemon.port` when that one was taken. */
  port: number;
  /** Incidents still open (each groups one or more alerts). */
  openAlerts: number;
  securityMode?: SecurityMode;
  environment?: Environment;
  /** Why the daemon is in `error`, or a note (e.g. "port 7341 was taken, using 40123"). */
  message?: string;
}

/** Server → client whenever the daemon's health, alert count or applied settings change. */
export const DaemonStatusNotification = new NotificationType<DaemonStatus>('soc/daemonStatus');

/** How the extension reaches the HTTP API. Travels only over the local LSP channel, never into settings. */
export interface DaemonConnection {
  url: string;
  port: number;
  /** The admin token (Bearer) for the HTTP API and the live stream. */
  token: string;
}

/** Client → server: the daemon's URL and admin token; `null` when no daemon runs in this process. */
export const DaemonConnectionRequest = new RequestType0<DaemonConnection | null, void>('soc/daemonConnection');

/** Client → server: a fresh one-time login URL for the browser dashboard. */
export const DashboardLoginRequest = new RequestType0<{ url: string } | null, void>('soc/dashboardLogin');

/** Client → server: the OpenAI key from SecretStorage (`null` forgets it); the daemon rebuilds its LLM backend. */
export const SetOpenAiKeyNotification = new NotificationType<{ apiKey: string | null }>('soc/setOpenAiKey');

// ---------------------------------------------------------------- workspace scan and export

export type ScanWorkspaceParams = WorkDoneProgressParams;

export interface ScanWorkspaceResult {
  /** Files scanned (prompt, agent-instruction, MCP and agent-code files). */
  files: number;
  /** Files that matched the globs but are not a kind the scanner checks. */
  skipped: number;
  findings: number;
  /** Files with at least one finding. */
  filesWithFindings: number;
  /** Stopped at `socAgents.scan.timeBudgetSeconds` before every file was scanned. */
  timedOut: boolean;
  cancelled: boolean;
  durationMs: number;
}

/** Client → server: scan the workspace folders (LSP work-done progress: percentage and current file). */
export const ScanWorkspaceRequest = new ProtocolRequestType<ScanWorkspaceParams, ScanWorkspaceResult, never, void, void>('soc/scanWorkspace');

export interface ExportSarifResult {
  /** SARIF 2.1.0 log as JSON text. */
  sarif: string;
  results: number;
}

/** Client → server: every finding the server knows (open documents + last workspace scan) as SARIF. */
export const ExportSarifRequest = new RequestType0<ExportSarifResult, void>('soc/exportSarif');

// ---------------------------------------------------------------- client-side commands the server names

/** Handled by the client (never registered by the server): opens a rule's documentation page. */
export const SHOW_RULE_DOCS_COMMAND = 'socAgents.showRuleDocs';
/** Arguments of SHOW_RULE_DOCS_COMMAND. */
export type ShowRuleDocsArgs = [ruleId: string, href: string];

/** The source every diagnostic carries. */
export const DIAGNOSTIC_SOURCE = 'SOC AI Agents';

/** What a diagnostic carries in `data` so a code action finds its finding again. */
export interface DiagnosticData {
  fingerprint: string;
  version: number;
}

// ---------------------------------------------------------------- settings contract

export const SETTINGS_SECTION = 'socAgents';

export type DiagnosticLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** `socAgents.*` as the server uses it; secrets are never settings (the OpenAI key is in SecretStorage). */
export interface SocSettings {
  securityMode: SecurityMode;
  environment: Environment;
  rateLimit: { requests: number; windowSeconds: number };
  blockDurationSeconds: number;
  daemon: { port: number };
  rules: {
    /** Rule id → diagnostic level; `off` hides the rule. */
    severityOverrides: Record<string, DiagnosticLevel>;
    /** Where `codeDescription.href` points: empty = the page shipped with the extension (file://). */
    docsBaseUrl: string;
  };
  scan: { include: string[]; exclude: string[]; timeBudgetSeconds: number };
  openai: { model: string; baseUrl: string };
}

/** Files the workspace scan looks at by default: the prompt and agent-instruction files and agent code. */
export const DEFAULT_SCAN_INCLUDE = [
  '**/*.{prompt,prompty,mdc}',
  '**/*.prompt.md',
  '**/prompts/**/*.{md,txt}',
  '**/{AGENTS,CLAUDE,GEMINI}.md',
  '**/{.cursorrules,.windsurfrules,.clinerules}',
  '**/.github/copilot-instructions.md',
  '**/.github/prompts/**',
  '**/.cursor/rules/**',
  '**/{mcp.json,claude_desktop_config.json}',
  '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,py}',
];

export const DEFAULT_SCAN_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/build/**', '**/.venv/**', '**/venv/**', '**/__pycache__/**', '**/*.min.js'];

export const DEFAULT_SETTINGS: SocSettings = {
  securityMode: 'default',
  environment: 'development',
  rateLimit: { requests: 5, windowSeconds: 120 },
  blockDurationSeconds: 3600,
  daemon: { port: 7341 },
  rules: { severityOverrides: {}, docsBaseUrl: '' },
  scan: { include: DEFAULT_SCAN_INCLUDE, exclude: DEFAULT_SCAN_EXCLUDE, timeBudgetSeconds: 60 },
  openai: { model: 'gpt-4o-mini', baseUrl: '' },
};

const MODES: readonly SecurityMode[] = ['default', 'security_aware', 'strict'];
const ENVIRONMENTS: readonly Environment[] = ['development', 'production', 'medical', 'financial'];
const LEVELS: readonly DiagnosticLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function oneOf<T extends string>(v: unknown, allowed: readonly T[], dflt: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : dflt;
}
function int(v: unknown, min: number, max: number, dflt: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : dflt;
}
function str(v: unknown, dflt: string, max = 2000): string {
  return typeof v === 'string' && v.length <= max ? v.trim() : dflt;
}
function globs(v: unknown, dflt: string[]): string[] {
  return Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string' && g.length > 0 && g.length < 500).slice(0, 200) : dflt;
}

/** Settings as the user wrote them → a complete, valid SocSettings. A bad value falls back to its default, never throws. */
export function parseSettings(raw: unknown): SocSettings {
  const r = obj(raw);
  const d = DEFAULT_SETTINGS;
  const rate = obj(r.rateLimit);
  const rules = obj(r.rules);
  const scan = obj(r.scan);
  const openai = obj(r.openai);
  const overrides: Record<string, DiagnosticLevel> = {};
  for (const [id, level] of Object.entries(obj(rules.severityOverrides))) {
    if (id.length <= 100 && typeof level === 'string' && (LEVELS as readonly string[]).includes(level)) overrides[id] = level as DiagnosticLevel;
  }
  return {
    securityMode: oneOf(r.securityMode, MODES, d.securityMode),
    environment: oneOf(r.environment, ENVIRONMENTS, d.environment),
    rateLimit: { requests: int(rate.requests, 1, 100_000, d.rateLimit.requests), windowSeconds: int(rate.windowSeconds, 1, 86_400, d.rateLimit.windowSeconds) },
    blockDurationSeconds: int(r.blockDurationSeconds, 1, 365 * 86_400, d.blockDurationSeconds),
    daemon: { port: int(obj(r.daemon).port, 0, 65_535, d.daemon.port) },
    rules: { severityOverrides: overrides, docsBaseUrl: str(rules.docsBaseUrl, d.rules.docsBaseUrl) },
    scan: {
      include: globs(scan.include, d.scan.include),
      exclude: globs(scan.exclude, d.scan.exclude),
      timeBudgetSeconds: int(scan.timeBudgetSeconds, 1, 3600, d.scan.timeBudgetSeconds),
    },
    openai: { model: str(openai.model, d.openai.model, 200) || d.openai.model, baseUrl: str(openai.baseUrl, d.openai.baseUrl) },
  };
}
