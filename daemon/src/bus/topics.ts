import type { ActionRecord, Alert, Approval, EnforcementEntry, Incident, PlannedAction, SecurityEvent } from '../protocol/domain';

/** Topic → payload. Publishing or subscribing with the wrong payload type is a compile error. */
export interface BusTopics {
  /** A message, log line or tool event entered the SOC (Builder consumes). */
  'event.ingested': SecurityEvent;
  /** The Builder raised an alert (Analyst consumes). */
  'alert.raised': Alert;
  /** An incident was opened or changed (dashboard, stream). */
  'incident.updated': Incident;
  /** The Analyst decided what to do about an incident (Remediator consumes). */
  'playbook.ready': { incident: Incident; actions: PlannedAction[] };
  /** The Remediator finished (or recorded) an action. */
  'action.executed': ActionRecord;
  'approval.updated': Approval;
  /** Enforcement state changed: a restriction added, lifted or expired. */
  'enforcement.changed': { entry: EnforcementEntry; change: 'added' | 'lifted' | 'expired' };
}

export type Topic = keyof BusTopics;
