import { promises as fsp } from 'node:fs';
import type { Store } from '../store/store';
import type { Logger } from '../util/logger';
import { identityOf, statFile } from './file-identity';
import { splitLines } from './line-splitter';
import type { LineSink, LogLine } from './log-event';

export type OffsetStore = Pick<Store, 'getLogOffset' | 'setLogOffset'>;

export interface TailLimits {
  maxLineBytes: number;
  maxBytesPerPoll: number;
  /** How long a rotated-away file must stay unchanged before it is closed (the writer may not have reopened yet). */
  rotatedGraceMs: number;
  maxDeliveryAttempts: number;
}

export interface TailStats {
  linesDelivered: number;
  truncatedLines: number;
  droppedLines: number;
  deliveryErrors: number;
  rotations: number;
  truncations: number;
  bytesRead: number;
}

export interface TailContext {
  store: OffsetStore;
  sink: LineSink;
  logger: Logger;
  limits: TailLimits;
  stats: TailStats;
  /** One read buffer shared by every file: polls are sequential and lines are decoded before delivery. */
  scratch: Buffer;
  /**
   * A file identity already read by some tail (renamed into this path): its reader, handed over so
   * the file is read on from where it was; 'alias' when it is the same file under two live names
   * (a link), which is read once; undefined when nobody reads it yet.
   */
  takeOver(fileId: string, to: string): Promise<Reader | 'alias' | undefined>;
}

/** An open file being read; `offset` is the first byte not yet delivered. */
export interface Reader {
  handle: fsp.FileHandle;
  fileId: string;
  offset: number;
  /** Size at which the last read found only a partial line: no need to read again until it grows. */
  waitSize: number;
  /** Monotonic time (ms) this reader last made progress or was retired. */
  lastActive: number;
}

const LF = 0x0a;

export async function openReader(path: string, offset: number): Promise<Reader | undefined> {
  try {
    const handle = await fsp.open(path, 'r');
    const info = identityOf(await handle.stat({ bigint: true }));
    return { handle, fileId: info.id, offset, waitSize: -1, lastActive: performance.now() };
  } catch {
    return undefined;
  }
}

async function closeReader(r: Reader): Promise<void> {
  await r.handle.close().catch(() => undefined);
}

/**
 * One tailed path. The file currently at the path is `current`; files rotated away from it are
 * `retired` and drained (to their end, plus a last unterminated line) before the new file is read,
 * so lines under one path stay in order and one persisted offset per path stays meaningful.
 */
export class FileTail {
  current: Reader | undefined;
  readonly retired: Reader[] = [];
  private readonly failures = new Map<string, number>();

  constructor(
    readonly path: string,
    private readonly ctx: TailContext,
  ) {}

  get empty(): boolean {
    return !this.current && this.retired.length === 0;
  }

  holds(fileId: string): boolean {
    return this.current?.fileId === fileId || this.retired.some((r) => r.fileId === fileId);
  }

  /** Hands a reader over to another tail (its file was renamed to a path we also tail). */
  release(fileId: string): Reader | undefined {
    if (this.current?.fileId === fileId) {
      const r = this.current;
      this.current = undefined;
      return r;
    }
    const i = this.retired.findIndex((r) => r.fileId === fileId);
    return i < 0 ? undefined : this.retired.splice(i, 1)[0];
  }

  /** Queues a file that left this path; it is drained before the file now at the path is read. */
  retire(r: Reader): void {
    r.lastActive = performance.now();
    this.retired.push(r);
  }

  async commit(r: Reader): Promise<void> {
    try {
      await this.ctx.store.setLogOffset({ path: this.path, fileId: r.fileId, offset: r.offset });
    } catch (err) {
      // The offset stays in memory and is written with the next commit; lines may repeat after a crash, never vanish.
      this.ctx.logger.log('error', 'log offset not saved', { path: this.path, error: (err as Error).message });
    }
  }

