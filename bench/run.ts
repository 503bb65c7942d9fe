/**
 * `npm run bench [section...]`: every benchmark, printed as tables.
 * Sections: quality (detector on the held-out split), speed (engine latency, throughput, memory,
 * worst cases), pipeline (events through the three agents with SQLite on), proxy (proxy overhead),
 * documents (the language server on a 1 MB prompt file).
 */
import { spawn } from 'node:child_process';
import { DAEMON_V8_FLAGS } from '../daemon/src/util/v8-flags';
import { CORPUS_ENV_VAR, defaultCorpusDir } from '../scripts/lib/corpus';
import { benchBundle } from './shipped';

/** A bench bundled with the daemon's code (scripts/build.mjs --bench), run by plain node with the daemon's flags. */
function runShipped(name: 'pipeline'): Promise<void> {
  // The bundle sits in dist/, where the corpus path relative to the sources does not hold.
  const env = { ...process.env, [CORPUS_ENV_VAR]: defaultCorpusDir() };
  const child = spawn(process.execPath, [...DAEMON_V8_FLAGS, benchBundle(name)], { env, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`bench ${name} exited with ${signal ?? code}`))));
  });
}

const SECTIONS: Record<string, () => Promise<unknown>> = {
  quality: async () => {
    const q = await import('./quality');
    q.printQualityReport(q.runQualityBench());
    const probe = await import('./probe');
    probe.runProbeBench();
    probe.runHeldoutBatteryBench();
    (await import('./traffic')).runTrafficBench();
  },
  speed: async () => (await import('./speed')).runSpeedBench(),
  // The daemon's pipeline as it ships (the bundle), in a process of its own.
  pipeline: () => runShipped('pipeline'),
  proxy: async () => (await import('./proxy')).runProxyBench(),
  documents: async () => (await import('./documents')).runDocumentsBench(),
};

/**
 * One section in a fresh process of its own (this script, same flags and loader): a section's
 * figures do not depend on what ran before it. In one process the proxy's load generator carried
 * the heap of the quality and speed sections (the corpus, a second engine) and its GC pauses landed
 * in the measured tails: added p99 3.69 ms after the other sections against 1.96–2.05 alone.
 */
function runIsolated(name: string): Promise<void> {
  const child = spawn(process.execPath, [...process.execArgv, __filename, name], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`bench section ${name} exited with ${signal ?? code}`))));
  });
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((s) => !(s in SECTIONS));
  if (unknown.length) throw new Error(`unknown bench section(s): ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  if (asked.length === 1) {
    await SECTIONS[asked[0]]();
    return;
  }
  // The engine is measured as the daemon and the language server run it (package.json passes the flags).
  const flags = DAEMON_V8_FLAGS.filter((f) => process.execArgv.includes(f));
  console.log(`V8 flags: ${flags.length ? flags.join(' ') : 'none (not those of the daemon: run through npm run bench)'}`);
  for (const name of asked.length ? asked : Object.keys(SECTIONS)) {
    console.log(`\n## ${name}\n`);
    await runIsolated(name);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
