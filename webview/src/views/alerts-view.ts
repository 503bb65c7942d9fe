import { html, nothing, type TemplateResult } from 'lit';
import type { Alert } from '../../../daemon/src/protocol/domain';
import type { DashboardController } from '../controller';
import { LIMITS } from '../state/dashboard-state';
import { button, emptyState, ruleLink, severityBadge, threatLabel } from './common';
import { highlightedMessage } from './evidence';
import { actorLabel, clock, count, dateTime, humanize, percent } from './format';

function alertRow(a: Alert | undefined): TemplateResult {
  if (!a) return html``;
  return html`<span class="cell time">${clock(a.ts)}</span>${severityBadge(a.severity)}<span class="cell threat-cell">${humanize(a.threat)}</span
    ><span class="cell actor">${actorLabel(a.actor)}</span><span class="cell excerpt">${a.excerpt.slice(0, 160)}</span>`;
}

/** Everything about one alert: what was said, which rules fired where, and where it went next. */
export function alertDetail(ctl: DashboardController, a: Alert): TemplateResult {
  const incidentId = a.incidentId ?? ctl.state.alertIncident.get(a.id);
  const incident = incidentId ? ctl.state.incidents.get(incidentId) : undefined;
  return html`<article class="detail" aria-labelledby="alert-detail-title" data-testid="alert-detail" data-alert-id=${a.id}>
    <header class="detail-head">
      <h3 id="alert-detail-title">${severityBadge(a.severity)} ${threatLabel(a.threat)}</h3>
      ${button('Close', () => ctl.selectAlert(undefined), { icon: 'close', iconOnly: true, secondary: true, name: 'Close alert details' })}
    </header>
    <dl class="facts">
      <dt>Time</dt><dd>${dateTime(a.ts)}</dd>
      <dt>Actor</dt><dd>${actorLabel(a.actor)}</dd>
      <dt>Channel</dt><dd>${a.channel}${a.source ? ` (${a.source})` : ''}</dd>
      <dt>Detector score</dt><dd>${percent(a.score)}</dd>
      <dt>False-positive probability</dt><dd>${incident ? percent(incident.fpProbability) : 'not scored yet'}</dd>
      <dt>Incident</dt>
      <dd>${incidentId ? html`<a href="#" class="incident-link" @click=${(e: Event) => (e.preventDefault(), ctl.selectIncident(incidentId, true))}>${incidentId}</a>` : 'not correlated yet'}</dd>
      <dt>Rules</dt>
      <dd class="rules">${a.ruleIds.map((id) => html`${ruleLink(ctl, id)} `)}</dd>
    </dl>
    <h4>Message</h4>
    ${highlightedMessage(a.excerpt, a.findings)}
    ${a.findings.length
      ? html`<h4>Evidence</h4>
          <ul class="findings">
            ${a.findings.map(
              (f) =>
                html`<li>${ruleLink(ctl, f.ruleId)} ${severityBadge(f.severity)} <code>${f.evidence}</code>${f.decodedFrom ? html` <span class="muted">(decoded from ${f.decodedFrom})</span>` : nothing}
                  <span class="muted">confidence ${percent(f.confidence)}</span></li>`,
            )}
          </ul>`
      : nothing}
  </article>`;
}

export function alertsView(ctl: DashboardController): TemplateResult {
  const s = ctl.state;
  const list = s.alerts;
  const selected = s.selectedAlertId ? list.get(s.selectedAlertId) : undefined;
  const total = s.stats?.alerts.total;
  return html`<div class="split">
    <section class="card list-card" aria-labelledby="h-alerts">
      <header class="card-head">
        <h2 id="h-alerts">Live alerts</h2>
        <span class="muted" data-testid="alert-count"
          >${count(list.size)} shown${total !== undefined && total > list.size ? ` of ${count(total)} (the newest ${count(LIMITS.alerts)} are kept here)` : ''}</span
        >
      </header>
      ${list.size
        ? html`<soc-virtual-list
            class="alert-list"
            label="Alerts, newest first"
            .count=${list.size}
            .rowHeight=${30}
            .selectedKey=${selected?.id}
            .renderRow=${(i: number) => alertRow(list.at(i))}
            .rowKey=${(i: number) => list.at(i)?.id ?? String(i)}
            .head=${list.head}
            .onSelect=${(id: string) => ctl.selectAlert(id)}
          ></soc-virtual-list>`
        : emptyState('No alerts yet. Run an attack scenario or send a chat message to see one arrive.')}
    </section>
    ${selected ? alertDetail(ctl, selected) : nothing}
  </div>`;
}
