/** Structured logger. Secrets never go in `fields`; redaction of known key shapes is a safety net only. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, msg: string, fields?: Record<string, unknown>): void;
}

const SECRET_SHAPES = /\b(sk-[A-Za-z0-9_-]{16,}|sk-proj-[A-Za-z0-9_-]{16,}|Bearer\s+[A-Za-z0-9._~+/-]{16,}=*)/g;

export function redactSecrets(s: string): string {
  return s.replace(SECRET_SHAPES, '[REDACTED]');
}

/** JSON lines on a stream (stderr by default, so stdout stays free for protocols like LSP stdio). */
export class JsonLogger implements Logger {
  constructor(
    private readonly write: (line: string) => void = (l) => process.stderr.write(l),
    private readonly minLevel: LogLevel = 'info',
  ) {}

  log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
    const order: LogLevel[] = ['debug', 'info', 'warn', 'error'];
    if (order.indexOf(level) < order.indexOf(this.minLevel)) return;
    this.write(redactSecrets(JSON.stringify({ ts: new Date().toISOString(), level, msg, ...fields })) + '\n');
  }
}

/** Collects records in memory (tests) or drops them. */
export class MemoryLogger implements Logger {
  readonly records: { level: LogLevel; msg: string; fields: Record<string, unknown> }[] = [];
  log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
    this.records.push({ level, msg, fields });
  }
}
