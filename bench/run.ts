/** `npm run bench`: every benchmark section, printed as tables. Sections: quality, speed (default: all). */
import { runSpeedBench } from './speed';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const want = (s: string): boolean => only.length === 0 || only.includes(s);
  if (want('quality')) {
    const { runQualityBench } = (await import('./quality')) as { runQualityBench: () => unknown };
    await runQualityBench();
  }
  if (want('speed')) runSpeedBench();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
