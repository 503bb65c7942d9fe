/**
 * Debounces scans per document: typing restarts the timer (~200 ms), so only the text the user
 * paused on is scanned; a scan whose document moved on meanwhile is discarded by its caller
 * (version check), which is what cancels a stale scan.
 */
export class ScanScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly run: (uri: string) => Promise<void>,
    private readonly onError: (uri: string, e: unknown) => void,
    private readonly delayMs = 200,
  ) {}

  schedule(uri: string, immediate = false): void {
    this.cancel(uri);
    const timer = setTimeout(
      () => {
        this.timers.delete(uri);
        this.run(uri).catch((e: unknown) => this.onError(uri, e));
      },
      immediate ? 0 : this.delayMs,
    );
    this.timers.set(uri, timer);
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
  }
}
