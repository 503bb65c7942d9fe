import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LineSink, LogLine } from '../../../daemon/src/ingest/log-event';

/** Collects delivered lines; `waitFor(n)` resolves when n lines have arrived (no sleeping). */
export class Collector {
  readonly lines: LogLine[] = [];
  private waiters: { n: number; resolve: () => void }[] = [];

  readonly sink: LineSink = (line) => {
    this.lines.push(line);
    this.waiters = this.waiters.filter((w) => (this.lines.length >= w.n ? (w.resolve(), false) : true));
  };

  get texts(): string[] {
    return this.lines.map((l) => l.text);
  }

  /** Resolves at n lines; rejects after `failMs` with what did arrive, so a failure is readable. */
  waitFor(n: number, failMs = 5000): Promise<void> {
    if (this.lines.length >= n) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`expected ${n} lines, got ${this.lines.length}: ${JSON.stringify(this.texts)}`)), failMs);
      this.waiters.push({ n, resolve: () => (clearTimeout(t), resolve()) });
    });
  }
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function lines(prefix: string, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += `${prefix} ${i}\n`;
  return s;
}
