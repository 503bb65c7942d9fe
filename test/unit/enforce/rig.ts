/** A real enforcement stack for tests: SqliteStore in a temp folder, the in-process bus, a ManualClock. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessBus } from '../../../daemon/src/bus/in-process-bus';
import type { BusTopics } from '../../../daemon/src/bus/topics';
import { ApprovalQueue } from '../../../daemon/src/enforce/approvals';
import { defaultPolicy, type ResponsePolicy } from '../../../daemon/src/enforce/policy';
import { StateEnforcer } from '../../../daemon/src/enforce/state-enforcer';
import type { AuditRecord } from '../../../daemon/src/protocol/domain';
import { openStore, type SqliteStore } from '../../../daemon/src/store';
import type { Store } from '../../../daemon/src/store/store';
import { ManualClock } from '../../../daemon/src/util/clock';
import { MemoryLogger } from '../../../daemon/src/util/logger';

export interface Rig {
  dir: string;
  sqlite: SqliteStore;
  /** What the enforcer and queue use: the SqliteStore, or a wrapper around it (fault injection). */
  store: Store;
  bus: InProcessBus;
  clock: ManualClock;
  logger: MemoryLogger;
  policy: ResponsePolicy;
  enforcer: StateEnforcer;
  approvals: ApprovalQueue;
  changes: BusTopics['enforcement.changed'][];
  approvalEvents: BusTopics['approval.updated'][];
}

export interface RigOptions {
  dir?: string;
  clock?: ManualClock;
  policy?: ResponsePolicy;
  wrap?: (s: Store) => Store;
}

export const T0 = Date.UTC(2026, 0, 1, 0, 0, 0);

/** Opens a rig (a new temp folder unless `dir` is given) and loads persisted state. */
export async function openRig(opts: RigOptions = {}): Promise<Rig> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'soc-enforce-'));
  const clock = opts.clock ?? new ManualClock(T0);
  const logger = new MemoryLogger();
  const sqlite = await openStore(dir, { clock, logger: new MemoryLogger() });
  const store = opts.wrap ? opts.wrap(sqlite) : sqlite;
  const bus = new InProcessBus(logger);
  const changes: Rig['changes'] = [];
  const approvalEvents: Rig['approvalEvents'] = [];
  bus.subscribe('enforcement.changed', (p) => {
    changes.push(p);
  });
  bus.subscribe('approval.updated', (p) => {
    approvalEvents.push(p);
  });
  const policy = opts.policy ?? defaultPolicy();
  const enforcer = new StateEnforcer(store, bus, clock, logger, policy);
  await enforcer.load();
  const approvals = new ApprovalQueue(store, bus, clock, logger, policy);
  return { dir, sqlite, store, bus, clock, logger, policy, enforcer, approvals, changes, approvalEvents };
}

/** Closes the store; removes the folder unless `keep` (a restart test reopens it). */
export async function closeRig(r: Rig, keep = false): Promise<void> {
  await r.bus.drain();
  await r.sqlite.close();
  if (!keep) rmSync(r.dir, { recursive: true, force: true });
}

/** Audit records whose action matches, oldest first. */
export async function audits(r: Rig, action: string): Promise<AuditRecord[]> {
  const all = await r.sqlite.listAudit({ limit: 10_000 });
  return all.filter((a) => a.action === action).sort((a, b) => a.seq - b.seq);
}

export function logLines(r: Rig): string[] {
  return r.logger.records.map((x) => x.msg);
}
