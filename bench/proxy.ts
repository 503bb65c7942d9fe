/**
 * Proxy benchmark: the OpenAI-compatible proxy against calling the same local upstream directly.
 * The upstream and the proxy (with a real SOC) run in a child process; this process only drives
 * load over loopback. SOC_BENCH_SECONDS shortens the timed runs (default: memory run 60 s).
 */
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import type { BenchCommand, BenchReply, BenchStats } from '../test/fixtures/upstream/bench-server';
import { SOC_TOKEN } from '../test/fixtures/upstream/proxy-app';
import { fmt, percentile, printTable } from './table';

const SYSTEM = 'You are a concise travel assistant for Lisbon. Answer in two sentences. Do not give medical or legal advice.';

interface Server {
  child: ChildProcess;
  upstream: string;
  proxy: string;
  rpc(cmd: BenchCommand): Promise<BenchReply>;
}

async function startServer(): Promise<Server> {
  const child = fork(join(__dirname, '../test/fixtures/upstream/bench-server.ts'), [], { execArgv: [...process.execArgv, '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = (): Promise<BenchReply> =>
    new Promise((resolve, reject) => {
      const onExit = (code: number | null): void => reject(new Error(`bench server exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (m) => {
        child.off('exit', onExit);
        resolve(m as BenchReply);
      });
    });
  const ready = (await next()) as Extract<BenchReply, { ready: true }>;
  return {
    child,
    upstream: ready.upstream,
    proxy: ready.proxy,
    rpc: (cmd) => {
      const reply = next();
      child.send(cmd);
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

/** One POST; resolves with the status and the time to the last byte (ms). */
function post(agent: http.Agent, url: string, payload: string): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/chat/completions`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${SOC_TOKEN}` } }, (res) => {
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

/** Requests sent at a fixed rate (open loop) for `seconds`; latencies sorted. */
async function openLoop(url: string, rate: number, seconds: number): Promise<{ lat: number[]; achieved: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const lat: number[] = [];
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  const n = Math.round(rate * seconds);
  for (let i = 0; i < n; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(post(agent, url, body()).then((r) => void lat.push(r.ms)));
  }
  await Promise.all(pending);
  const achieved = n / ((performance.now() - t0) / 1000);
  agent.destroy();
  return { lat: lat.sort((a, b) => a - b), achieved };
}

async function stats(server: Server): Promise<BenchStats> {
  return ((await server.rpc({ cmd: 'stats' })) as { stats: BenchStats }).stats;
}

const mb = (b: number): string => (b / 1024 / 1024).toFixed(1);

export async function runProxyBench(): Promise<void> {
  const seconds = Math.max(2, Math.min(60, Number(process.env.SOC_BENCH_SECONDS ?? 60) || 60));
  const server = await startServer();
  try {
    // Warm-up: JIT, the engine's model, connection pools.
    await closedLoop(server.upstream, 4, 200);
    await closedLoop(server.proxy, 4, 400);

    const rows: (string | number)[][] = [];
    for (const [c, n, stream] of [[1, 300, false], [16, 1600, false], [64, 3200, false], [1, 200, true], [16, 800, true]] as const) {
      const s0 = await stats(server);
      const direct = await closedLoop(server.upstream, c, n, stream);
      const s1 = await stats(server);
      const proxied = await closedLoop(server.proxy, c, n, stream);
      const s2 = await stats(server);
      // CPU of the server process per request: robust to a busy machine, unlike wall-clock percentiles.
      const addedCpuUs = (s2.cpuUs - s1.cpuUs) / n - (s1.cpuUs - s0.cpuUs) / n;
      const p = (l: number[], q: number): number => percentile(l, q);
      const ok = proxied.statuses.get(200) ?? 0;
      rows.push([stream ? 'SSE' : 'JSON', c, n, fmt(p(direct.lat, 50), 2), fmt(p(direct.lat, 99), 2), fmt(p(proxied.lat, 50), 2), fmt(p(proxied.lat, 99), 2), fmt(p(proxied.lat, 50) - p(direct.lat, 50), 2), fmt(p(proxied.lat, 99) - p(direct.lat, 99), 2), fmt(addedCpuUs / 1000, 2), `${ok}/${n}`]);
    }
    printTable('Proxy overhead: latency to last byte (ms), direct upstream vs through the proxy, closed loop', ['body', 'concurrency', 'requests', 'direct p50', 'direct p99', 'proxy p50', 'proxy p99', 'added p50', 'added p99', 'added CPU ms/req', 'proxy 200s'], rows);

    const rate = 200;
    const openSeconds = Math.min(10, seconds);
    await stats(server);
    const d = await openLoop(server.upstream, rate, openSeconds);
    const sd = await stats(server);
    const pr = await openLoop(server.proxy, rate, openSeconds);
    const sp = await stats(server);
    const added99 = percentile(pr.lat, 99) - percentile(d.lat, 99);
    printTable(`Proxy overhead at a fixed ${rate} req/s (open loop, ${openSeconds} s each)`, ['path', 'achieved req/s', 'p50 ms', 'p99 ms', 'added p50 ms', 'added p99 ms', 'event-loop delay p99 / max ms', 'target'], [
      ['direct', fmt(d.achieved, 0), fmt(percentile(d.lat, 50), 2), fmt(percentile(d.lat, 99), 2), '', '', `${fmt(sd.loopDelayP99, 1)} / ${fmt(sd.loopDelayMax, 1)}`, ''],
      ['proxy', fmt(pr.achieved, 0), fmt(percentile(pr.lat, 50), 2), fmt(percentile(pr.lat, 99), 2), fmt(percentile(pr.lat, 50) - percentile(d.lat, 50), 2), fmt(added99, 2), `${fmt(sp.loopDelayP99, 1)} / ${fmt(sp.loopDelayMax, 1)}`, `≤ 2 ms: ${added99 <= 2 ? 'met' : 'NOT met'}`],
    ]);

    await server.rpc({ cmd: 'block' });
    const refusedRows: (string | number)[][] = [];
    for (const c of [16, 64]) {
      const before = await stats(server);
      const r = await closedLoop(server.proxy, c, 20_000);
      const after = await stats(server);
      const refused = r.statuses.get(403) ?? 0;
      const cpuSec = (after.cpuUs - before.cpuUs) / 1e6;
      refusedRows.push([c, 20_000, refused, fmt(refused / r.seconds, 0), fmt((cpuSec * 1e6) / refused, 1), fmt(refused / cpuSec, 0), refused / cpuSec >= 3000 ? 'met' : 'NOT met']);
    }
    await server.rpc({ cmd: 'unblock' });
    printTable('Refused traffic: blocked IP → 403 soc_blocked (the proxy process is single-threaded: one core)', ['concurrency', 'requests', '403s', 'refusals/s (wall)', 'server CPU µs/refusal', 'refusals per CPU-second', 'target ≥ 3,000/s'], refusedRows);

    const m0 = await stats(server);
    const until = performance.now() + seconds * 1000;
    let total = 0;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    await Promise.all(
      Array.from({ length: 8 }, async (_, lane) => {
        while (performance.now() < until) {
          await post(agent, server.proxy, body(lane % 4 === 0));
          total++;
        }
      }),
    );
    agent.destroy();
    const m1 = await stats(server);
    printTable(`Memory of the proxy process over a ${seconds} s run (after GC)`, ['requests', 'RSS before MB', 'RSS after MB', 'heap before MB', 'heap after MB', 'heap growth MB'], [
      [total, mb(m0.rss), mb(m1.rss), mb(m0.heapUsed), mb(m1.heapUsed), mb(m1.heapUsed - m0.heapUsed)],
    ]);
  } finally {
    await server.rpc({ cmd: 'stop' }).catch(() => undefined);
    server.child.kill();
  }
}

if (require.main === module) {
  runProxyBench().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
