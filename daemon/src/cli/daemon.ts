import { parseArgs } from 'node:util';
import { isEnvironment } from '../ingest/presets';
import { resolveDataDir } from '../store/data-dir';
import type { DaemonConfig } from '../api/daemon-context';
import type { SecurityMode } from '../engine/types';
import { startDaemon } from '../daemon/start-daemon';
import type { Io } from './check';
import { UsageError } from './usage-error';

export const DAEMON_HELP = `soc-agents daemon — run the SOC: chat endpoint, OpenAI-compatible proxy, agents, dashboard

Usage: soc-agents daemon [options]

Options:
  --port N                 HTTP port (default 7341; a free port is used when it is taken)
  --host ADDR              Bind address (default 127.0.0.1 — only this machine can connect)
  --data-dir DIR           Data folder: database, admin token (default $SOC_AGENTS_DATA_DIR or ~/.soc-agents)
  --environment ENV        development | production | medical | financial (log paths, rule packs, policy)
  --security-mode MODE     default | security_aware | strict
  --duration SECONDS       Stop after this many seconds (0 = until stopped; default 0)
  --real                   Let external actuators act (webhook, command); otherwise they are dry runs
  --webhook-url URL        With --real: POST every remediation action as JSON here
  --command CMD            With --real: run CMD per action, e.g. "/usr/sbin/ipset add soc-block {target}" (no shell)
  --upstream URL           OpenAI-compatible upstream base URL (e.g. http://127.0.0.1:11434/v1 for Ollama)
  --trusted-proxy ADDR     Believe X-Forwarded-For from this address (repeatable)
  --allowed-host NAME      Accept this Host header besides the loopback names (repeatable)

Environment: OPENAI_API_KEY (or SOC_AGENTS_OPENAI_API_KEY), OPENAI_BASE_URL, SOC_AGENTS_OPENAI_MODEL,
SOC_AGENTS_TOKEN (admin token; default: generated into DATA_DIR/token, mode 0600).

The daemon prints a one-time dashboard login URL and shuts down gracefully on SIGINT/SIGTERM.
`;

function int(v: string | undefined, name: string, min: number, max: number, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}`);
  return n;
}

export function parseDaemonArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): { config: DaemonConfig; durationSec: number } {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      environment: { type: 'string' },
      'security-mode': { type: 'string' },
      duration: { type: 'string' },
      real: { type: 'boolean' },
      'webhook-url': { type: 'string' },
      command: { type: 'string' },
      upstream: { type: 'string' },
      'trusted-proxy': { type: 'string', multiple: true },
      'allowed-host': { type: 'string', multiple: true },
    },
  });
  const environment = values.environment ?? 'development';
  if (!isEnvironment(environment)) throw new UsageError(`unknown environment "${environment}" (expected development, production, medical or financial)`);
  const mode = values['security-mode'] ?? 'default';
  if (!['default', 'security_aware', 'strict'].includes(mode)) throw new UsageError(`unknown security mode "${mode}" (expected default, security_aware or strict)`);
  for (const u of [values.upstream, values['webhook-url']]) {
    if (u !== undefined && !/^https?:\/\//.test(u)) throw new UsageError(`not an http(s) URL: ${u}`);
  }
  return {
    durationSec: int(values.duration, 'duration', 0, 365 * 24 * 3600, 0),
    config: {
      host: values.host ?? '127.0.0.1',
      port: int(values.port, 'port', 0, 65535, 7341),
      dataDir: resolveDataDir(values['data-dir'], env),
      environment,
      securityMode: mode as SecurityMode,
      real: values.real === true,
      ...(values.upstream ? { upstream: values.upstream } : {}),
      ...(values['webhook-url'] ? { webhookUrl: values['webhook-url'] } : {}),
      ...(values.command ? { command: values.command.split(/\s+/).filter(Boolean) } : {}),
      trustedProxies: values['trusted-proxy'] ?? [],
      allowedHosts: values['allowed-host'] ?? [],
      maxBodyBytes: 2 * 1024 * 1024,
    },
  };
}

/** `soc-agents daemon`: runs until SIGINT/SIGTERM or --duration, then shuts down gracefully. */
export async function runDaemon(argv: string[], io: Io): Promise<number> {
  const { config, durationSec } = parseDaemonArgs(argv);
  const daemon = await startDaemon({ config });
  io.write(`SOC AI Agents daemon listening on ${daemon.url}\n`);
  io.write(`Dashboard (one-time login link): ${daemon.loginUrl()}\n`);
  io.write(`OpenAI-compatible proxy: ${daemon.url}/v1 (api key = the admin token in ${config.dataDir}/token)\n`);
  if (config.host !== '127.0.0.1' && config.host !== '::1' && config.host !== 'localhost') {
    io.write(`WARNING: bound to ${config.host}: other machines can reach this daemon. Keep the admin token secret.\n`);
  }
  await new Promise<void>((resolve) => {
    const done = (): void => resolve();
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    if (durationSec > 0) setTimeout(done, durationSec * 1000).unref();
  });
  await daemon.stop();
  return 0;
}
