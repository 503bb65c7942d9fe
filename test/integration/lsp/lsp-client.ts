import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { DaemonStatusNotification, type DaemonStatus } from '../../../daemon/src/protocol/lsp';
import { DAEMON_V8_FLAGS } from '../../../daemon/src/util/v8-flags';

export const REPO = join(__dirname, '..', '..', '..');
/** The bundled CLI (`npm run build`); SOC_AGENTS_CLI points elsewhere (a dev bundle) when needed. */
export const CLI = process.env.SOC_AGENTS_CLI ?? join(REPO, 'dist', 'cli.js');

type Waiter<T> = { match: (v: T) => boolean; resolve: (v: T) => void };

/** Resolves with the first value that matches, including ones that already arrived. */
export class EventLog<T> {
  readonly seen: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(v: T): void {
    this.seen.push(v);
    const ready = this.waiters.filter((w) => w.match(v));
    this.waiters = this.waiters.filter((w) => !w.match(v));
    for (const w of ready) w.resolve(v);
  }

  next(match: (v: T) => boolean, what: string, timeoutMs = 20_000, fromIndex = 0): Promise<T> {
    const hit = this.seen.slice(fromIndex).find(match);
    if (hit) return Promise.resolve(hit);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const done = (v: T): void => {
        clearTimeout(timer);
        resolve(v);
      };
      this.waiters.push({ match, resolve: done });
    });
  }
}

export interface LspClientOptions {
  args?: string[];
  /** What workspace/configuration answers for the `socAgents` section. */
  settings?: () => unknown;
  rootPath?: string;
  env?: NodeJS.ProcessEnv;
}

/** A real JSON-RPC client on a spawned `soc-agents lsp --stdio`, as any editor would drive it. */
export class LspClient {
  readonly diagnostics = new EventLog<PublishDiagnosticsParams>();
  readonly status = new EventLog<DaemonStatus>();
  readonly progress = new EventLog<{ token: string | number; value: unknown }>();
  readonly stderr: string[] = [];
  private readonly versions = new Map<string, number>();

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(opts: LspClientOptions = {}): Promise<LspClient> {
    // The flags the bin's shebang and the extension's fork start it with.
    const child = spawn(process.execPath, [...DAEMON_V8_FLAGS, CLI, 'lsp', '--stdio', ...(opts.args ?? [])], { stdio: 'pipe', env: { ...process.env, ...opts.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    child.stderr.setEncoding('utf8').on('data', (s: string) => client.stderr.push(s));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => client.diagnostics.push(p));
    connection.onNotification(DaemonStatusNotification, (s) => client.status.push(s));
    connection.onNotification('$/progress', (p: { token: string | number; value: unknown }) => client.progress.push(p));
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => opts.settings?.() ?? {}));
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    connection.listen();
    const root = opts.rootPath;
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: root ? `file://${root}` : null,
      workspaceFolders: root ? [{ uri: `file://${root}`, name: 'ws' }] : null,
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, versionSupport: true } },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Incremental change: replace [start, end) given as LSP positions. */
  async change(uri: string, changes: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async configurationChanged(): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** The diagnostics published for this document version (the server sends the version it scanned). */
  diagnosticsFor(uri: string, version: number, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.diagnostics.next((p) => p.uri === uri && p.version === version, `diagnostics for ${uri} v${version}`, timeoutMs).then((p) => p.diagnostics);
  }

  /** Graceful LSP shutdown; resolves with the exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else this.child.once('exit', (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.child.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
