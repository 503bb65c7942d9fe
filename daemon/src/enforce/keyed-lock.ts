/**
 * Runs async work one at a time per key, so two concurrent changes to the same restriction or
 * approval cannot both read the old state (a double-counted offense, an approval decided twice).
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const next = prev.then(() => work());
    // The chain continues whether `work` succeeds or fails; the caller still sees its own outcome.
    const tail = next.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
