import { loadOrCreateToken } from '../api/auth';
import type { DaemonConfig } from '../api/daemon-context';
import type { DaemonOptions, RunningDaemon } from '../daemon/start-daemon';
import { createChatBackend } from '../llm/openai-backend';
import type { DaemonConnection, DaemonStatus, SocSettings } from '../protocol/lsp';
import type { Logger } from '../util/logger';
import { llmConfigFromSettings, llmConfigKey, policyFromSettings } from './daemon-settings';

export interface DaemonBridgeOptions {
  /** Port and data folder from the command line; mode and environment come from settings. */
  config: DaemonConfig;
  logger: Logger;
  env: NodeJS.ProcessEnv;
  notify(status: DaemonStatus): void;
  startDaemon(opts: DaemonOptions): Promise<RunningDaemon>;
}

/**
 * The HTTP daemon running in the language server's process: starts it, keeps the status bar told
 * (health, open incidents, applied settings), applies settings and the OpenAI key without a restart.
 */
export class DaemonBridge {
  private daemon: RunningDaemon | undefined;
  private status: DaemonStatus = { state: 'starting', url: '', port: 0, openAlerts: 0 };
  private settings: SocSettings | undefined;
  private apiKey: string | null | undefined;
  private llmKey = '';
  private readonly openIncidents = new Set<string>();
  private unsubscribe: (() => void) | undefined;
  private stopping: Promise<void> | undefined;
  /** Stays on the status (e.g. the port moved) until the daemon restarts. */
  private note: string | undefined;
  /** The workspace whose logs the environment preset tails (the first workspace folder). */
  private workspace = process.cwd();

  constructor(private readonly opts: DaemonBridgeOptions) {}

  current(): DaemonStatus {
    return this.status;
  }

  async start(settings: SocSettings, workspace: string | undefined): Promise<void> {
    this.settings = settings;
    if (workspace) this.workspace = workspace;
    this.publish({ state: 'starting', url: '', port: 0, openAlerts: 0 });
    const { config } = this.opts;
    try {
      const daemon = await this.opts.startDaemon({
        config: { ...config, environment: settings.environment, securityMode: settings.securityMode },
        env: this.opts.env,
        logger: this.opts.logger,
        workspace: this.workspace,
      });
      if (this.stopping) {
        await daemon.stop();
        return;
      }
      this.daemon = daemon;
      this.watch(daemon);
      for (const incident of await daemon.soc.store.listIncidents({ status: 'open', limit: 1000 })) this.openIncidents.add(incident.id);
      this.applySettings(settings);
      const moved = config.port !== 0 && daemon.port !== config.port;
      this.note = moved ? `port ${config.port} was taken; the daemon listens on ${daemon.port}` : undefined;
      this.refresh();
    } catch (e) {
      const message = `the daemon could not start: ${(e as Error).message}`;
      this.opts.logger.log('error', message);
      this.publish({ state: 'error', url: '', port: 0, openAlerts: 0, message });
    }
  }

  /** Security mode, environment, rate limit, block duration and OpenAI model/URL take effect at once. */
  applySettings(settings: SocSettings): void {
    this.settings = settings;
    const daemon = this.daemon;
    if (!daemon) return;
    daemon.soc.setPolicy(policyFromSettings(settings, this.workspace));
    this.rebuildBackend();
    daemon.ctx.statusChanged();
  }

  /** The key from the extension's SecretStorage; `null` forgets it (the environment's key, if any, applies again). */
  setApiKey(apiKey: string | null): void {
    this.apiKey = apiKey;
    this.rebuildBackend();
    this.daemon?.ctx.statusChanged();
  }

  connection(): DaemonConnection | null {
    const d = this.daemon;
    if (!d || this.stopping) return null;
    return { url: d.url, port: d.port, token: loadOrCreateToken(this.opts.config.dataDir, this.opts.env).token };
  }

  loginUrl(): string | null {
    return this.daemon && !this.stopping ? this.daemon.loginUrl() : null;
  }

  /** Graceful: the agents drain and the store flushes before the process exits. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.unsubscribe?.();
      await this.daemon?.stop();
    })();
    return this.stopping;
  }

  private rebuildBackend(): void {
    const daemon = this.daemon;
    const settings = this.settings;
    if (!daemon || !settings) return;
    const config = llmConfigFromSettings(settings, this.apiKey, this.opts.env, this.opts.config.upstream);
    const key = llmConfigKey(config);
    if (key === this.llmKey) return;
    this.llmKey = key;
    daemon.setBackend(createChatBackend(config, this.opts.logger));
    this.opts.logger.log('info', 'LLM backend configured', { model: config.model, keySet: Boolean(config.apiKey) });
  }

  private watch(daemon: RunningDaemon): void {
    let timer: NodeJS.Timeout | undefined;
    // Bursts of incident updates become one notification.
    const soon = (): void => {
      timer ??= setTimeout(() => {
        timer = undefined;
        this.refresh();
      }, 100);
    };
    const off = daemon.soc.bus.subscribe('incident.updated', (incident) => {
      if (incident.status === 'open') this.openIncidents.add(incident.id);
      else this.openIncidents.delete(incident.id);
      soon();
    });
    // Monitoring toggles (from the dashboard or a command) reach the status bar like the live stream.
    const offStatus = daemon.ctx.onStatusChanged(soon);
    this.unsubscribe = () => {
      off();
      offStatus();
      if (timer) clearTimeout(timer);
    };
  }

  private refresh(): void {
    const d = this.daemon;
    if (!d || this.stopping) return;
    const policy = d.soc.policy();
    this.publish({
      state: d.ctx.monitoring.get() ? 'ready' : 'monitoring_off',
      url: d.url,
      port: d.port,
      openAlerts: this.openIncidents.size,
      securityMode: policy.mode,
      environment: policy.environment,
      ...(this.note ? { message: this.note } : {}),
    });
  }

  private publish(status: DaemonStatus): void {
    this.status = status;
    this.opts.notify(status);
  }
}
