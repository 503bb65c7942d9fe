/**
 * Schedules scans per document. The first change after a quiet spell is scanned at once (leading
 * edge: one typed word is diagnosed without waiting); changes that follow within `delayMs` restart a
 * timer, so a burst of typing is one scan of the text the user paused on. A scan whose document
 * moved on meanwhile is discarded by its caller (version check), which is what cancels a stale scan.
 */
export class ScanScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each document's last scan started (by `now`). */
  private readonly lastStart = new Map<string, number>();

  constructor(
    private readonly run: (uri: string) => Promise<void>,
    private readonly onError: (uri: string, e: unknown) => void,
    private readonly delayMs = 200,
    private readonly now: () => number = () => performance.now(),
  ) {}

  schedule(uri: string, immediate = false): void {
    const quiet = !this.timers.has(uri) && this.now() - (this.lastStart.get(uri) ?? -Infinity) >= this.delayMs;
    this.cancel(uri);
    const timer = setTimeout(
      () => {
        this.timers.delete(uri);
        this.lastStart.set(uri, this.now());
        this.run(uri).catch((e: unknown) => this.onError(uri, e));
      },
      immediate || quiet ? 0 : this.delayMs,
    );
    this.timers.set(uri, timer);
  }

  /** The document was closed: nothing pending, nothing remembered. */
  forget(uri: string): void {
    this.cancel(uri);
    this.lastStart.delete(uri);
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  pending(uri: string): boolean {
    return this.timers.has(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.lastStart.clear();
  }
}
