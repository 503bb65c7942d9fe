import { html, nothing, type TemplateResult } from 'lit';
import type { DashboardController } from '../controller';
import type { SecurityCheck } from '../state/api-types';
import { icon, ruleLink, severityBadge } from './common';
import { humanize, percent } from './format';

/** The `security_check` of a chat answer or a scenario run: what was detected, what was done. */
export function securityCheckView(ctl: DashboardController, c: SecurityCheck | undefined): TemplateResult {
  if (!c) return html``;
  const detected = c.threat_detected;
  return html`<div class="security-check ${detected ? 'threat' : 'clean'}" data-testid="security-check">
    <p class="verdict">
      ${icon(detected ? 'shield' : 'pass', detected ? 'threat detected' : 'no threat')}
      <strong>${detected ? 'Threat detected' : 'No threat detected'}</strong>
      ${c.verdict && c.verdict.category !== 'benign' ? html` · ${humanize(c.verdict.category)} (score ${percent(c.verdict.score)})` : nothing}
      ${c.monitoring ? nothing : html` · <span class="warning-text">monitoring is off</span>`}
    </p>
    ${c.refused
      ? html`<p class="refused">${icon('circle-slash')} Refused (${c.refused.status}): ${humanize(c.refused.kind)} — ${c.refused.reason}${c.refused.retry_after ? ` · retry after ${c.refused.retry_after}s` : ''}</p>`
      : nothing}
    ${c.alerts.length
      ? html`<ul class="check-alerts" aria-label="Alerts">
          ${c.alerts.map(
            (a) => html`<li>
              ${severityBadge(a.severity)} ${humanize(a.threat)} ${a.rule_ids.slice(0, 5).map((r) => html`${ruleLink(ctl, r)} `)}
              ${a.evidence.length ? html`<span class="muted">evidence:</span> ${a.evidence.slice(0, 3).map((e) => html`<mark>${e.text}</mark> `)}` : nothing}
            </li>`,
          )}
        </ul>`
      : nothing}
    ${c.remediation_actions.length
      ? html`<p class="remediation"><strong>${c.remediation_taken ? 'Remediation taken:' : 'Remediation planned:'}</strong></p>
          <ul class="check-actions" aria-label="Remediation actions">
            ${c.remediation_actions.map((a) => html`<li>${humanize(a.type)} <code>${a.target}</code> <span class="status status-${a.status}">${humanize(a.status)}</span></li>`)}
          </ul>`
      : detected
        ? html`<p class="muted">No remediation action${c.remediation_pending ? ' yet (still running)' : ''}.</p>`
        : nothing}
    ${c.incidents?.length
      ? html`<p class="muted">
          Incident${c.incidents.length > 1 ? 's' : ''}:
          ${c.incidents.map((i) => html`<a href="#" @click=${(e: Event) => (e.preventDefault(), ctl.selectIncident(i.id, true))}>${i.id}</a> (FP ${percent(i.fp_probability)}) `)}
        </p>`
      : nothing}
  </div>`;
}
