import type { ActionKind, Alert, Incident, PlannedAction } from '../../protocol/domain';
import { actorKey } from '../shared/actor';
import { timeOrderedId } from '../../store/ids';

/**
 * What an incident's summaries quote of one of its alerts: its rules, its first two evidence strings
 * and the start of its text. Kept instead of the alert: 10,000 open incidents keep five each, and an
 * alert holds its findings and an excerpt of up to 1,000 characters.
 */
export interface AlertEvidence {
  readonly ruleIds: readonly string[];
  readonly evidence: readonly string[];
  /** The excerpt with its whitespace collapsed, clipped past anything a summary quotes (secrets are redacted when quoted). */
  readonly excerpt: string;
}

/** Enough of the excerpt that a secret starting where a summary's quote ends is still whole when it is redacted. */
const EXCERPT_KEPT = 600;

/** The first `n` distinct non-empty strings, in order: the evidence a summary quotes, per alert and across alerts. */
export function firstDistinct(values: Iterable<string | undefined>, n: number): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (out.length >= n) break;
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

export function alertEvidence(a: Alert): AlertEvidence {
  const evidence = firstDistinct(a.findings.map((f) => f.evidence), 2);
  return { ruleIds: a.ruleIds, evidence, excerpt: a.excerpt.replace(/\s+/g, ' ').trim().slice(0, EXCERPT_KEPT) };
}

/** Working state of an incident the Analyst has in memory. */
export interface OpenIncident {
  incident: Incident;
  /** What the last few alerts give the summaries. */
  recent: AlertEvidence[];
  patterns: Set<string>;
  /** Action kinds already recorded as skipped (audited once per incident). */
  skipped: Set<ActionKind>;
}

export const RECENT_ALERTS = 5;

/** `threat|rule,ids`: what feedback on an incident generalizes to. */
export function patternKey(alert: Pick<Alert, 'threat' | 'ruleIds'>): string {
  return `${alert.threat}|${[...alert.ruleIds].sort().join(',')}`;
}

export function correlationKey(alert: Pick<Alert, 'actor' | 'threat'>): string {
  return `${actorKey(alert.actor)}|${alert.threat}`;
}

export function snapshot(i: Incident): Incident {
  return { ...i, actor: { ...i.actor }, alertIds: [...i.alertIds], playbook: i.playbook.map((a) => ({ ...a })) };
}

/** Each enum value once: the store thread's copies bring a fresh string for every field of every action. */
const VALUES = new Map<string, string>();
function shared<T extends string>(s: T): T {
  const known = VALUES.get(s);
  if (known !== undefined) return known as T;
  // Enum fields only, so the pool stays a few dozen entries; the bound guards against a misuse.
  if (VALUES.size < 256) VALUES.set(s, s);
  return s;
}

/**
 * An incident read back from the store, rebuilt as one made here is: the copy the store thread
 * sends has objects built field by field (their fields spill into a second object) and its own
 * strings for every status, kind and policy. An open incident keeps them as long as it is open,
 * and a daemon under a burst holds thousands of incidents read back after an eviction.
 */
export function fromStore(i: Incident): Incident {
  const playbook = i.playbook.map((a) => {
    const action: PlannedAction = { kind: shared(a.kind), target: a.target, reason: a.reason, policy: shared(a.policy) };
    if (a.durationSec !== undefined) action.durationSec = a.durationSec;
    return action;
  });
  const incident: Incident = {
    id: i.id,
    key: i.key,
    status: shared(i.status),
    threat: shared(i.threat),
    severity: shared(i.severity),
    actor: { ...i.actor },
    firstSeen: i.firstSeen,
    lastSeen: i.lastSeen,
    alertCount: i.alertCount,
    alertIds: [...i.alertIds],
    fpProbability: i.fpProbability,
    summary: i.summary,
    summarySource: shared(i.summarySource),
    playbook,
  };
  if (i.feedback !== undefined) incident.feedback = shared(i.feedback);
  return incident;
}

/** A new open incident for its first alert. */
export function newIncident(key: string, alert: Alert, now: number, fp: number): Incident {
  return {
    // Time-ordered: the incident, action and execution indexes (all keyed by it) grow at one end.
    id: timeOrderedId('inc'),
    key,
    status: 'open',
    threat: alert.threat,
    severity: alert.severity,
    actor: { ...alert.actor },
    firstSeen: now,
    lastSeen: now,
    alertCount: 1,
    alertIds: [alert.id],
    fpProbability: fp,
    summary: '',
    summarySource: 'template',
    playbook: [],
  };
}
