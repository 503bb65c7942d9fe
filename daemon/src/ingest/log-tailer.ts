import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MessageBus } from '../bus/bus';
import { systemClock, type Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import { findByIdentity, statFile, type FileInfo } from './file-identity';
import { FileTail, openReader, type OffsetStore, type Reader, type TailContext, type TailLimits, type TailStats } from './file-tail';
import { busSink, type LineSink } from './log-event';
import { compileScanPaths, discoverFiles, type ScanRoot } from './scan-paths';

export interface LogTailerOptions {
  /** Absolute globs (a preset's `scanPaths`). */
  scanPaths: readonly string[];
  ignore?: readonly string[];
  pollIntervalMs?: number;
  /** How often the globs are re-run (watch events on a scanned folder trigger it sooner). */
  discoverIntervalMs?: number;
  maxLineBytes?: number;
  maxBytesPerPoll?: number;
  maxFiles?: number;
  /** How long a rotated-away file must stay unchanged before it is closed (default 2000 ms). */
  rotatedGraceMs?: number;
  maxDeliveryAttempts?: number;
  /**
   * Files found on the very first pass with no stored offset: read from their start (default;
   * nothing is skipped) or from their end (skip history when enabling monitoring on old logs).
   */
  existingFiles?: 'beginning' | 'end';
  /** Use fs.watch to poll as soon as a file changes (polling continues as the fallback). */
  watch?: boolean;
}

export interface TailerDeps {
  store: OffsetStore;
  logger: Logger;
  clock?: Clock;
}

const MAX_WATCHERS = 64;

/**
 * Tails agent logs: discovers files matching the scan globs, reads appended lines from the
 * persisted offset, follows rotation and truncation, and hands each complete line to the sink
 * (or publishes it on the bus). Offsets are saved after the lines before them were handed over:
 * at-least-once delivery, and a re-delivered line carries the same event id (see logEventId).
 */
export class LogTailer {
  private readonly tails = new Map<string, FileTail>();
  private readonly roots: ScanRoot[];
  private readonly ctx: TailContext;
  private readonly opts: Required<Omit<LogTailerOptions, 'ignore' | 'scanPaths'>> & { ignore: readonly string[] };
  private readonly stats: TailStats = { linesDelivered: 0, truncatedLines: 0, droppedLines: 0, deliveryErrors: 0, rotations: 0, truncations: 0, bytesRead: 0 };
  private readonly watchers = new Map<string, fs.FSWatcher>();
  private found = new Set<string>();
  private chain: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  private discoverRequested = true;
  private lastDiscovery = -Infinity;
  private firstPass = true;
  private hasMore = false;
  private started = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private warnedMaxFiles = false;

  constructor(deps: TailerDeps, sink: LineSink | MessageBus, opts: LogTailerOptions) {
    const maxLineBytes = opts.maxLineBytes ?? 64 * 1024;
    this.opts = {
      pollIntervalMs: opts.pollIntervalMs ?? 1000,
      discoverIntervalMs: opts.discoverIntervalMs ?? 5000,
      maxLineBytes,
      // A chunk must hold a whole line of the maximum length plus its newline.
      maxBytesPerPoll: Math.max(opts.maxBytesPerPoll ?? 1024 * 1024, maxLineBytes + 2),
      maxFiles: opts.maxFiles ?? 256,
      rotatedGraceMs: opts.rotatedGraceMs ?? 2000,
      maxDeliveryAttempts: opts.maxDeliveryAttempts ?? 3,
      existingFiles: opts.existingFiles ?? 'beginning',
      watch: opts.watch ?? true,
      ignore: opts.ignore ?? [],
    };
    this.roots = compileScanPaths(opts.scanPaths);
    const limits: TailLimits = this.opts;
    this.ctx = {
      store: deps.store,
      logger: deps.logger,
      sink: typeof sink === 'function' ? sink : busSink(sink, deps.clock ?? systemClock),
      limits,
      stats: this.stats,
      scratch: Buffer.allocUnsafe(this.opts.maxBytesPerPoll + 1),
      takeOver: (id, to) => this.takeOver(id, to),
    };
  }

  /** Discovers and reads once, then keeps polling (and watching) until stop(). */
  async start(): Promise<void> {
    if (this.started || this.stopped) return;
    this.started = true;
    await this.pollNow();
  }

  /** Runs a full discovery + read pass that begins after this call; resolves when it is done. */
  pollNow(): Promise<void> {
    this.discoverRequested = true;
    return this.requestPoll();
  }

  /** Resolves once the pass in flight has finished and its offsets are saved; closes every file. */
  async stop(): Promise<void> {
    if (this.stopped) return this.chain;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
    await this.chain;
    for (const t of this.tails.values()) await t.close();
    this.tails.clear();
  }

  getStats(): TailStats & { files: number } {
    return { ...this.stats, files: this.tails.size };
  }

  /** Paths currently tailed. */
  files(): string[] {
    return [...this.tails.keys()];
  }

  private requestPoll(): Promise<void> {
    if (this.stopped) return this.chain;
    if (this.queued) return this.queued;
    const next = this.chain.then(async () => {
      this.queued = undefined;
      await this.cycle();
    });
    this.queued = next;
    this.chain = next;
    return next;
  }

  private async cycle(): Promise<void> {
    if (this.stopped) return;
    let more = false;
    try {
      const due = performance.now() - this.lastDiscovery >= this.opts.discoverIntervalMs;
      if (this.discoverRequested || due) {
        this.discoverRequested = false;
        await this.discover();
      }
      for (const t of [...this.tails.values()]) {
        if (this.stopped) break;
        if (await t.poll()) more = true;
        if (t.empty && !this.found.has(t.path)) this.tails.delete(t.path);
      }
    } catch (err) {
      this.ctx.logger.log('error', 'log tailing pass failed', { error: (err as Error).message });
    }
    this.hasMore = more;
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (!this.started || this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    // A file that hit its per-poll budget is read again at once, after the others had their turn.
    // Not unref'd: a started tailer is a service and keeps the process alive until stop().
    this.timer = setTimeout(() => void this.requestPoll(), this.hasMore ? 0 : this.opts.pollIntervalMs);
  }

  private async discover(): Promise<void> {
    this.lastDiscovery = performance.now();
    const paths = await discoverFiles(this.roots, { ignore: this.opts.ignore });
    this.found = new Set(paths);
    const fresh: { p: string; info: FileInfo }[] = [];
    for (const p of paths) {
      if (this.tails.has(p)) continue;
      const info = await statFile(p);
      if (info) fresh.push({ p, info });
    }
    // Paths with a stored offset first: they may resume a rotated file another fresh path now holds.
    const records = await Promise.all(fresh.map(({ p }) => this.ctx.store.getLogOffset(p).catch(() => undefined)));
    const order = fresh.map((f, i) => ({ ...f, rec: records[i] })).sort((a, b) => Number(!a.rec) - Number(!b.rec));
    for (const { p, info, rec } of order) {
      if (this.tails.has(p)) continue;
      if (rec && rec.fileId === info.id) await this.addPath(p, info, rec.offset);
      else if (rec) await this.resumeRotated(p, info, rec.fileId, rec.offset);
      else await this.addPath(p, info, this.firstPass && this.started && this.opts.existingFiles === 'end' ? info.size : 0);
    }
    this.firstPass = false;
    if (this.started && this.opts.watch) this.updateWatchers();
  }

  /** The file at `p` was replaced while we were not running: finish the old one first if it is still around. */
  private async resumeRotated(p: string, info: FileInfo, oldId: string, offset: number): Promise<void> {
    const oldPath = await findByIdentity(path.dirname(p), oldId);
    if (oldPath && this.found.has(oldPath)) {
      if (!this.tails.has(oldPath)) {
        const own = await this.ctx.store.getLogOffset(oldPath).catch(() => undefined);
        const tail = await this.addPath(oldPath, (await statFile(oldPath)) ?? info, own?.fileId === oldId ? own.offset : offset);
        if (tail?.current) await tail.commit(tail.current);
      }
    } else if (oldPath) {
      const old = await openReader(oldPath, offset);
      if (old?.fileId === oldId) {
        const tail = await this.addPath(p, info, 0);
        if (!tail) {
          await old.handle.close();
          return;
        }
        tail.retire(old);
        this.ctx.logger.log('info', 'resuming a log rotated while stopped', { path: p, rotatedTo: oldPath });
        return;
      }
      if (old) await old.handle.close();
    } else {
      this.ctx.logger.log('warn', 'log rotated while stopped and the old file is gone; unread lines of it are lost', { path: p });
    }
    await this.addPath(p, info, 0);
  }

  private async addPath(p: string, info: FileInfo, offset: number): Promise<FileTail | undefined> {
    const moved = await this.takeOver(info.id, p);
    if (moved === 'alias') return undefined;
    if (moved) {
      const tail = new FileTail(p, this.ctx);
      tail.current = moved;
      this.tails.set(p, tail);
      await tail.commit(moved);
      return tail;
    }
    if (this.tails.size >= this.opts.maxFiles) {
      if (!this.warnedMaxFiles) this.ctx.logger.log('warn', 'too many log files; not tailing the rest', { maxFiles: this.opts.maxFiles });
      this.warnedMaxFiles = true;
      return undefined;
    }
    const reader = await openReader(p, offset);
    if (!reader) return undefined;
    // Replaced between stat and open: the file we hold is a new one.
    if (reader.fileId !== info.id) reader.offset = 0;
    const tail = new FileTail(p, this.ctx);
    tail.current = reader;
    this.tails.set(p, tail);
    return tail;
  }

  /** See TailContext.takeOver: a file renamed to a tailed name is followed, a link is read once. */
  private async takeOver(fileId: string, to: string): Promise<Reader | 'alias' | undefined> {
    const holder = [...this.tails.values()].find((t) => t.holds(fileId));
    if (!holder) return undefined;
    if (holder.path !== to && (await statFile(holder.path))?.id === fileId) return 'alias';
    const reader = holder.release(fileId);
    if (reader && holder.path !== to) this.ctx.logger.log('info', 'following renamed log file', { from: holder.path, to });
    return reader;
  }

  private updateWatchers(): void {
    const dirs = new Set([...this.roots.map((r) => r.dir), ...[...this.tails.keys()].map((p) => path.dirname(p))]);
    for (const dir of dirs) {
      if (this.watchers.has(dir) || this.watchers.size >= MAX_WATCHERS) continue;
      try {
        const w = fs.watch(dir, { persistent: false }, (_event, name) => {
          // A change to a file we do not know yet may be a new log: re-run the globs on this pass.
          if (name && !this.tails.has(path.join(dir, name.toString()))) this.discoverRequested = true;
          void this.requestPoll();
        });
        w.on('error', () => {
          w.close();
        });
        this.watchers.set(dir, w);
      } catch {
        // Folder missing or not watchable: polling covers it.
      }
    }
  }
}
