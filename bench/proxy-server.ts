/**
 * Child processes of the proxy benchmark, driven over IPC. `upstream`: the fake OpenAI-compatible
 * server alone (as a real model server is another process). `daemon`: the whole daemon as
 * `soc-agents daemon` starts it (guards, auth, body parsing, the SOC with its store, the live
 * stream, JSON logs), forwarding to that upstream. Each reports its own CPU, memory, event-loop
 * delay, GC pauses and the time it waited for a CPU (the machine is shared: that wait is noise).
 */
import { mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { startDaemon } from '../daemon/src/daemon/start-daemon';
import { JsonLogger } from '../daemon/src/util/logger';
import { FakeUpstream } from '../test/fixtures/upstream/fake-upstream';
import { dryRunPolicy } from '../test/fixtures/upstream/policies';
import { DIST_SCAN_THREAD } from './shipped';

export const BENCH_TOKEN = 'bench-admin-token-0123456789abcdef';

/** `stats` with `gc`: a full collection first, for a clean heap figure (only the memory table asks: a forced GC's background sweeping would slow the requests that follow it). */
export type BenchCommand = { cmd: 'block' } | { cmd: 'unblock' } | { cmd: 'stats'; gc?: boolean } | { cmd: 'stop' };
export interface BenchStats {
  rss: number;
  heapUsed: number;
  /** CPU time of this process so far (µs). */
  cpuUs: number;
  /** Time this process was runnable but waiting for a CPU, so far (µs; Linux schedstat). */
  waitUs: number;
  /** GC pause time so far (ms). */
  gcMs: number;
  /** Event-loop delay since the previous stats call (ms): what stalls every request in flight. */
  loopDelayP99: number;
  loopDelayMax: number;
}
export type BenchReply = { ready: true; url: string } | { ok: true } | { stats: BenchStats };

const REPLY = 'Lisbon is mild today: 19 degrees, a light breeze from the Atlantic and sunshine through the afternoon. A good day for a walk along the river, then coffee in Alfama.';

function waitUs(): number {
  try {
    return Number(readFileSync('/proc/self/schedstat', 'utf8').split(' ')[1]) / 1000;
  } catch {
    return 0;
  }
}

async function main(role: string): Promise<void> {
  let gcMs = 0;
  // The stats command's own full GC (for a clean heap figure) is not the traffic's.
  let forcedMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  }).observe({ entryTypes: ['gc'] });
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const send = (m: BenchReply): void => void process.send?.(m);
  const handlers: Partial<Record<BenchCommand['cmd'], () => Promise<void>>> = {};
  let url: string;
  let stop: () => Promise<void>;
  if (role === 'upstream') {
    const upstream = await FakeUpstream.start({ mode: 'reply', text: REPLY, chunkChars: 4 });
    url = upstream.baseURL;
    stop = () => upstream.stop();
  } else {
    const root = mkdtempSync(join(tmpdir(), 'soc-proxy-bench-'));
    // The daemon's own JSON log lines, written to /dev/null: their cost stays, the terminal stays quiet.
    const devNull = openSync('/dev/null', 'w');
    const daemon = await startDaemon({
      config: { host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), environment: 'development', securityMode: 'default', real: false, upstream: process.argv[3], trustedProxies: [], allowedHosts: [], maxBodyBytes: 1024 * 1024 },
      env: { SOC_AGENTS_TOKEN: BENCH_TOKEN, SOC_AGENTS_OPENAI_API_KEY: 'upstream-secret-key-abcdef' },
      logger: new JsonLogger((line) => void writeSync(devNull, line)),
      tailLogs: false,
      // As shipped: the Builder's scans on the bundled scan thread (npm run bench builds it first).
      scanThread: DIST_SCAN_THREAD,
    });
    // Detection, alerts and incidents run as usual; actions are recorded, not applied, so the load keeps flowing.
    daemon.soc.setPolicy(dryRunPolicy());
    // SOC_BENCH_MONITORING=off: the SOC toggled off, so the figures are the transport alone (no scans).
    if (process.env.SOC_BENCH_MONITORING === 'off') daemon.ctx.monitoring.set(false);
    url = `${daemon.url}/v1`;
    stop = async () => {
      await daemon.stop();
      rmSync(root, { recursive: true, force: true });
    };
    handlers.block = () => daemon.soc.enforcer.apply('block_ip', '127.0.0.1', { reason: 'benchmark: refused traffic', by: 'admin:bench' }).then(() => undefined);
    handlers.unblock = () => daemon.soc.enforcer.lift('block_ip', '127.0.0.1', 'admin:bench').then(() => undefined);
  }
  process.on('message', (raw: BenchCommand) => {
    void (async () => {
      if (raw.cmd === 'stats') {
        if (raw.gc === true) {
          const t0 = performance.now();
          (globalThis as { gc?: () => void }).gc?.();
          forcedMs += performance.now() - t0;
        }
        const m = process.memoryUsage();
        const c = process.cpuUsage();
        const stats: BenchStats = { rss: m.rss, heapUsed: m.heapUsed, cpuUs: c.user + c.system, waitUs: waitUs(), gcMs: gcMs - forcedMs, loopDelayP99: loop.percentile(99) / 1e6, loopDelayMax: loop.max / 1e6 };
        loop.reset();
        return send({ stats });
      }
      if (raw.cmd === 'stop') {
        await stop();
        send({ ok: true });
        process.exit(0);
      }
      await handlers[raw.cmd]?.();
      send({ ok: true });
    })();
  });
  send({ ready: true, url });
}

// Only as a child: bench/proxy.ts imports this file for its types and token.
if (require.main === module) void main(process.argv[2] ?? 'daemon');
