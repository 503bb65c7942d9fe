import type { Server } from 'node:http';
import { loadOrCreateToken } from '../api/auth';
import type { DaemonConfig, DaemonContext } from '../api/daemon-context';
import { buildServer, listen } from '../api/server';
import { resolvePreset } from '../ingest/presets';
import { LogTailer } from '../ingest/log-tailer';
import { toSecurityEvent } from '../ingest/log-event';
import { createChatBackend } from '../llm/openai-backend';
import { llmConfigFromEnv, type ChatBackend } from '../llm/chat-backend';
import { createSoc, type Soc } from '../soc/create-soc';
import { systemClock, type Clock } from '../util/clock';
import { JsonLogger, type Logger } from '../util/logger';

export interface DaemonOptions {
  config: DaemonConfig;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  logger?: Logger;
  /** Workspace folder whose logs the environment preset tails (default: the current directory). */
  workspace?: string;
  /** Tail agent logs of the preset (default true; tests switch it off). */
  tailLogs?: boolean;
  /** The Builder's scan thread script (SocOptions.scanThread; default: the bundled one, none from sources). */
  scanThread?: string | null;
}

export interface RunningDaemon {
  readonly soc: Soc;
  readonly ctx: DaemonContext;
  readonly server: Server;
  readonly port: number;
  readonly url: string;
  /** A fresh one-time login URL for the browser dashboard. */
  loginUrl(): string;
  /** Replaces the model backend (settings or a new API key from the extension) without a restart. */
  setBackend(backend: ChatBackend): void;
  /** Graceful: stop accepting, drain the agents' queues, flush and close the store. */
  stop(): Promise<void>;
}

/** Starts the whole daemon: SOC agents over the store, the HTTP API, the live stream and log tailing. */
export async function startDaemon(opts: DaemonOptions): Promise<RunningDaemon> {
  const env = opts.env ?? process.env;
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? new JsonLogger();
  const { config } = opts;
  const preset = resolvePreset(config.environment, { baseDir: opts.workspace ?? process.cwd(), mode: config.securityMode });
  const { token } = loadOrCreateToken(config.dataDir, env);
  const soc = await createSoc({ dataDir: config.dataDir, clock, logger, policy: preset.policy, real: config.real, ...(opts.scanThread !== undefined ? { scanThread: opts.scanThread } : {}), ...(config.webhookUrl ? { webhookUrl: config.webhookUrl } : {}), ...(config.command ? { command: config.command } : {}) });

  const llmConfig = llmConfigFromEnv(env, config.upstream ? { baseURL: config.upstream } : {});
  let backend: ChatBackend = createChatBackend(llmConfig, logger);
  const upstream =
    llmConfig.baseURL || llmConfig.apiKey
      ? { baseURL: llmConfig.baseURL ?? 'https://api.openai.com/v1', ...(llmConfig.apiKey ? { apiKey: llmConfig.apiKey } : {}), timeoutMs: llmConfig.timeoutMs }
      : undefined;
  const { server, ctx, liveStream } = buildServer({ config, soc, llm: () => backend, adminToken: token, clock, logger, upstream });
  let port: number;
  try {
    port = await listen(server, config.host, config.port, logger);
  } catch (e) {
    await soc.close();
    throw e;
  }
  const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const url = `http://${hostForUrl}:${port}`;

  const tailer =
    opts.tailLogs === false
      ? undefined
      : new LogTailer({ store: soc.store, logger, clock }, (line) => {
          // Log lines go through the same intake as everything else: the monitoring switch and backpressure apply.
          if (ctx.monitoring.get()) soc.ingest(toSecurityEvent(line, clock.now()));
        }, { scanPaths: preset.scanPaths, ignore: preset.ignore });
  await tailer?.start();
  logger.log('info', 'daemon started', { url, environment: config.environment, mode: config.securityMode, dataDir: config.dataDir, llm: backend.health().baseURL, real: config.real });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      logger.log('info', 'daemon stopping: draining queues and flushing the store');
      await tailer?.stop();
      await liveStream.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await soc.close();
      logger.log('info', 'daemon stopped');
    })());

  return {
    soc,
    ctx,
    server,
    port,
    url,
    loginUrl: () => `${url}/login?token=${ctx.auth.issueLoginToken()}`,
    stop,
    setBackend: (b) => {
      backend = b;
      ctx.statusChanged();
    },
  };
}
