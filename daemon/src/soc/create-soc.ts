import { Analyst, type AnalystOptions, type AnalystStats } from '../agents/analyst/analyst';
import type { Summarizer } from '../agents/analyst/summarizer';
import { Builder, type BuilderOptions, type BuilderStats, type InspectResult } from '../agents/builder/builder';
import type { FpScorer } from '../agents/fp/fp-model';
import { errorMessage } from '../agents/shared/text-hash';
import { Remediator, type ActuatorLookup, type RemediatorOptions, type RemediatorStats } from '../agents/remediator/remediator';
import { InProcessBus, type BusStats } from '../bus/in-process-bus';
import type { Topic } from '../bus/topics';
import { createActuators } from '../enforce/actuators';
import { ApprovalQueue } from '../enforce/approvals';
import { defaultPolicy, type ResponsePolicy } from '../enforce/policy';
import { StateEnforcer } from '../enforce/state-enforcer';
import type { ActorRef, GateDecision, SecurityEvent } from '../protocol/domain';
import { openStore, type SqliteStoreOptions } from '../store/sqlite-store';
import type { SocStore, StoreStats } from '../store/store';
import { openThreadedStore } from '../store/thread/threaded-store';
import { bundledScanThread, ScanThread, type ScanThreadState } from '../scan-thread/scan-thread';
import { systemClock, type Clock } from '../util/clock';
import { JsonLogger, type Logger } from '../util/logger';

export interface SocOptions {
  /** The data folder (soc.db lives there). */
  dataDir: string;
  clock?: Clock;
  logger?: Logger;
  policy?: ResponsePolicy;
  /** An LLM summarizer (LlmSummarizer); template summaries without it. */
  summarizer?: Summarizer;
  /** `--real`: external actuators (webhook, command) may act. */
  real?: boolean;
  webhookUrl?: string;
  webhookHeaders?: Record<string, string>;
  command?: readonly string[];
  actuatorTimeoutMs?: number;
  /** Replaces the actuators (tests, embedders). */
  actuators?: ActuatorLookup;
  fpScorer?: FpScorer;
  store?: Omit<SqliteStoreOptions, 'clock' | 'logger'>;
  /**
   * Where SQLite runs: 'thread' (default) in a worker thread of its own, so commits, checkpoints and
   * retention never stall this event loop; 'inline' on this thread (the store then uses `clock`
   * too; the thread keeps the system clock for its retention pacing and log-offset timestamps).
   */
  storeThread?: 'thread' | 'inline';
  builder?: BuilderOptions;
  /**
   * The scan thread's script: the Builder scans bus events on a worker thread beside this event loop.
   * Default: the bundled dist/scan-thread.js when running from the bundle; null (and from sources):
   * scans run on this thread. Not used when `builder.scan` is given.
   */
  scanThread?: string | null;
  analyst?: AnalystOptions;
  remediator?: RemediatorOptions;
  /** Events waiting for the Builder at most; beyond it `ingest` refuses (default 50,000). */
  maxPendingEvents?: number;
  /** Expired restrictions and approvals are swept this often (default 1 s; 0 = never, tests sweep by hand). */
  sweepIntervalMs?: number;
}

export interface SocStats {
  bus: BusStats & { depth: Partial<Record<Topic, number>> };
  builder: BuilderStats;
  analyst: AnalystStats;
  remediator: RemediatorStats;
  store: StoreStats;
  /** Where the Builder's scans run: the thread's state, scans it answered, scans waiting for it, bus events in the Builder. */
  scanner: { thread: ScanThreadState | 'off'; onThread: number; backlog: number; inFlight: number };
  enforcement: number;
  ingestRefused: number;
}

/** The running SOC: the three agents on one bus, over one store and one enforcer. */
export interface Soc {
  readonly store: SocStore;
  readonly bus: InProcessBus;
  readonly enforcer: StateEnforcer;
  readonly approvals: ApprovalQueue;
  readonly builder: Builder;
  /** The Builder's scan thread; null when scans run on this thread. */
  readonly scanThread: ScanThread | null;
  readonly analyst: Analyst;
  readonly remediator: Remediator;
  /** Queues an event for the Builder; false when the SOC is closing or too far behind (the caller answers 503). */
  ingest(event: SecurityEvent): boolean;
  /** Scans an event now and answers with what was detected (the chat endpoint); the pipeline continues as usual. */
  inspect(event: SecurityEvent): Promise<InspectResult>;
  /** May this actor be served (blocks, rate limits, terminated sessions, suspensions)? */
  gate(actor: ActorRef): GateDecision;
  /** Is this actor blocked, suspended or its session terminated (no rate limit counted)? */
  restricted(actor: ActorRef): GateDecision;
  policy(): ResponsePolicy;
  setPolicy(policy: ResponsePolicy): void;
  stats(): SocStats;
  /** Resolves when everything ingested so far has gone through all three agents. */
  drain(): Promise<void>;
  /** Graceful shutdown: stops intake, drains the agents, flushes and closes the store. */
  close(): Promise<void>;
}

