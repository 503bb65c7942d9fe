import type { StatusSnapshot } from '../protocol/stream';
import type { Soc } from '../soc/create-soc';
import type { Clock } from '../util/clock';
import type { Logger } from '../util/logger';
import type { SocTally } from './live-stream-tally';
import type { UpgradeGuards } from './live-stream-upgrade';

/** The live stream's contract with the server that mounts it. */
export interface LiveStreamOptions {
  /** Default `/ws`. */
  path?: string;
  /** Per-client backlog bound in messages (default 1,000); the oldest are dropped past it. */
  maxBufferedMessages?: number;
  /** Per-client backlog bound in bytes (default 8 MiB). */
  maxBufferedBytes?: number;
  /** Socket buffer size above which messages wait in the backlog (default 256 KiB). */
  highWaterBytes?: number;
  /** A client whose backlog does not move for this long is terminated (default 30 s). */
  stuckTimeoutMs?: number;
  /** `stats` every this often (default 2 s; 0 = never). */
  statsIntervalMs?: number;
  /** Ping every this often; a client that missed the previous pong is terminated (default 30 s; 0 = never). */
  heartbeatMs?: number;
  /** Connections beyond this are refused with 503 (default 64). */
  maxClients?: number;
  /** `close()` waits this long for clients to acknowledge 1001 before terminating them (default 1 s). */
  closeGraceMs?: number;
}

export interface LiveStreamDeps extends UpgradeGuards {
  soc: Soc;
  /** The daemon's status now (monitoring, uptime, LLM health). */
  status(): StatusSnapshot;
  logger: Logger;
  clock: Clock;
  /** The daemon's version, sent in `hello`. */
  version?: string;
  options?: LiveStreamOptions;
}

export interface LiveStreamStats {
  clients: number;
  /** Messages written to sockets, over the stream's life. */
  sent: number;
  /** Messages dropped from slow clients' backlogs, over the stream's life. */
  dropped: number;
  /** Messages waiting in backlogs now. */
  queued: number;
  /** The largest single client's backlog now (never above `maxBufferedMessages`). */
  maxQueued: number;
  /** Bytes in the sockets' own buffers now. */
  bufferedBytes: number;
  /** Upgrades refused (bad Host/Origin/token, too many clients). */
  refused: number;
  /** Clients cut off for not reading or not answering pings. */
  terminated: number;
}

export interface LiveStream {
  /** Counts the stream keeps from the bus; `createMetrics` reads the same. */
  readonly tally: SocTally;
  /** Sends `status()` to every client (call after monitoring is toggled or settings change). */
  publishStatus(): void;
  stats(): LiveStreamStats;
  /** Closes every client with 1001 and stops (graceful shutdown). */
  close(): Promise<void>;
}
