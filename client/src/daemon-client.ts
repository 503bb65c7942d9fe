import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  DaemonConnectionRequest,
  DaemonStatusNotification,
  DashboardLoginRequest,
  SETTINGS_SECTION,
  SetOpenAiKeyNotification,
  type DaemonConnection,
  type DaemonStatus,
} from '../../daemon/src/protocol/lsp';
import { DAEMON_V8_FLAGS } from '../../daemon/src/util/v8-flags';
import { DOCUMENT_SELECTOR } from './document-selector';
import { OPENAI_KEY_SECRET } from './secrets';

const DOWN: DaemonStatus = { state: 'error', url: '', port: 0, openAlerts: 0, message: 'the daemon is not running' };

/**
 * Owns the language client, and through it the daemon process: starts it in the editor's own Node
 * (TransportKind.ipc on dist/cli.js), follows `soc/daemonStatus`, fetches the admin token over the
 * IPC channel, hands the OpenAI key over, restarts with the current port setting.
 */
export class DaemonClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private conn: DaemonConnection | undefined;
  private current: DaemonStatus = { state: 'starting', url: '', port: 0, openAlerts: 0 };
  private readonly emitter = new vscode.EventEmitter<DaemonStatus>();
  readonly onStatus = this.emitter.event;
  private starting: Promise<void> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get status(): DaemonStatus {
    return this.current;
  }

  get languageClient(): LanguageClient | undefined {
    return this.client?.state === State.Running ? this.client : undefined;
  }

  /** URL and token, only while the daemon is up. */
  connection(): DaemonConnection | undefined {
    return this.current.state === 'ready' || this.current.state === 'monitoring_off' ? this.conn : undefined;
  }

  start(): Promise<void> {
    this.starting ??= this.doStart().finally(() => (this.starting = undefined));
    return this.starting;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** SOC: Stop Daemon — the status bar then says "stopped", not "error". */
  async stopByUser(): Promise<void> {
    await this.stop();
    this.setStatus({ state: 'stopped', url: '', port: 0, openAlerts: 0 });
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.conn = undefined;
    // The server drains the agents and flushes the store on shutdown: give it time.
    if (client?.needsStop()) await client.stop(15_000).catch((e: unknown) => this.log.warn(`stopping the daemon: ${(e as Error).message}`));
    await client?.dispose().catch(() => undefined);
  }

  async loginUrl(): Promise<string | undefined> {
    const client = this.languageClient;
    if (!client) return undefined;
    const r = await client.sendRequest(DashboardLoginRequest);
    return r?.url;
  }

  /** The key goes to the daemon over the local IPC channel only; `null` forgets it. */
  async sendApiKey(apiKey: string | null): Promise<void> {
    await this.languageClient?.sendNotification(SetOpenAiKeyNotification, { apiKey });
  }

  dispose(): void {
    void this.stop();
    this.emitter.dispose();
  }

  private async doStart(): Promise<void> {
    const port = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<number>('daemon.port', 7341);
    const dataDir = this.context.globalStorageUri.fsPath;
    await vscode.workspace.fs.createDirectory(this.context.globalStorageUri);
    const module = this.context.asAbsolutePath('dist/cli.js');
    const args = ['lsp', '--http-port', String(port), '--data-dir', dataDir];
    const run = { module, transport: TransportKind.ipc, args, options: { execArgv: [...DAEMON_V8_FLAGS] } };
    const serverOptions: ServerOptions = { run, debug: run };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.log,
      revealOutputChannelOn: RevealOutputChannelOn.Error,
      // The server pulls settings (workspace/configuration); this makes the client tell it when they change.
      synchronize: { configurationSection: SETTINGS_SECTION },
    };
    const client = new LanguageClient('socAgents', 'SOC AI Agents', serverOptions, clientOptions);
    this.client = client;
    this.setStatus({ state: 'starting', url: '', port: 0, openAlerts: 0 });
    client.onNotification(DaemonStatusNotification, (status) => void this.onDaemonStatus(client, status));
    client.onDidChangeState((e) => {
      if (e.newState === State.Stopped && this.client === client) {
        this.conn = undefined;
        this.setStatus(DOWN);
      }
    });
    try {
      await client.start();
    } catch (e) {
      this.setStatus({ ...DOWN, message: `the language server could not start: ${(e as Error).message}` });
      return;
    }
    const key = await this.context.secrets.get(OPENAI_KEY_SECRET);
    if (key) await this.sendApiKey(key);
  }

  private async onDaemonStatus(client: LanguageClient, status: DaemonStatus): Promise<void> {
    if (client !== this.client) return;
    if ((status.state === 'ready' || status.state === 'monitoring_off') && this.conn?.url !== status.url) {
      try {
        this.conn = (await client.sendRequest(DaemonConnectionRequest)) ?? undefined;
      } catch (e) {
        this.log.error(`could not reach the daemon over IPC: ${(e as Error).message}`);
      }
    }
    if (status.state === 'error') this.conn = undefined;
    this.setStatus(status);
  }

  private setStatus(status: DaemonStatus): void {
    this.current = status;
    if (status.state === 'error') {
      this.log.error(`SOC AI Agents daemon: ${status.message ?? 'error'}`);
      this.log.show(true);
    } else if (status.message) {
      this.log.info(status.message);
    }
    this.emitter.fire(status);
  }
}
