/**
 * Proxy benchmark: POST /v1/chat/completions through the daemon against calling the same upstream
 * directly. Three processes, as in real use: this one only drives load over loopback, the fake
 * upstream runs alone, and the whole daemon (guards, auth, the SOC with its store, the live
 * stream with one dashboard connected, JSON logs) runs in its own. SOC_BENCH_SECONDS shortens the
 * timed runs (default: memory run 60 s).
 *
 * The machine may be shared: every table reports how long the daemon waited for a CPU while it
 * had work (schedstat), which inflates wall-clock tails without being the proxy's doing.
 */
import { DAEMON_V8_FLAGS } from '../daemon/src/util/v8-flags';
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import WebSocket from 'ws';
import { STREAM_SUBPROTOCOL } from '../daemon/src/protocol/stream';
import { BENCH_TOKEN, type BenchCommand, type BenchReply, type BenchStats } from './proxy-server';
import { benchBundle } from './shipped';
import { fmt, median, percentile, printTable } from './table';

const SYSTEM = 'You are a concise travel assistant for Lisbon. Answer in two sentences. Do not give medical or legal advice.';

interface Child {
  proc: ChildProcess;
  url: string;
  rpc(cmd: BenchCommand): Promise<BenchReply>;
}

async function startChild(role: 'upstream' | 'daemon', arg = ''): Promise<Child> {
  // The bundle, run by plain node with the daemon's flags: the daemon as it ships, not through tsx.
  const proc = fork(benchBundle('proxy-server'), [role, arg], { execArgv: ['--expose-gc', ...DAEMON_V8_FLAGS], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = (): Promise<BenchReply> =>
    new Promise((resolve, reject) => {
      const onExit = (code: number | null): void => reject(new Error(`bench ${role} exited (${code})`));
      proc.once('exit', onExit);
      proc.once('message', (m) => {
        proc.off('exit', onExit);
        resolve(m as BenchReply);
      });
    });
  const ready = (await next()) as Extract<BenchReply, { ready: true }>;
  return {
    proc,
    url: ready.url,
    rpc: (cmd) => {
      const reply = next();
      proc.send(cmd);
      return reply;
    },
  };
}

let seq = 0;
function body(stream = false): string {
  seq++;
  // A new user message every time: the input scan runs on every request, as in a real conversation.
  return JSON.stringify({ model: 'fake-model-1', stream, messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: `Question ${seq}: what should I wear in Lisbon today?` }] });
}