/**
 * The daemon's durability default: WAL with synchronous=NORMAL; `store: { synchronous: 'full' }`
 * keeps FULL available.
 *
 * Both survive kill -9 of the daemon (a process crash) with every write whose promise resolved:
 * a commit is in the WAL file once write() returned, and the OS keeps it whatever happens to the
 * process (test/integration/store and test/integration/enforce kill a child and check). They
 * differ on a power cut or an OS crash: FULL fsyncs the WAL at every commit, so nothing that
 * resolved is lost; with NORMAL SQLite fsyncs only at checkpoints, so the commits since the last
 * checkpoint (at most 4000 pages of WAL; in practice the last ~50 ms, which the store's background
 * WAL flush has not reached yet) can be lost — never
 * corrupting the file, the WAL is checksummed.
 *
 * Measured on this project's pipeline (bench/pipeline.ts, agents + store with the engine's
 * verdicts precomputed, 2 shared vCPUs, virtio disk), with group commit in both cases:
 *   - one durable write on its own: ~0.15–0.25 ms with NORMAL, ~1.4–3.3 ms with FULL (the fsync);
 *   - throughput: NORMAL ~6,000–13,000 events/s at 74–97 µs CPU/event, FULL ~4,700–11,000 at
 *     82–107 µs (same machine, interleaved runs);
 *   - event → enforced action at 2,000 events/s: p50 2.6 ms / p99 55 ms with NORMAL against
 *     p50 11.9 ms / p99 160 ms with FULL: every commit on the action path waits for an fsync.
 * Losing up to the last checkpoint interval of decisions on a power cut (the file stays intact)
 * is the price of enforcement several times faster; a deployment that cannot accept it asks for
 * FULL. Hence NORMAL by default.
 */
const DAEMON_SYNC = 'normal' as const;
/**
 * Under load the daemon commits at most every 10 ms (a write after a quiet spell still commits at
 * once). Nothing on the way from an event to its restriction waits for a commit (the enforcer
 * acts in memory and writes through behind it), so the interval costs enforcement no time; what
 * it saves is WAL volume — every commit rewrites the last page of each table and index it touches
 * — and with it checkpoints and their fsyncs, which block the store's thread (reads included) while
 * they run. Measured on the agents bench at 2,000–2,500 events/s: ~4,900 → ~2,000 commits per
 * 10 s, SQLite time −20 %.
 */
const DAEMON_GROUP_COMMIT_MS = 10;
/**
 * Remediation actions carried out at once in the daemon. The daemon's own enforcement is safe in
 * parallel (locked per target); webhook and command actuators still get one action at a time.
 * Overlapping actions share group commits instead of waiting for one commit each. An action holds
 * its slot until its records are durable — two group commits, ≥ 20 ms under load with the 10 ms
 * interval — although its restriction is in force long before: 64 slots then capped the
 * Remediator near 3,000 actions/s, and bursts of playbooks overflowed its queue (measured: up to
 * 2,000 actions refused in a 100,000-event burst). With the store in its own thread the front of
 * the pipeline no longer pays for SQLite and runs ~17,000 events/s with intake kept full, while an
 * action's hold includes round trips to that thread: with 256 slots and 1,000 queued, 7,600–12,300
 * of a 100,000-event warm-up's actions overflowed (skipped, not enforced). 1,024 slots and 10,000
 * queued: none. A slot costs a few hundred bytes, a queued action about as much.
 */
const REMEDIATION_CONCURRENCY = 1024;
const REMEDIATION_CAPACITY = 10_000;

