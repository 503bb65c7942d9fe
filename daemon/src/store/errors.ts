/**
 * Every failure of the store reaches callers as a StoreError that names the database file and the
 * operation, never as a bare SQLite or WebAssembly error.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    message: string,
    readonly dbPath: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Wraps any thrown value into a StoreError for `op` on `dbPath` (a StoreError passes through). */
export function storeError(e: unknown, op: string, dbPath: string): StoreError {
  if (e instanceof StoreError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new StoreError(`SOC store: ${op} failed for ${dbPath}: ${detail}`, dbPath, { cause: e });
}
