/**
 * The SOC's domain records. Shared by the daemon, the VS Code client and the dashboard, so this
 * file imports nothing but types and runs nowhere in particular.
 */
import type { Finding, MessageSource, Severity, ThreatCategory } from '../engine/types';

export type { Finding, MessageSource, Severity, ThreatCategory };

/** Who sent something. Any field may be unknown. */
export interface ActorRef {
  ip?: string;
  sessionId?: string;
  userId?: string;
}

/** Threats the SOC handles: the engine's categories plus behaviour-based ones. */
export type ThreatType = ThreatCategory | 'hidden_unicode' | 'rate_limit_abuse';

export type EventKind = 'chat' | 'proxy_request' | 'proxy_response' | 'log_line' | 'tool_call' | 'tool_result' | 'agent_event' | 'scenario';

/** Something the SOC observed: a message, a log line, a tool call. */
export interface SecurityEvent {
  id: string;
  ts: number;
  kind: EventKind;
  actor: ActorRef;
  text: string;
  /** Where it entered: `api/chat`, `v1/chat/completions`, `log:/var/log/agent.jsonl`, `api/events`, ... */
  channel: string;
  source?: MessageSource;
  /** Declared size when the text was truncated for scanning (token-flooding detection). */
  bytes?: number;
}

export interface Alert {
  id: string;
  ts: number;
  eventId: string;
  actor: ActorRef;
  threat: ThreatType;
  severity: Severity;
  /** Detector score 0..1. */
  score: number;
  ruleIds: string[];
  findings: Finding[];
  /** The scanned text, clipped (evidence spans index into it when it was not clipped). */
  excerpt: string;
  channel: string;
  /** Where the scanned text came from (the event's source), when known: context for the false-positive score. */
  source?: MessageSource;
  incidentId?: string;
}

export type ActionKind = 'monitor' | 'rate_limit' | 'terminate_session' | 'block_ip' | 'suspend_user' | 'notify_compliance' | 'webhook' | 'command';
export type ActionPolicyMode = 'auto' | 'approval' | 'dry_run';

/** An action the Analyst's playbook asks for; the Remediator carries it out. */
export interface PlannedAction {
  kind: ActionKind;
  /** IP, session id, user id, or a description for notify/webhook/command. */
  target: string;
  durationSec?: number;
  reason: string;
  policy: ActionPolicyMode;
}

export type ActionStatus = 'executed' | 'dry_run' | 'pending_approval' | 'failed' | 'rejected' | 'expired' | 'skipped';

export interface ActionRecord {
  id: string;
  incidentId: string;
  kind: ActionKind;
  target: string;
  status: ActionStatus;
  attempts: number;
  ts: number;
  reason: string;
  expiresAt?: number;
  error?: string;
}

export type IncidentStatus = 'open' | 'resolved' | 'suppressed';
export type Feedback = 'false_positive' | 'confirmed';

export interface Incident {
  id: string;
  /** Correlation key: same actor, same technique, within the correlation window. */
  key: string;
  status: IncidentStatus;
  threat: ThreatType;
  severity: Severity;
  actor: ActorRef;
  firstSeen: number;
  lastSeen: number;
  alertCount: number;
  /** The most recent alerts' ids, oldest first (a bounded window: alertCount counts them all; GET /api/incidents/:id lists them). */
  alertIds: string[];
  /** 0..1: probability the Analyst assigns to this being a false positive. */
  fpProbability: number;
  summary: string;
  summarySource: 'llm' | 'template';
  playbook: PlannedAction[];
  feedback?: Feedback;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'expired';

export interface Approval {
  id: string;
  incidentId: string;
  action: PlannedAction;
  status: ApprovalStatus;
  requestedAt: number;
  expiresAt: number;
  decidedAt?: number;
  decidedBy?: string;
}

export type EnforcementKind = 'block_ip' | 'rate_limit' | 'terminate_session' | 'suspend_user';

/** A live restriction. Every one has a TTL and can be lifted by hand. */
export interface EnforcementEntry {
  kind: EnforcementKind;
  target: string;
  reason: string;
  createdAt: number;
  expiresAt: number;
  /** How many times this target has been restricted with this kind (drives escalation). */
  offenses: number;
  incidentId?: string;
  /** For rate limits: requests allowed per window. */
  limit?: { requests: number; windowSec: number };
}

export interface AuditRecord {
  seq: number;
  ts: number;
  /** Who acted: `remediator`, `analyst`, `admin`, `system`. */
  actor: string;
  action: string;
  target: string;
  reason: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** What the chat endpoint and proxy learn before serving a request. */
export type GateDecision =
  | { allowed: true }
  | { allowed: false; status: 403 | 429; kind: EnforcementKind; reason: string; retryAfterSec?: number };

export type Environment = 'development' | 'production' | 'medical' | 'financial';
