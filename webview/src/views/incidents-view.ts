import { html, nothing, type TemplateResult } from 'lit';
import type { ActionRecord, Alert, Approval, Incident } from '../../../daemon/src/protocol/domain';
import type { DashboardController } from '../controller';
import type { IncidentDetail } from '../state/dashboard-state';
import { button, emptyState, icon, ruleLink, severityBadge, threatLabel } from './common';
import { ACTION_ICONS, actorLabel, clock, count, dateTime, duration, humanize, percent } from './format';

function incidentRow(i: Incident | undefined): TemplateResult {
  if (!i) return html``;
  return html`<span class="cell time">${clock(i.lastSeen)}</span>${severityBadge(i.severity)}<span class="cell threat-cell">${humanize(i.threat)}</span
    ><span class="cell actor">${actorLabel(i.actor)}</span><span class="cell num">${count(i.alertCount)} alert${i.alertCount === 1 ? '' : 's'}</span
    ><span class="cell num">FP ${percent(i.fpProbability)}</span><span class="cell status status-${i.status}">${i.feedback ? humanize(i.feedback) : i.status}</span>`;
}

type TimelineEntry = { ts: number; body: TemplateResult };

function timeline(ctl: DashboardController, d: IncidentDetail): TimelineEntry[] {
  const alert = (a: Alert): TimelineEntry => ({
    ts: a.ts,
    body: html`${icon('warning')} <strong>Alert</strong> ${severityBadge(a.severity)} ${humanize(a.threat)} — ${a.ruleIds.slice(0, 4).map((r) => html`${ruleLink(ctl, r)} `)}
      <a href="#" @click=${(e: Event) => (e.preventDefault(), ctl.selectAlert(a.id), ctl.setTab('alerts'))}>show</a>`,
  });
  const action = (a: ActionRecord): TimelineEntry => ({
    ts: a.ts,
    body: html`${icon(ACTION_ICONS[a.kind] ?? 'zap')} <strong>Action</strong> ${humanize(a.kind)} <code>${a.target}</code> — <span class="status status-${a.status}">${humanize(a.status)}</span>
      ${a.error ? html`<span class="error-text">${a.error}</span>` : nothing}<span class="muted"> ${a.reason}</span>`,
  });
  const approval = (p: Approval): TimelineEntry => ({
    ts: p.decidedAt ?? p.requestedAt,
    body: html`${icon('question')} <strong>Approval</strong> ${humanize(p.action.kind)} <code>${p.action.target}</code> — ${humanize(p.status)}${p.decidedBy ? ` by ${p.decidedBy}` : ''}`,
  });
  return [...d.alerts.map(alert), ...d.actions.map(action), ...d.approvals.map(approval)].sort((a, b) => a.ts - b.ts);
}

function incidentDetail(ctl: DashboardController, i: Incident, d: IncidentDetail | undefined): TemplateResult {
  const busy = ctl.state.busy.has(`feedback:${i.id}`);
  return html`<article class="detail" aria-labelledby="incident-detail-title" data-testid="incident-detail">
    <header class="detail-head">
      <h3 id="incident-detail-title">${severityBadge(i.severity)} ${threatLabel(i.threat)} <span class="muted">${i.id}</span></h3>
      ${button('Close', () => ctl.selectIncident(undefined), { icon: 'close', iconOnly: true, secondary: true, name: 'Close incident details' })}
    </header>
    <dl class="facts">
      <dt>Actor</dt><dd>${actorLabel(i.actor)}</dd>
      <dt>Seen</dt><dd>${dateTime(i.firstSeen)} – ${clock(i.lastSeen)} (${count(i.alertCount)} alerts)</dd>
      <dt>Status</dt><dd>${i.status}${i.feedback ? ` · feedback: ${humanize(i.feedback)}` : ''}</dd>
      <dt>False-positive probability</dt><dd data-testid="fp-probability">${percent(i.fpProbability)}</dd>
    </dl>
    <div class="feedback" role="group" aria-label="Analyst feedback">
      ${button('False positive', () => void ctl.feedback(i.id, 'false_positive'), { icon: 'thumbsdown', secondary: i.feedback !== 'false_positive', busy })}
      ${button('Confirmed', () => void ctl.feedback(i.id, 'confirmed'), { icon: 'thumbsup', secondary: i.feedback !== 'confirmed', busy })}
    </div>
    <h4>Analyst summary <span class="muted">(${i.summarySource === 'llm' ? 'written by the language model' : 'template'})</span></h4>
    <p class="summary">${i.summary || 'No summary yet.'}</p>
    <h4>Playbook</h4>
    ${i.playbook.length
      ? html`<ul class="playbook">
          ${i.playbook.map((p) => html`<li>${icon(ACTION_ICONS[p.kind] ?? 'zap')} ${humanize(p.kind)} <code>${p.target}</code>${p.durationSec ? ` for ${duration(p.durationSec)}` : ''} <span class="pill">${humanize(p.policy)}</span> <span class="muted">${p.reason}</span></li>`)}
        </ul>`
      : emptyState('No actions planned.')}
    <h4>Timeline</h4>
    ${d
      ? html`<ol class="timeline">
          ${timeline(ctl, d).map((e) => html`<li><time>${clock(e.ts)}</time> ${e.body}</li>`)}
        </ol>`
      : html`<p class="muted"><vscode-progress-ring aria-label="Loading the timeline"></vscode-progress-ring> Loading…</p>`}
  </article>`;
}

export function incidentsView(ctl: DashboardController): TemplateResult {
  const s = ctl.state;
  const list = s.incidents;
  const selected = s.selectedIncidentId ? (s.incidentDetail?.incident ?? list.get(s.selectedIncidentId)) : undefined;
  return html`<div class="split">
    <section class="card list-card" aria-labelledby="h-incidents">
      <header class="card-head"><h2 id="h-incidents">Incidents</h2><span class="muted">${count(list.size)} recent</span></header>
      ${list.size
        ? html`<soc-virtual-list
            class="incident-list"
            label="Incidents, newest first"
            .count=${list.size}
            .rowHeight=${30}
            .selectedKey=${selected?.id}
            .renderRow=${(i: number) => incidentRow(list.at(i))}
            .rowKey=${(i: number) => list.at(i)?.id ?? String(i)}
            .head=${list.head}
            .onSelect=${(id: string) => ctl.selectIncident(id)}
          ></soc-virtual-list>`
        : emptyState('No incidents yet.')}
    </section>
    ${selected ? incidentDetail(ctl, selected, s.incidentDetail) : nothing}
  </div>`;
}
