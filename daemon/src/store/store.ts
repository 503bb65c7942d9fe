import type {
  ActionRecord,
  Alert,
  Approval,
  ApprovalStatus,
  AuditRecord,
  EnforcementEntry,
  EnforcementKind,
  Feedback,
  Incident,
  SecurityEvent,
} from '../protocol/domain';
import type { JournalMode, SyncMode } from './connection';
import type { GroupCommitStats } from './group-commit';

export interface Page {
  limit?: number;
  /** Only records with ts >= since (ms). */
  since?: number;
}

export interface AuditQuery extends Page {
  /** Case-insensitive substring over action, target, reason and actor. */
  text?: string;
}

export type AuditInput = Omit<AuditRecord, 'seq' | 'prevHash' | 'hash'>;

export interface ChainCheck {
  ok: boolean;
  checked: number;
  /** First sequence number whose hash or link does not verify. */
  brokenAt?: number;
  reason?: string;
}

export interface FeedbackRecord {
  incidentId: string;
  /** What the feedback generalizes to: `threat|ruleIds` of the incident. */
  patternKey: string;
  feedback: Feedback;
  ts: number;
  by: string;
}

export interface LogOffset {
  path: string;
  /** Identity of the file (inode + device) so rotation is noticed. */
  fileId: string;
  offset: number;
}

/**
 * Persistence of the SOC. Async so that a PostgreSQL/Redis adapter can implement it; the
 * embedded SQLite store answers from memory-speed local files.
 *
 * Durability contract: enforcement, approvals, incidents, actions, feedback, audit and log
 * offsets are durable when the returned promise resolves (they survive `kill -9`). Events and
 * alerts may be written behind in batches; `flush()` makes everything durable.
 *
 * Durable writes issued together (in the same event-loop turn, without awaiting one another)
 * may share one commit (group commit); each still resolves only once its commit is done. Writes
 * become durable in the order they were issued. Reads see every write issued before them.
 */
export interface Store {
  insertEvent(e: SecurityEvent): Promise<void>;
  countEvents(): Promise<number>;

  insertAlert(a: Alert): Promise<void>;
  listAlerts(q?: Page & { incidentId?: string }): Promise<Alert[]>;

  upsertIncident(i: Incident): Promise<void>;
  getIncident(id: string): Promise<Incident | undefined>;
  /** The open incident with this correlation key whose lastSeen >= since, if any. */
  findOpenIncident(key: string, since: number): Promise<Incident | undefined>;
  listIncidents(q?: Page & { status?: Incident['status'] }): Promise<Incident[]>;

  /**
   * Idempotency: records that `key` (incident id + action kind + target) is being executed.
   * Resolves true for the first caller only, also across restarts.
   */
  claimExecution(key: string, ts: number): Promise<boolean>;
  /**
   * Whether `key` is claimed (durably, or by a claim issued in this process and not yet committed).
   * Lets a caller that is the only claimant of its keys decide at once and write its claim together
   * with the writes of the action itself (see the Remediator).
   */
  isClaimed(key: string): Promise<boolean>;
  /** Releases a claim whose execution failed for good, so a later incident may try again. */
  releaseExecution(key: string): Promise<void>;
  upsertAction(a: ActionRecord): Promise<void>;
  listActions(q?: Page & { incidentId?: string }): Promise<ActionRecord[]>;

  upsertApproval(a: Approval): Promise<void>;
  getApproval(id: string): Promise<Approval | undefined>;
  listApprovals(q?: Page & { status?: ApprovalStatus }): Promise<Approval[]>;

  upsertEnforcement(e: EnforcementEntry): Promise<void>;
  removeEnforcement(kind: EnforcementKind, target: string): Promise<void>;
  /** Entries whose expiresAt > now. */
  listEnforcement(now: number): Promise<EnforcementEntry[]>;
  /** How many times kind was applied to target, ever (escalation survives lifting). */
  offenseCount(kind: EnforcementKind, target: string): Promise<number>;
  recordOffense(kind: EnforcementKind, target: string, ts: number): Promise<number>;

  addFeedback(f: FeedbackRecord): Promise<void>;
  /** Counts of feedback per verdict for one pattern key. */
  feedbackFor(patternKey: string): Promise<{ falsePositive: number; confirmed: number }>;

  /** Appends to the tamper-evident audit chain; returns the stored record with seq and hashes. */
  appendAudit(r: AuditInput): Promise<AuditRecord>;
  listAudit(q?: AuditQuery): Promise<AuditRecord[]>;
  verifyAudit(): Promise<ChainCheck>;

  getLogOffset(path: string): Promise<LogOffset | undefined>;
  setLogOffset(o: LogOffset): Promise<void>;

  /**
   * Optional: a promise while the store is far behind the calls handed to it (a store thread under
   * more load than it can take), resolving once it has caught up; undefined when it is not behind.
   * Producers (the Builder) wait on it, so backpressure reaches intake instead of piling up work.
   */
  behind?(): Promise<void> | undefined;

  /** Makes every buffered write durable. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreStats {
  dbPath: string;
  journalMode: JournalMode;
  synchronous: SyncMode;
  schemaVersion: number;
  bufferedEvents: number;
  bufferedAlerts: number;
  /** Events/alerts given up after write failures or a full backlog; non-zero means data was lost (and was logged). */
  droppedRecords: number;
  flushFailures: number;
  /** Group commit: transactions committed, durable writes they carried, groups lost to a failure. */
  commits: GroupCommitStats;
  /** Operations handed to the store thread and not yet taken up by it (0 for a store on the caller's thread). */
  queuedOps: number;
}

/** The store the SOC runs on: the Store contract plus what the daemon reports about it. */
export interface SocStore extends Store {
  readonly dbPath: string;
  stats(): StoreStats;
  /** Calls handed to the store and not yet taken up (always 0 for a store on the caller's thread). */
  queued(): number;
}