  /** Reads at most `maxBytesPerPoll` bytes; true when more is waiting (poll again soon). */
  async poll(): Promise<boolean> {
    const { limits, stats, logger } = this.ctx;
    let budget = limits.maxBytesPerPoll;
    const st = await statFile(this.path);
    if (this.current && st?.id !== this.current.fileId) {
      if (st) stats.rotations++;
      logger.log('info', st ? 'log file rotated' : 'log file removed', { path: this.path });
      this.retire(this.current);
      this.current = undefined;
    }
    if (st && !this.current) {
      const moved = await this.ctx.takeOver(st.id, this.path);
      if (moved && moved !== 'alias') {
        this.current = moved;
        await this.commit(moved);
      } else if (!moved) {
        // A new file took the name: it is read from its first byte.
        this.current = await openReader(this.path, 0);
      }
    }

    while (this.retired.length > 0) {
      const r = this.retired[0];
      const size = Number((await r.handle.stat({ bigint: true })).size);
      const before = r.offset;
      const res = await this.readFrom(r, size, budget, false);
      budget -= res.read;
      if (res.failed) return false;
      if (r.offset < size && budget <= 0) return true;
      // The writer may still append to the renamed file until it reopens: wait for it to go quiet.
      if (r.offset !== before) r.lastActive = performance.now();
      if (r.offset !== before || performance.now() - r.lastActive < limits.rotatedGraceMs) return false;
      // The last unterminated line is at most maxLineBytes: read it whole even if the budget is spent.
      if ((await this.readFrom(r, size, limits.maxBytesPerPoll, true)).failed) return false;
      await closeReader(r);
      this.retired.shift();
      if (this.current) await this.commit(this.current);
    }

    const cur = this.current;
    if (!cur || !st || st.id !== cur.fileId) return false;
    if (st.size < cur.offset) {
      stats.truncations++;
      logger.log('info', 'log file truncated; reading from its start', { path: this.path, offset: cur.offset, size: st.size });
      cur.offset = 0;
      cur.waitSize = -1;
      await this.commit(cur);
    }
    const res = await this.readFrom(cur, st.size, budget, false);
    return !res.failed && res.read >= budget && cur.offset < st.size;
  }

  /** Reads from r.offset, delivers the complete lines in order, then persists the new offset. */
  private async readFrom(r: Reader, size: number, budget: number, final: boolean): Promise<{ read: number; failed: boolean }> {
    const avail = size - r.offset;
    if (avail <= 0 || budget <= 0 || (size === r.waitSize && !final)) return { read: 0, failed: false };
    const { scratch, limits, stats } = this.ctx;
    // One byte of look-behind tells whether the read starts at a line start (see splitLines).
    const look = r.offset > 0 ? 1 : 0;
    const want = Math.min(avail, budget, scratch.length - look);
    const { bytesRead } = await r.handle.read(scratch, 0, want + look, r.offset - look);
    if (bytesRead <= look) return { read: 0, failed: false };
    const data = scratch.subarray(look, bytesRead);
    stats.bytesRead += data.length;
    const split = splitLines(data, {
      atLineStart: look === 0 || scratch[0] === LF,
      maxLineBytes: limits.maxLineBytes,
      final: final && r.offset + data.length >= size,
    });
    const base = r.offset;
    let done = split.consumed;
    let failed = false;
    for (const l of split.lines) {
      const line: LogLine = { path: this.path, fileId: r.fileId, offset: base + l.start, text: l.text, truncated: l.truncated, bytes: l.bytes };
      if (!(await this.deliver(line))) {
        done = l.start;
        failed = true;
        break;
      }
    }
    r.offset = base + done;
    r.waitSize = !failed && done < data.length && base + data.length >= size ? size : -1;
    if (done > 0) await this.commit(r);
    return { read: data.length, failed };
  }

  /** False when the line must be retried later; a line failing every attempt is dropped loudly. */
  private async deliver(line: LogLine): Promise<boolean> {
    const { sink, stats, logger, limits } = this.ctx;
    try {
      await sink(line);
      stats.linesDelivered++;
      if (line.truncated) stats.truncatedLines++;
      if (this.failures.size) this.failures.delete(`${line.fileId}:${line.offset}`);
      return true;
    } catch (err) {
      stats.deliveryErrors++;
      const key = `${line.fileId}:${line.offset}`;
      const attempts = (this.failures.get(key) ?? 0) + 1;
      const fields = { path: line.path, offset: line.offset, attempts, error: (err as Error).message };
      if (attempts < limits.maxDeliveryAttempts) {
        this.failures.set(key, attempts);
        logger.log('warn', 'log line not accepted; will retry', fields);
        return false;
      }
      this.failures.delete(key);
      stats.droppedLines++;
      logger.log('error', 'log line dropped after repeated delivery failures', fields);
      return true;
    }
  }

  async close(): Promise<void> {
    for (const r of [...this.retired, ...(this.current ? [this.current] : [])]) await closeReader(r);
    this.retired.length = 0;
    this.current = undefined;
  }
}