/** Opens the store, builds bus, enforcer, approvals, actuators and the three agents, and starts them. */
export async function createSoc(opts: SocOptions): Promise<Soc> {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? new JsonLogger();
  let policy = opts.policy ?? defaultPolicy();
  const getPolicy = (): ResponsePolicy => policy;

  const storeOpts = { synchronous: DAEMON_SYNC, groupCommitMs: DAEMON_GROUP_COMMIT_MS, ...opts.store };
  const store: SocStore = opts.storeThread === 'inline' ? await openStore(opts.dataDir, { ...storeOpts, clock, logger }) : await openThreadedStore(opts.dataDir, { ...storeOpts, logger });
  let scanThread: ScanThread | null = null;
  try {
    const bus = new InProcessBus(logger);
    const enforcer = new StateEnforcer(store, bus, clock, logger, policy);
    await enforcer.load();
    const approvals = new ApprovalQueue(store, bus, clock, logger, policy);
    await approvals.load();
    const actuators =
      opts.actuators ??
      createActuators({
        real: opts.real === true,
        webhookUrl: opts.webhookUrl,
        webhookHeaders: opts.webhookHeaders,
        command: opts.command,
        timeoutMs: opts.actuatorTimeoutMs,
        enforcer,
        store,
        logger,
        clock,
      });
    const script = opts.builder?.scan ? null : opts.scanThread === undefined ? bundledScanThread() : opts.scanThread;
    const thread = script ? new ScanThread(script, { logger }) : null;
    scanThread = thread;
    const builder = new Builder({ bus, store, clock, logger, policy: getPolicy }, { ...(thread ? { scanAhead: (text, ctx) => thread.scan(text, ctx) } : {}), ...opts.builder });
    const analyst = new Analyst({ bus, store, clock, logger, policy: getPolicy, scorer: opts.fpScorer, summarizer: opts.summarizer }, opts.analyst);
    const remediator = new Remediator({ bus, store, clock, logger, actuators, approvals }, { concurrency: REMEDIATION_CONCURRENCY, capacity: REMEDIATION_CAPACITY, ...opts.remediator });
    remediator.start();
    await analyst.start();
    builder.start();
    return new RunningSoc(store, bus, enforcer, approvals, builder, scanThread, analyst, remediator, logger, getPolicy, (p) => {
      policy = p;
      enforcer.setPolicy(p);
      approvals.setPolicy(p);
    }, opts);
  } catch (e) {
    await scanThread?.close();
    await store.close().catch(() => undefined);
    throw e;
  }
}

class RunningSoc implements Soc {
  private closed = false;
  private closing: Promise<void> | undefined;
  private ingestRefused = 0;
  private readonly maxPending: number;
  private readonly sweepTimer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;

  constructor(
    readonly store: SocStore,
    readonly bus: InProcessBus,
    readonly enforcer: StateEnforcer,
    readonly approvals: ApprovalQueue,
    readonly builder: Builder,
    readonly scanThread: ScanThread | null,
    readonly analyst: Analyst,
    readonly remediator: Remediator,
    private readonly logger: Logger,
    private readonly getPolicy: () => ResponsePolicy,
    private readonly applyPolicy: (p: ResponsePolicy) => void,
    opts: SocOptions,
  ) {
    this.maxPending = opts.maxPendingEvents ?? 50_000;
    const every = opts.sweepIntervalMs ?? 1_000;
    if (every > 0) {
      this.sweepTimer = setInterval(() => {
        this.sweeping ??= this.sweep().finally(() => (this.sweeping = undefined));
      }, every);
      this.sweepTimer.unref();
    }
  }

  ingest(event: SecurityEvent): boolean {
    if (this.closed || (this.bus.depth()['event.ingested'] ?? 0) >= this.maxPending) {
      this.ingestRefused++;
      return false;
    }
    this.bus.publish('event.ingested', event);
    return true;
  }

  inspect(event: SecurityEvent): Promise<InspectResult> {
    if (this.closed) return Promise.reject(new Error('the SOC is shutting down'));
    return this.builder.inspect(event);
  }

  gate(actor: ActorRef): GateDecision {
    return this.enforcer.check(actor);
  }

  restricted(actor: ActorRef): GateDecision {
    return this.enforcer.restricted(actor);
  }

  policy(): ResponsePolicy {
    return this.getPolicy();
  }

  setPolicy(policy: ResponsePolicy): void {
    this.applyPolicy(policy);
  }

  stats(): SocStats {
    return {
      bus: { ...this.bus.stats(), depth: this.bus.depth() },
      builder: this.builder.stats(),
      analyst: this.analyst.stats(),
      remediator: this.remediator.stats(),
      store: this.store.stats(),
      scanner: { thread: this.scanThread?.status() ?? 'off', onThread: this.scanThread?.answeredCount() ?? 0, backlog: this.scanThread?.backlog() ?? 0, inFlight: this.builder.inFlightCount() },
      enforcement: this.enforcer.list().length,
      ingestRefused: this.ingestRefused,
    };
  }

  async drain(): Promise<void> {
    // Each stage can feed the next (and approvals feed the Remediator): repeat until all are idle.
    for (;;) {
      await this.bus.drain();
      await this.builder.idle();
      await this.analyst.idle();
      await this.remediator.drain();
      if (this.bus.pendingCount() === 0 && this.builder.isIdle() && this.remediator.isIdle() && this.analyst.isIdle()) return;
    }
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    this.closed = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.sweeping;
    try {
      await this.drain();
    } finally {
      this.builder.stop();
      await this.scanThread?.close();
      this.analyst.stop();
      this.remediator.stop();
      await this.store.flush().catch((e: unknown) => this.logger.log('error', 'soc: final flush failed', { error: errorMessage(e) }));
      await this.store.close();
    }
  }

  private async sweep(): Promise<void> {
    try {
      await this.enforcer.sweep();
      await this.approvals.expire();
    } catch (e) {
      this.logger.log('error', 'soc: sweep failed', { error: errorMessage(e) });
    }
  }
}
