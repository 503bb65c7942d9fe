import type { ActionRecord, Incident } from '../protocol/domain';
import type { Soc } from '../soc/create-soc';

export interface RemediationOutcome {
  incidents: Incident[];
  actions: ActionRecord[];
  /** True when the pipeline did not finish within the wait; actions may still follow. */
  pending: boolean;
}

/**
 * Waits, bounded, until the alerts raised for one request have gone through the Analyst and the
 * Remediator, and collects the incidents and actions they led to — what the chat response reports.
 */
export async function awaitRemediation(soc: Soc, alertIds: readonly string[], timeoutMs: number): Promise<RemediationOutcome> {
  if (alertIds.length === 0) return { incidents: [], actions: [], pending: false };
  const wanted = new Set(alertIds);
  const incidents = new Map<string, Incident>();
  const actions: ActionRecord[] = [];
  const offIncident = soc.bus.subscribe('incident.updated', (i) => {
    if (i.alertIds.some((id) => wanted.has(id))) incidents.set(i.id, i);
  });
  // Topics are delivered independently: keep every action and filter once the incidents are known.
  const offAction = soc.bus.subscribe('action.executed', (a) => {
    actions.push(a);
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const finished = await Promise.race([
      soc.drain().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    return { incidents: [...incidents.values()], actions: actions.filter((a) => incidents.has(a.incidentId)), pending: !finished };
  } finally {
    if (timer) clearTimeout(timer);
    offIncident();
    offAction();
  }
}
