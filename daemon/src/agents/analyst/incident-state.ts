import type { ActionKind, Alert, Incident } from '../../protocol/domain';
import { actorKey } from '../shared/actor';
import { timeOrderedId } from '../../store/ids';

/** Working state of an incident the Analyst has in memory. */
export interface OpenIncident {
  incident: Incident;
  /** The last few alerts (summaries and feedback patterns). */
  recent: Alert[];
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
