import { closeSync, fdatasync, openSync } from 'node:fs';

/**
 * Flushes the WAL file to disk in the background (libuv's thread pool), every `intervalMs`.
 *
 * Why: with synchronous=NORMAL SQLite fsyncs the WAL only at a checkpoint, inside a COMMIT, on the
 * event loop — and by then megabytes of WAL are dirty in the page cache, so that fsync stalled
 * the whole pipeline for tens of ms. Flushed continuously off the loop, the checkpoint's own fsync
 * finds little left to write. An extra fsync never weakens SQLite's ordering (it only makes data
 * durable sooner); as a side effect, commits reach the disk within about `intervalMs` instead of
 * at the next checkpoint.
 */
export class WalFlusher {
  private fd: number | undefined;
  private inFlight = false;
  private closed = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly walPath: string,
    intervalMs: number,
  ) {
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    // A flush in flight closes the descriptor when it returns.
    if (!this.inFlight) this.release();
  }

  private tick(): void {
    if (this.inFlight || this.closed) return;
    if (this.fd === undefined) {
      try {
        // Read-only is enough: fdatasync flushes the file's data whatever the descriptor's mode.
        this.fd = openSync(this.walPath, 'r');
      } catch {
        return; // no WAL yet (nothing written since it was opened)
      }
    }
    this.inFlight = true;
    fdatasync(this.fd, () => {
      // A failure here changes nothing: SQLite still fsyncs at its checkpoints.
      this.inFlight = false;
      if (this.closed) this.release();
    });
  }

  private release(): void {
    const fd = this.fd;
    this.fd = undefined;
    if (fd === undefined) return;
    try {
      closeSync(fd);
    } catch {
      // Already unusable; nothing to release.
    }
  }
}
