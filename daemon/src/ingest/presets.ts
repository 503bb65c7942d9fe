import * as path from 'node:path';
import { convertPathToPattern } from 'tinyglobby';
import type { Environment } from '../protocol/domain';
import type { RulePack, SecurityMode } from '../engine/types';
import { defaultPolicy, type ResponsePolicy } from '../enforce/policy';

export const ENVIRONMENTS: readonly Environment[] = ['development', 'production', 'medical', 'financial'];

export function isEnvironment(s: string): s is Environment {
  return (ENVIRONMENTS as readonly string[]).includes(s);
}

/** What an environment preset sets up: where agent logs are looked for, which rule packs scan them, how to respond. */
export interface Preset {
  environment: Environment;
  /** Absolute glob patterns (forward slashes) of agent log files. */
  scanPaths: string[];
  /** Glob patterns never tailed (dependencies, VCS metadata). */
  ignore: string[];
  rulePacks: RulePack[];
  policy: ResponsePolicy;
  description: string;
}

export interface PresetOptions {
  /** The workspace (or service) directory relative patterns are resolved against. */
  baseDir: string;
  /** More files or globs to tail, absolute or relative to baseDir. */
  extraPaths?: readonly string[];
  mode?: SecurityMode;
}

/** Where an agent project keeps its logs while it is being written. */
const WORKSPACE_LOGS = ['logs/**/*.jsonl', 'logs/**/*.log', '**/agent*.log', '**/agent*.jsonl'];

/** Where deployed agents log: the system log folder on Unix, ProgramData on Windows. */
function systemLogRoots(): string[] {
  if (process.platform === 'win32') {
    const programData = process.env.ProgramData ?? 'C:/ProgramData';
    return [`${convertPathToPattern(programData)}/ai-agents/logs`];
  }
  return ['/var/log/ai-agents', '/var/log/llm'];
}

const SYSTEM_GLOB = '**/*.{log,jsonl}';

const IGNORE = ['**/node_modules/**', '**/.git/**', '**/.venv/**', '**/__pycache__/**'];

/** Backslashes are escape characters in globs; Windows patterns must use forward slashes. */
function toPattern(p: string): string {
  return process.platform === 'win32' ? p.replace(/\\/g, '/') : p;
}

function absolutize(pattern: string, baseDir: string): string {
  const p = toPattern(pattern);
  if (path.isAbsolute(p) || /^[A-Za-z]:\//.test(p)) return p;
  // The base folder is a literal path: its glob characters (`[`, `(`) are escaped.
  return `${convertPathToPattern(path.resolve(baseDir))}/${p.replace(/^\.\//, '')}`;
}

function scanPathsFor(environment: Environment): string[] {
  const system = systemLogRoots().map((root) => `${root}/${SYSTEM_GLOB}`);
  switch (environment) {
    case 'development':
      return WORKSPACE_LOGS;
    case 'production':
      return [...system, 'logs/**/*.{log,jsonl}'];
    case 'medical':
    case 'financial':
      // Regulated deployments also keep a separate audit log of agent conversations.
      return [...system, 'logs/**/*.{log,jsonl}', 'audit/**/*.jsonl'];
  }
}

/**
 * The response policy of an environment: `defaultPolicy` (which maps the rule packs) plus what
 * regulated data changes. PHI and card data disclosures are reportable breaches, so privacy
 * violations are critical there; locking out a clinician or trader is costly, so suspensions need
 * a human; and fewer alerts are suppressed as likely false positives.
 */
function policyFor(environment: Environment, mode: SecurityMode): ResponsePolicy {
  const policy = defaultPolicy(mode, environment);
  if (environment === 'medical' || environment === 'financial') {
    policy.threats.privacy_violation = { severity: 'critical', actions: ['block_ip', 'notify_compliance'] };
    policy.actions.suspend_user = 'approval';
    policy.fpSuppressAbove = Math.max(policy.fpSuppressAbove, 0.85);
  }
  if (environment === 'financial') {
    // SOX: exfiltration of financial records must reach compliance, not only be blocked.
    policy.threats.data_exfiltration = { severity: 'critical', actions: ['block_ip', 'terminate_session', 'notify_compliance'] };
  }
  return policy;
}

const DESCRIPTIONS: Record<Environment, string> = {
  development: 'workspace agent logs; default rules',
  production: 'system and service agent logs; suspensions need approval',
  medical: 'HIPAA PHI rule pack; privacy violations critical',
  financial: 'PCI card data and SOX rule packs; exfiltration notifies compliance',
};

export function resolvePreset(environment: Environment, opts: PresetOptions): Preset {
  const policy = policyFor(environment, opts.mode ?? 'default');
  const patterns = [...scanPathsFor(environment), ...(opts.extraPaths ?? [])].map((p) => absolutize(p, opts.baseDir));
  return {
    environment,
    scanPaths: [...new Set(patterns)],
    ignore: IGNORE,
    rulePacks: [...policy.rulePacks],
    policy,
    description: DESCRIPTIONS[environment],
  };
}