/** One POST sent now; resolves with the status and the time from `t0` to the last byte (ms). */
function post(agent: http.Agent, url: string, payload: string, t0 = performance.now()): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/chat/completions`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${BENCH_TOKEN}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** `total` requests with `concurrency` in flight; latencies sorted. */
async function closedLoop(url: string, concurrency: number, total: number, stream = false): Promise<{ lat: number[]; statuses: Map<number, number>; seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const lat: number[] = [];
  const statuses = new Map<number, number>();
  let started = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < total) {
        started++;
        const r = await post(agent, url, body(stream));
        lat.push(r.ms);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return { lat: lat.sort((a, b) => a - b), statuses, seconds };
}

/**
 * Requests due at a fixed rate for `seconds` (open loop: a slow answer does not delay the next
 * request). Latency counts from when the request was due, not from when this process got round to
 * sending it, so a stall anywhere shows up in full; `late` is how late the sends were.
 */
async function openLoop(url: string, rate: number, seconds: number, agent: http.Agent): Promise<{ lat: number[]; late: number[]; bad: number }> {
  const lat: number[] = [];
  const late: number[] = [];
  let bad = 0;
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  const n = Math.round(rate * seconds);
  for (let i = 0; i < n; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    late.push(performance.now() - due);
    pending.push(
      post(agent, url, body(), due).then((r) => {
        lat.push(r.ms);
        if (r.status !== 200) bad++;
      }),
    );
  }
  await Promise.all(pending);
  return { lat, late, bad };
}

async function stats(c: Child, gc = false): Promise<BenchStats> {
  return ((await c.rpc({ cmd: 'stats', gc })) as { stats: BenchStats }).stats;
}

const mb = (b: number): string => (b / 1024 / 1024).toFixed(1);
const sorted = (a: number[]): number[] => [...a].sort((x, y) => x - y);

/** A dashboard on the live stream, as when the extension's panel is open. */
function dashboard(daemonUrl: string): Promise<WebSocket> {
  const ws = new WebSocket(daemonUrl.replace(/^http/, 'ws').replace(/\/v1$/, '/ws'), STREAM_SUBPROTOCOL, { headers: { authorization: `Bearer ${BENCH_TOKEN}` } });
  ws.on('message', () => undefined);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

export async function runProxyBench(): Promise<void> {
  const seconds = Math.max(2, Math.min(60, Number(process.env.SOC_BENCH_SECONDS ?? 60) || 60));
  const upstream = await startChild('upstream');
  const daemon = await startChild('daemon', upstream.url);
  const ws = await dashboard(daemon.url);
  try {
    // Warm-up: JIT, the engine's model, connection pools.
    await closedLoop(upstream.url, 4, 200);
    await closedLoop(daemon.url, 4, 600);

    const rows: (string | number)[][] = [];
    for (const [c, n, stream] of [[1, 300, false], [16, 1600, false], [64, 3200, false], [1, 200, true], [16, 800, true]] as const) {
      const direct = await closedLoop(upstream.url, c, n, stream);
      const s1 = await stats(daemon);
      const proxied = await closedLoop(daemon.url, c, n, stream);
      const s2 = await stats(daemon);
      const p = (l: number[], q: number): number => percentile(l, q);
      const ok = proxied.statuses.get(200) ?? 0;
      // The daemon's CPU per request (all of it is the proxy's: the upstream runs elsewhere), robust to a busy machine.
      rows.push([stream ? 'SSE' : 'JSON', c, n, fmt(p(direct.lat, 50), 2), fmt(p(direct.lat, 99), 2), fmt(p(proxied.lat, 50), 2), fmt(p(proxied.lat, 99), 2), fmt(p(proxied.lat, 50) - p(direct.lat, 50), 2), fmt(p(proxied.lat, 99) - p(direct.lat, 99), 2), fmt((s2.cpuUs - s1.cpuUs) / n / 1000, 3), fmt((s2.waitUs - s1.waitUs) / 1e6, 2), `${ok}/${n}`]);
    }
    printTable('Proxy overhead: latency to last byte (ms), direct upstream vs through the daemon, closed loop', ['body', 'concurrency', 'requests', 'direct p50', 'direct p99', 'proxy p50', 'proxy p99', 'added p50', 'added p99', 'daemon CPU ms/req', 'daemon CPU wait s', 'proxy 200s'], rows);

    // Open loop, direct and proxied in alternating 1-second rounds so both meet the same machine load.
    const rate = 200;
    const rounds = Math.min(10, seconds);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
    const d = { lat: [] as number[], late: [] as number[], bad: 0 };
    const pr = { lat: [] as number[], late: [] as number[], bad: 0 };
    const added99: number[] = [];
    let cpu = 0;
    let wait = 0;
    let gc = 0;
    let loopP99 = 0;
    let loopMax = 0;
    for (let r = 0; r < rounds; r++) {
      const dr = await openLoop(upstream.url, rate, 1, agent);
      const s0 = await stats(daemon);
      const prr = await openLoop(daemon.url, rate, 1, agent);
      const s1 = await stats(daemon);
      for (const [into, from] of [[d, dr], [pr, prr]] as const) {
        into.lat.push(...from.lat);
        into.late.push(...from.late);
        into.bad += from.bad;
      }
      added99.push(percentile(sorted(prr.lat), 99) - percentile(sorted(dr.lat), 99));
      cpu += s1.cpuUs - s0.cpuUs;
      wait += s1.waitUs - s0.waitUs;
      gc += s1.gcMs - s0.gcMs;
      loopP99 = Math.max(loopP99, s1.loopDelayP99);
      loopMax = Math.max(loopMax, s1.loopDelayMax);
    }
    agent.destroy();
    const dl = sorted(d.lat);
    const pl = sorted(pr.lat);
    const added = percentile(pl, 99) - percentile(dl, 99);
    const n = pl.length;
    printTable(`Proxy overhead at a fixed ${rate} req/s (open loop, latency from the scheduled send; ${rounds} alternating 1 s rounds per path)`, ['path', 'requests', 'non-200', 'p50 ms', 'p99 ms', 'added p50 ms', 'added p99 ms', 'added p99 median of rounds', 'client send lateness p99 ms', 'target'], [
      ['direct', dl.length, d.bad, fmt(percentile(dl, 50), 2), fmt(percentile(dl, 99), 2), '', '', '', fmt(percentile(sorted(d.late), 99), 2), ''],
      ['proxy', n, pr.bad, fmt(percentile(pl, 50), 2), fmt(percentile(pl, 99), 2), fmt(percentile(pl, 50) - percentile(dl, 50), 2), fmt(added, 2), fmt(median(added99), 2), fmt(percentile(sorted(pr.late), 99), 2), `≤ 2 ms: ${added <= 2 ? 'met' : 'NOT met'}`],
    ]);
    printTable('The daemon during the proxied open-loop rounds', ['CPU ms/req', 'waited for a CPU ms/req', 'GC pause ms/req', 'event-loop delay p99 (worst round) ms', 'event-loop delay max ms'], [[fmt(cpu / n / 1000, 3), fmt(wait / n / 1000, 3), fmt(gc / n, 3), fmt(loopP99, 1), fmt(loopMax, 1)]]);

    await daemon.rpc({ cmd: 'block' });
    const refusedRows: (string | number)[][] = [];
    for (const c of [16, 64]) {
      const before = await stats(daemon);
      const r = await closedLoop(daemon.url, c, 20_000);
      const after = await stats(daemon);
      const refused = r.statuses.get(403) ?? 0;
      const cpuSec = (after.cpuUs - before.cpuUs) / 1e6;
      refusedRows.push([c, 20_000, refused, fmt(refused / r.seconds, 0), fmt((cpuSec * 1e6) / refused, 1), fmt(refused / cpuSec, 0), refused / cpuSec >= 3000 ? 'met' : 'NOT met']);
    }
    await daemon.rpc({ cmd: 'unblock' });
    printTable('Refused traffic: blocked IP → 403 soc_blocked (the daemon is single-threaded: one core)', ['concurrency', 'requests', '403s', 'refusals/s (wall)', 'daemon CPU µs/refusal', 'refusals per CPU-second', 'target ≥ 3,000/s'], refusedRows);

    // Sampled each quarter of the run while the traffic goes on: flat means the last quarters add
    // nothing, whatever the first one fills (caches, windows, compiled patterns, V8's heap slack).
    const m0 = await stats(daemon, true);
    const t0 = performance.now();
    const until = t0 + seconds * 1000;
    let total = 0;
    const samples: (string | number)[][] = [['0 s', 0, mb(m0.rss), mb(m0.heapUsed)]];
    const sampler = (async () => {
      for (let q = 1; q <= 4; q++) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, t0 + (q * seconds * 1000) / 4 - performance.now())));
        const m = await stats(daemon, true);
        samples.push([`${Math.round((performance.now() - t0) / 1000)} s`, total, mb(m.rss), mb(m.heapUsed)]);
      }
    })();
    const memAgent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    await Promise.all(
      Array.from({ length: 8 }, async (_, lane) => {
        while (performance.now() < until) {
          await post(memAgent, daemon.url, body(lane % 4 === 0));
          total++;
        }
      }),
    );
    memAgent.destroy();
    await sampler;
    printTable(`Memory of the daemon over a ${seconds} s run, sampled after a GC each quarter (target: flat)`, ['at', 'requests so far', 'RSS MB', 'heap used MB'], samples);
  } finally {
    ws.close();
    for (const c of [daemon, upstream]) {
      await c.rpc({ cmd: 'stop' }).catch(() => undefined);
      c.proc.kill();
    }
  }
}

if (require.main === module) {
  runProxyBench().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
