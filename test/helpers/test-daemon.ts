import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDaemon, type RunningDaemon } from '../../daemon/src/daemon/start-daemon';
import type { DaemonConfig } from '../../daemon/src/api/daemon-context';
import { MemoryLogger } from '../../daemon/src/util/logger';
import WebSocket from 'ws';
import { STREAM_BEARER_PREFIX, STREAM_SUBPROTOCOL, type StreamMessage } from '../../daemon/src/protocol/stream';

export interface TestDaemon {
  daemon: RunningDaemon;
  url: string;
  token: string;
  logger: MemoryLogger;
  dataDir: string;
  /** fetch against the daemon with the admin token and JSON body. */
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/**
 * A real daemon on an ephemeral loopback port with a temp data folder (or the given one: a restart
 * over the same store). stop() removes the folder either way.
 */
export async function startTestDaemon(config: Partial<DaemonConfig> = {}, env: NodeJS.ProcessEnv = {}): Promise<TestDaemon> {
  const dataDir = config.dataDir ?? mkdtempSync(join(tmpdir(), 'soc-test-'));
  const token = `test-token-${Math.random().toString(36).slice(2)}-0123456789`;
  const logger = new MemoryLogger();
  const daemon = await startDaemon({
    config: { host: '127.0.0.1', port: 0, environment: 'development', securityMode: 'default', real: false, trustedProxies: [], allowedHosts: [], maxBodyBytes: 2 * 1024 * 1024, ...config, dataDir },
    env: { SOC_AGENTS_TOKEN: token, ...env },
    logger,
    tailLogs: false,
  });
  const url = daemon.url;
  return {
    daemon,
    url,
    token,
    logger,
    dataDir,
    async api(method, path, body, headers = {}) {
      const res = await fetch(url + path, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      let json: Record<string, unknown>;
      try {
        json = JSON.parse(text) as Record<string, unknown>;
      } catch {
        json = { raw: text };
      }
      return { status: res.status, headers: res.headers, json };
    },
    async stop() {
      await daemon.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The daemon's live stream as a dashboard opens it, each message handed to `onMessage`; resolves once open. */
export async function openStream(d: TestDaemon, onMessage: (msg: StreamMessage) => void): Promise<WebSocket> {
  const ws = new WebSocket(d.url.replace('http', 'ws') + '/ws', [STREAM_SUBPROTOCOL, `${STREAM_BEARER_PREFIX}${d.token}`]);
  ws.on('message', (data: Buffer) => onMessage(JSON.parse(data.toString()) as StreamMessage));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return ws;
}
