import type { StreamStats } from '../../../daemon/src/protocol/stream';

/** One point per `stats` message: how many alerts of each kind arrived since the previous one. */
export interface SeriesPoint {
  /** Seconds since the epoch (uPlot's x unit). */
  t: number;
  bySeverity: Record<string, number>;
  byThreat: Record<string, number>;
  scanned: number;
}

export const SEVERITY_KEYS = ['critical', 'high', 'medium', 'low'] as const;
export const THREAT_KEYS = ['prompt_injection', 'data_exfiltration', 'system_manipulation', 'privacy_violation', 'malicious_input', 'hidden_unicode', 'rate_limit_abuse'] as const;

function delta(now: Partial<Record<string, number>>, before: Partial<Record<string, number>> | undefined, keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = Math.max(0, (now[k] ?? 0) - (before?.[k] ?? 0));
  return out;
}

/** A bounded window of alert rates for the metrics charts (the last `capacity` stats intervals). */
export class StatsSeries {
  private readonly points: SeriesPoint[] = [];
  private previous: StreamStats | undefined;
  version = 0;

  constructor(private readonly capacity = 150) {}

  add(stats: StreamStats, ts: number): void {
    const prev = this.previous;
    this.previous = stats;
    // The first sample after a (re)connect only sets the baseline: its totals are not a rate.
    if (!prev || stats.alerts.total < prev.alerts.total) return;
    this.points.push({
      t: ts / 1000,
      bySeverity: delta(stats.alerts.bySeverity, prev.alerts.bySeverity, SEVERITY_KEYS),
      byThreat: delta(stats.alerts.byThreat, prev.alerts.byThreat, THREAT_KEYS),
      scanned: Math.max(0, stats.events.scanned - prev.events.scanned),
    });
    if (this.points.length > this.capacity) this.points.splice(0, this.points.length - this.capacity);
    this.version++;
  }

  /** Forget the baseline (after a reconnect the daemon's counters may have restarted). */
  rebase(): void {
    this.previous = undefined;
  }

  list(): readonly SeriesPoint[] {
    return this.points;
  }
}
