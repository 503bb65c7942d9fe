import type { Incident } from '../../protocol/domain';
import { firstDistinct, type AlertEvidence } from './incident-state';
import { redactSecrets } from '../../util/logger';
import { actorKey } from '../shared/actor';

/** Writes the short triage summary of an incident. */
export interface Summarizer {
  summarize(incident: Incident, alerts: readonly AlertEvidence[]): Promise<string>;
}

export interface SummaryResult {
  text: string;
  source: Incident['summarySource'];
}

/** A summarizer that also says where its text came from (the LLM, or the template it fell back to). */
export interface SourcedSummarizer extends Summarizer {
  describe(incident: Incident, alerts: readonly AlertEvidence[]): Promise<SummaryResult>;
}

export function isSourced(s: Summarizer): s is SourcedSummarizer {
  return typeof (s as Partial<SourcedSummarizer>).describe === 'function';
}

function when(ts: number): string {
  return new Date(ts).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

function quote(s: string, max = 120): string {
  const one = redactSecrets(s).replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

/** Evidence lines of the alerts: distinct rule ids and the first evidence strings. */
export function evidenceOf(alerts: readonly AlertEvidence[]): { rules: string[]; samples: string[] } {
  const rules = [...new Set(alerts.flatMap((a) => a.ruleIds))].sort();
  const samples = firstDistinct(alerts.flatMap((a) => a.evidence), 2);
  if (samples.length === 0 && alerts[0]) samples.push(alerts[0].excerpt);
  return { rules, samples: samples.map((s) => quote(s)) };
}

/**
 * The summary without an LLM: who, what, how often, the evidence, the false-positive estimate and
 * the response — factual and short, from the incident's own fields.
 */
export class TemplateSummarizer implements SourcedSummarizer {
  summarize(incident: Incident, alerts: readonly AlertEvidence[]): Promise<string> {
    return Promise.resolve(this.text(incident, alerts));
  }

  describe(incident: Incident, alerts: readonly AlertEvidence[]): Promise<SummaryResult> {
    return Promise.resolve({ text: this.text(incident, alerts), source: 'template' });
  }

  text(incident: Incident, alerts: readonly AlertEvidence[]): string {
    const threat = incident.threat.replace(/_/g, ' ');
    const span =
      incident.alertCount === 1
        ? `1 alert at ${when(incident.firstSeen)}`
        : `${incident.alertCount} alerts between ${when(incident.firstSeen)} and ${when(incident.lastSeen)}`;
    const { rules, samples } = evidenceOf(alerts);
    const parts = [
      `${incident.severity.toUpperCase()} ${threat} from ${actorKey(incident.actor).replace(/\|/g, ', ')}: ${span}.`,
      rules.length > 0 ? `Rules: ${rules.join(', ')}.` : '',
      samples.length > 0 ? `Evidence: ${samples.map((s) => `"${s}"`).join('; ')}.` : '',
      `False-positive probability ${Math.round(incident.fpProbability * 100)}%.`,
      incident.status === 'suppressed'
        ? 'Suppressed by analyst feedback: monitoring only.'
        : incident.playbook.length > 0
          ? `Response: ${incident.playbook.map((a) => `${a.kind.replace(/_/g, ' ')} ${a.target} (${a.policy})`).join('; ')}.`
          : 'Response: none planned.',
    ];
    return parts.filter((p) => p !== '').join(' ');
  }
}
