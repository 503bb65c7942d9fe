import type { ScanContext, Verdict } from '../engine/types';

/** One message to scan, numbered by the ScanThread (answers come back in that order). */
export interface ScanJob {
  seq: number;
  text: string;
  ctx: ScanContext;
}

/** A scan's outcome: its verdict, or the engine's error message (the Builder counts it as a scan error). */
export type ScanAnswer = { seq: number; verdict: Verdict } | { seq: number; error: string };

/** Daemon → scan thread. */
export interface ToScanThread {
  jobs: ScanJob[];
}

/** Scan thread → daemon: its engine is loaded, or answers for the oldest jobs it was sent, in order. */
export type FromScanThread = { kind: 'ready' } | { kind: 'answers'; answers: ScanAnswer[] };
