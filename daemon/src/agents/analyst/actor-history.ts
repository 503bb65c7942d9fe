import type { Incident } from '../../protocol/domain';
import { actorKey } from '../shared/actor';
import { LruMap } from '../../util/lru-map';

interface History {
  /** Incident ids of this actor (most recent last, bounded). */
  incidents: string[];
  confirmed: Set<string>;
}

const PER_ACTOR = 10;

/**
 * What the Analyst remembers about each actor: its incidents and which of them an analyst
 * confirmed. Warmed from the store at start, bounded by an LRU over actors.
 */
export class ActorHistory {
  private readonly byActor: LruMap<string, History>;

  constructor(capacity = 20_000) {
    this.byActor = new LruMap(capacity);
  }

  /** Earlier incidents of the actor (other than `currentId`) and how many were confirmed. */
  of(key: string, currentId?: string): { priorIncidents: number; priorConfirmed: number } {
    const h = this.byActor.peek(key);
    if (!h) return { priorIncidents: 0, priorConfirmed: 0 };
    let prior = 0;
    let confirmed = 0;
    for (const id of h.incidents) {
      if (id === currentId) continue;
      prior++;
      if (h.confirmed.has(id)) confirmed++;
    }
    return { priorIncidents: prior, priorConfirmed: confirmed };
  }

  record(incident: Pick<Incident, 'id' | 'actor' | 'feedback' | 'status'>): void {
    const key = actorKey(incident.actor);
    // Incidents dismissed as false positives say nothing against the actor.
    if (incident.feedback === 'false_positive') return this.forget(key, incident.id);
    let h = this.byActor.get(key);
    if (!h) this.byActor.set(key, (h = { incidents: [], confirmed: new Set() }));
    if (!h.incidents.includes(incident.id)) {
      h.incidents.push(incident.id);
      if (h.incidents.length > PER_ACTOR) h.confirmed.delete(h.incidents.shift() as string);
    }
    if (incident.feedback === 'confirmed') h.confirmed.add(incident.id);
  }

  forget(key: string, incidentId: string): void {
    const h = this.byActor.peek(key);
    if (!h) return;
    h.incidents = h.incidents.filter((id) => id !== incidentId);
    h.confirmed.delete(incidentId);
  }
}
