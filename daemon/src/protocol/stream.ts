/**
 * The live stream (WebSocket `/ws`): every message either side sends. Shared by the daemon, the
 * dashboard webview and the VS Code client, so this file imports nothing but types.
 *
 * Connecting: a browser page sends its session cookie; a client that cannot set headers (the VS
 * Code webview) offers two subprotocols, `soc.v1` and `soc.bearer.<token>`, and the server echoes
 * `soc.v1`. Programs may also send `Authorization: Bearer <token>`. Tokens in the URL are refused.
 */
import type { LlmHealth } from '../llm/chat-backend';
import type {
  ActionKind,
  ActionRecord,
  ActionStatus,
  Alert,
  Approval,
  EnforcementEntry,
  EnforcementKind,
  Incident,
  Severity,
  ThreatType,
} from './domain';

/** Bumped when a message changes shape incompatibly. */
export const STREAM_PROTOCOL_VERSION = 1;
/** The subprotocol the server echoes; clients that offer subprotocols must offer this one. */
export const STREAM_SUBPROTOCOL = 'soc.v1';
/** `soc.bearer.<token>`: the admin token for clients that cannot set headers. */
export const STREAM_BEARER_PREFIX = 'soc.bearer.';

/** Topics a client can subscribe to; `hello`, `dropped`, `pong`, `subscribed` always arrive. */
export const STREAM_TOPICS = ['alert', 'incident', 'action', 'approval', 'enforcement', 'stats', 'status'] as const;
export type StreamTopic = (typeof STREAM_TOPICS)[number];

/** What the daemon reports about itself (the server fills it; it never holds secrets). */
export interface StatusSnapshot {
  /** Monitoring on: traffic is scanned and agents act. */
  monitoring: boolean;
  uptimeSec: number;
  environment?: string;
  securityMode?: string;
  llm: LlmHealth;
}

/** Counts since the daemon started. */
export interface StreamCounts {
  alerts: number;
  incidentsOpened: number;
  actions: number;
  enforcementActive: number;
  approvalsPending: number;
}

/** The periodic `stats` payload. */
export interface StreamStats {
  uptimeSec: number;
  monitoring: boolean;
  events: { ingested: number; scanned: number; refused: number; pending: number };
  alerts: { total: number; byThreat: Partial<Record<ThreatType, number>>; bySeverity: Partial<Record<Severity, number>> };
  incidents: { opened: number; deduplicated: number; suppressed: number };
  actions: { total: number; byKind: Partial<Record<ActionKind, number>>; byStatus: Partial<Record<ActionStatus, number>> };
  queues: { remediation: { depth: number; capacity: number; overflowed: number }; bus: Record<string, number>; storeBuffered: number };
  enforcement: { active: number; byKind: Partial<Record<EnforcementKind, number>> };
  approvalsPending: number;
  llm: { configured: boolean; circuit: LlmHealth['circuit'] };
  stream: { clients: number; dropped: number };
}

interface Envelope {
  /** Increases with every message the server sends (gaps: topics you filtered out, or drops). */
  seq: number;
  /** Server time, ms since the epoch. */
  ts: number;
}

export type HelloMessage = Envelope & {
  type: 'hello';
  server: { name: string; version: string };
  protocol: number;
  topics: StreamTopic[];
  snapshot: { status: StatusSnapshot; counts: StreamCounts };
};
export type AlertMessage = Envelope & { type: 'alert'; alert: Alert };
export type IncidentMessage = Envelope & { type: 'incident'; incident: Incident };
export type ActionMessage = Envelope & { type: 'action'; action: ActionRecord };
export type ApprovalMessage = Envelope & { type: 'approval'; approval: Approval };
export type EnforcementMessage = Envelope & { type: 'enforcement'; change: 'added' | 'lifted' | 'expired'; entry: EnforcementEntry };
export type StatsMessage = Envelope & { type: 'stats'; stats: StreamStats };
export type StatusMessage = Envelope & { type: 'status'; status: StatusSnapshot };
/** Sent when a slow client has caught up: how many messages it lost (oldest first) while it lagged. */
export type DroppedMessage = Envelope & { type: 'dropped'; count: number; total: number; firstSeq: number; lastSeq: number };
export type PongMessage = Envelope & { type: 'pong'; id?: string | number };
export type SubscribedMessage = Envelope & { type: 'subscribed'; topics: StreamTopic[] };

/** Server → client. */
export type StreamMessage =
  | HelloMessage
  | AlertMessage
  | IncidentMessage
  | ActionMessage
  | ApprovalMessage
  | EnforcementMessage
  | StatsMessage
  | StatusMessage
  | DroppedMessage
  | PongMessage
  | SubscribedMessage;

export type StreamMessageType = StreamMessage['type'];

/** Client → server. Anything else is ignored; repeated garbage or floods close the socket with 1008. */
export type StreamClientMessage = { type: 'ping'; id?: string | number } | { type: 'subscribe'; topics: StreamTopic[] };

/** Largest client frame the server accepts (bigger ones close the socket with 1009). */
export const STREAM_MAX_CLIENT_FRAME = 64 * 1024;
