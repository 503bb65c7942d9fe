/**
 * `npm run bench [section...]`: every benchmark, printed as tables.
 * Sections: quality (detector on the held-out split), speed (engine latency, throughput, memory,
 * worst cases), pipeline (events through the three agents with SQLite on), proxy (proxy overhead),
 * documents (the language server on a 1 MB prompt file).
 */
import { DAEMON_V8_FLAGS } from '../daemon/src/util/v8-flags';

const SECTIONS: Record<string, () => Promise<unknown>> = {
  quality: async () => {
    const q = await import('./quality');
    q.printQualityReport(q.runQualityBench());
    (await import('./probe')).runProbeBench();
    (await import('./traffic')).runTrafficBench();
  },
  speed: async () => (await import('./speed')).runSpeedBench(),
  pipeline: async () => (await import('./pipeline')).runPipelineBench(),
  proxy: async () => (await import('./proxy')).runProxyBench(),
  documents: async () => (await import('./documents')).runDocumentsBench(),
};

async function main(): Promise<void> {
  // The engine is measured as the daemon and the language server run it (package.json passes the flags).
  const flags = DAEMON_V8_FLAGS.filter((f) => process.execArgv.includes(f));
  console.log(`V8 flags: ${flags.length ? flags.join(' ') : 'none (not those of the daemon: run through npm run bench)'}`);
  const asked = process.argv.slice(2);
  const unknown = asked.filter((s) => !(s in SECTIONS));
  if (unknown.length) throw new Error(`unknown bench section(s): ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  for (const name of asked.length ? asked : Object.keys(SECTIONS)) {
    console.log(`\n## ${name}\n`);
    await SECTIONS[name]();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
