import { isAbsolute, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { sarifReport, type SarifInput } from '../documents';
import type { DaemonConnection, DaemonStatus, ExportSarifResult, ScanWorkspaceResult, SocSettings } from '../protocol/lsp';
import type { Logger } from '../util/logger';
import { codeActionsFor } from './code-actions';
import type { DaemonBridge } from './daemon-bridge';
import { disabledRules, toDiagnostics, type HrefFor } from './diagnostics';
import type { DocumentScanner } from './document-scanner';
import { FindingsStore, locate, type FileFindings } from './findings-store';
import type { RuleDocs } from './rule-docs';
import { ScanScheduler } from './scan-scheduler';
import { SettingsResolver, type ConfigurationFetcher } from './settings-resolver';
import { uriToPath } from './uri';
import { scanWorkspace, type ScanProgress } from './workspace-scan';

declare const PACKAGE_VERSION: string | undefined;

export interface ServerDeps {
  scanner: DocumentScanner;
  documents: { get(uri: string): TextDocument | undefined; all(): TextDocument[] };
  /** Resolves once the notification is written (a caller about to block the loop waits for it). */
  publishDiagnostics(uri: string, diagnostics: Diagnostic[], version?: number): Promise<void> | void;
  /** workspace/configuration, when the client supports it (decided at initialize). */
  fetchSettings: ConfigurationFetcher;
  logger: Logger;
  ruleDocs: RuleDocs;
  /** Present when the daemon runs in this process (`--http-port`). */
  bridge?: DaemonBridge;
  /** Debounce after typing, ms (200 by default). */
  debounceMs?: number;
  /** The scheduler's clock (performance.now by default; tests move it). */
  now?: () => number;
}

/**
 * Engine time per scan of an open document. A cold 1 MB prompt is scanned in slices, each of which
 * publishes: a short first one, so the file shows its hidden characters and first findings at once,
 * then longer ones, because every slice also pays for the whole-file work (chunking, hashing,
 * placeholders, publishing). Requests and edits are served between slices.
 */
const FIRST_SLICE_MS = 40;
const NEXT_SLICE_MS = 200;

/**
 * The language server's logic, free of transport: the connection file binds LSP handlers to these
 * methods (typescript-language-server's lsp-connection.ts pattern), so tests drive it directly.
 */
export class SocLanguageServer {
  private readonly findings = new FindingsStore();
  private readonly scheduler: ScanScheduler;
  private settings!: SettingsResolver;
  private folders: string[] = [];
  private documentChanges = false;
  private readonly scheduledVersion = new Map<string, number>();
  /** Documents whose scan of this version stopped at its budget and goes on in the next slice. */
  private readonly continuing = new Map<string, number>();
  private workspaceScan: Promise<ScanWorkspaceResult> | undefined;

  constructor(private readonly deps: ServerDeps) {
    this.scheduler = new ScanScheduler(
      (uri) => this.scanOpenDocument(uri),
      (uri, e) => deps.logger.log('error', 'scan failed', { uri, error: (e as Error).message }),
      deps.debounceMs ?? 200,
      deps.now,
    );
  }

  initialize(params: InitializeParams): InitializeResult {
    const caps = params.capabilities;
    const pull = caps.workspace?.configuration === true;
    this.settings = new SettingsResolver(pull ? this.deps.fetchSettings : undefined, (e) =>
      this.deps.logger.log('warn', 'could not read settings; using defaults', { error: (e as Error).message }),
    );
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    this.settings.setInitial(init?.settings);
    this.documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)) ?? (params.rootUri ? [uriToPath(params.rootUri)] : []);
    this.folders = folders.filter((f) => f.length > 0);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
      },
      serverInfo: { name: 'soc-agents', version: typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev' },
    };
  }

  /** After the handshake: the daemon (if any) starts with the window's settings. */
  async initialized(): Promise<void> {
    this.deps.scanner.warmUp?.().catch((e: unknown) => this.deps.logger.log('warn', 'could not load the code parsers; agent code is not scanned', { error: (e as Error).message }));
    const bridge = this.deps.bridge;
    if (bridge) await bridge.start(await this.settings.get(), this.folders[0]);
  }

  didOpen(doc: TextDocument): void {
    this.scheduledVersion.set(doc.uri, doc.version);
    this.scheduler.schedule(doc.uri, true);
  }

  didChangeContent(doc: TextDocument): void {
    // TextDocuments also reports the open as a change: that version is already scheduled.
    if (this.scheduledVersion.get(doc.uri) === doc.version) return;
    this.scheduledVersion.set(doc.uri, doc.version);
    this.scheduler.schedule(doc.uri);
  }

  didClose(doc: TextDocument): void {
    this.scheduler.forget(doc.uri);
    this.continuing.delete(doc.uri);
    this.scheduledVersion.delete(doc.uri);
    this.findings.closeOpen(doc.uri);
    // What the last workspace scan found on disk stands again; otherwise the problems go away.
    const onDisk = this.findings.get(doc.uri);
    void this.publishEntry(onDisk ?? { uri: doc.uri, version: null, kind: 'other', findings: [], suppressed: 0 });
  }

  async didChangeConfiguration(pushed: unknown): Promise<void> {
    this.settings.changed(pushed);
    for (const doc of this.deps.documents.all()) this.scheduler.schedule(doc.uri, true);
    this.deps.bridge?.applySettings(await this.settings.get());
  }

  async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const doc = this.deps.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const href = this.hrefFor(await this.settings.get(doc.uri));
    return codeActionsFor(doc, this.findings.getOpen(doc.uri), params.context.diagnostics, href, this.documentChanges);
  }

  /** One workspace scan at a time: a second request joins the running one. */
  scanWorkspace(progress: ScanProgress): Promise<ScanWorkspaceResult> {
    this.workspaceScan ??= this.runWorkspaceScan(progress).finally(() => (this.workspaceScan = undefined));
    return this.workspaceScan;
  }

  /** SARIF through the scanner's own writer, so the CLI's `scan --format sarif` and the editor export agree. */
  async exportSarif(): Promise<ExportSarifResult> {
    const settings = await this.settings.get();
    const root = this.folders[0];
    const inputs: SarifInput[] = this.findings.all().map((f) => {
      const path = uriToPath(f.uri);
      const rel = root ? relative(root, path) : path;
      return {
        path: root && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path,
        ...(f.text !== undefined ? { text: f.text } : {}),
        result: { kind: f.kind, findings: f.findings.map((l) => l.finding), suppressed: f.suppressed },
      };
    });
    const docsBaseUri = this.deps.ruleDocs.base(settings.rules.docsBaseUrl);
    const sarif = sarifReport(inputs, typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev', { docsBaseUri, ...(root ? { rootDir: root } : {}) });
    return { sarif: JSON.stringify(sarif, null, 2), results: inputs.reduce((n, f) => n + f.result.findings.length, 0) };
  }

  daemonConnection(): DaemonConnection | null {
    return this.deps.bridge?.connection() ?? null;
  }

  dashboardLogin(): { url: string } | null {
    const url = this.deps.bridge?.loginUrl();
    return url ? { url } : null;
  }

  daemonStatus(): DaemonStatus | undefined {
    return this.deps.bridge?.current();
  }

  setOpenAiKey(apiKey: string | null): void {
    this.deps.bridge?.setApiKey(typeof apiKey === 'string' && apiKey.trim() ? apiKey.trim() : null);
  }

  async shutdown(): Promise<void> {
    this.scheduler.dispose();
    await Promise.all([this.deps.bridge?.stop(), this.deps.scanner.close?.()]);
  }

  private hrefFor(settings: SocSettings): HrefFor {
    return (id) => this.deps.ruleDocs.href(id, settings.rules.docsBaseUrl);
  }

  private async scanOpenDocument(uri: string): Promise<void> {
    const doc = this.deps.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const path = uriToPath(uri);
    if (this.deps.scanner.classify(path, doc.languageId) === 'other') {
      // Not a prompt, instruction, MCP or agent-code file: stay quiet, and clear what an earlier kind left.
      if (this.findings.getOpen(uri)?.findings.length) void this.deps.publishDiagnostics(uri, [], version);
      this.findings.setOpen({ uri, version, kind: 'other', findings: [], suppressed: 0 });
      return;
    }
    const settings = await this.settings.get(uri);
    const t0 = performance.now();
    const text = doc.getText();
    const result = await this.deps.scanner.scan(text, {
      path,
      languageId: doc.languageId,
      severityOverrides: disabledRules(settings),
      mode: settings.securityMode,
      timeBudgetMs: this.continuing.get(uri) === version ? NEXT_SLICE_MS : FIRST_SLICE_MS,
    });
    // The user typed on meanwhile: a newer scan is scheduled, this one is stale.
    if (this.deps.documents.get(uri)?.version !== version) return;
    const entry: FileFindings = { uri, version, kind: result.kind, findings: locate(doc, result.findings), suppressed: result.suppressed, ...(result.findings.length > 0 ? { text } : {}) };
    this.findings.setOpen(entry);
    const sent = this.deps.publishDiagnostics(uri, toDiagnostics(entry, settings, this.hrefFor(settings)), version);
    this.deps.logger.log('debug', 'document scanned', { uri, kind: result.kind, findings: entry.findings.length, ms: Math.round(performance.now() - t0) });
    // A large file is scanned in slices: what is known now is published (hidden characters everywhere,
    // findings of the parts scanned so far) and the scan goes on; edits and requests run in between.
    if (!result.incomplete) {
      this.continuing.delete(uri);
      return;
    }
    this.continuing.set(uri, version);
    // The writer sends a message in several writes across loop turns: this slice's diagnostics must
    // reach the client before the next slice holds the loop.
    await sent;
    if (this.deps.documents.get(uri)?.version === version) this.scheduler.schedule(uri, true);
  }

  private async publishEntry(entry: FileFindings): Promise<void> {
    const settings = await this.settings.get(entry.uri);
    await this.deps.publishDiagnostics(entry.uri, toDiagnostics(entry, settings, this.hrefFor(settings)));
  }

  private async runWorkspaceScan(progress: ScanProgress): Promise<ScanWorkspaceResult> {
    const settings = await this.settings.get();
    const previous = this.findings.scannedUris();
    this.findings.clearScanned();
    const result = await scanWorkspace(this.folders, settings, {
      scanner: this.deps.scanner,
      isOpen: (uri) => this.deps.documents.get(uri) !== undefined,
      publish: (entry) => {
        const had = previous.delete(entry.uri);
        this.findings.setScanned(entry);
        // Clean files that never had problems need no notification (thousands of files, no noise).
        if (entry.findings.length > 0 || had) void this.deps.publishDiagnostics(entry.uri, toDiagnostics(entry, settings, this.hrefFor(settings)));
      },
    }, progress);
    // Files with problems last time that this scan did not reach (deleted, now excluded): clear them.
    if (!result.timedOut && !result.cancelled) {
      for (const uri of previous) if (!this.deps.documents.get(uri)) void this.deps.publishDiagnostics(uri, []);
    }
    this.deps.logger.log('info', 'workspace scan finished', { ...result });
    return result;
  }
}
