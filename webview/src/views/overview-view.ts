import { html, nothing, type TemplateResult } from 'lit';
import type uPlot from 'uplot';
import type { DashboardController } from '../controller';
import { SEVERITY_KEYS, THREAT_KEYS, type SeriesPoint } from '../state/stats-series';
import type { ChartSeries } from '../widgets/time-chart';
import { emptyState, icon, section, severityBadge } from './common';
import { ACTION_ICONS, clock, count, duration, humanize } from './format';

const SEVERITY_SERIES: ChartSeries[] = [
  { label: 'critical', colorVar: '--vscode-charts-red' },
  { label: 'high', colorVar: '--vscode-charts-orange' },
  { label: 'medium', colorVar: '--vscode-charts-yellow' },
  { label: 'low', colorVar: '--vscode-charts-blue' },
];
const THREAT_COLORS = ['--vscode-charts-red', '--vscode-charts-purple', '--vscode-charts-orange', '--vscode-charts-blue', '--vscode-charts-yellow', '--vscode-charts-green', '--vscode-charts-foreground'];
const THREAT_SERIES: ChartSeries[] = THREAT_KEYS.map((k, i) => ({ label: humanize(k), colorVar: THREAT_COLORS[i] }));

function chartData(points: readonly SeriesPoint[], keys: readonly string[], pick: (p: SeriesPoint) => Record<string, number>): uPlot.AlignedData {
  // Until two samples exist, draw an empty five-minute window rather than a meaningless axis.
  if (points.length < 2) {
    const now = Date.now() / 1000;
    return [[now - 300, now], ...keys.map(() => [0, 0])];
  }
  return [points.map((p) => p.t), ...keys.map((k) => points.map((p) => pick(p)[k] ?? 0))];
}

function metric(label: string, value: string, testId: string, hint?: string): TemplateResult {
  return html`<div class="metric" data-testid=${testId}>
    <span class="metric-value">${value}</span><span class="metric-label">${label}</span>${hint ? html`<span class="metric-hint">${hint}</span>` : nothing}
  </div>`;
}

const CIRCUIT_TEXT: Record<string, string> = {
  closed: 'healthy',
  'half-open': 'recovering (half-open)',
  open: 'failing (circuit open)',
  isolated: 'isolated by hand',
};

export function overviewView(ctl: DashboardController): TemplateResult {
  const s = ctl.state;
  const st = s.stats;
  const status = s.status;
  const llm = status?.llm;
  const points = s.series.list();
  const sevTotals = st?.alerts.bySeverity ?? {};
  const metrics = html`<div class="metrics">
    ${metric('messages scanned', count(st?.events.scanned), 'metric-scanned')} ${metric('alerts', count(st?.alerts.total), 'metric-alerts')}
    ${metric('incidents opened', count(st?.incidents.opened), 'metric-incidents')} ${metric('actions taken', count(st?.actions.total), 'metric-actions')}
    ${metric('active restrictions', count(st?.enforcement.active ?? s.enforcement.size), 'metric-enforcement')} ${metric('approvals pending', count(st?.approvalsPending ?? s.approvals.size), 'metric-approvals')}
    ${metric('uptime', duration(st?.uptimeSec ?? status?.uptimeSec ?? 0), 'metric-uptime')}
  </div>`;
  const health = html`<dl class="facts" data-testid="health">
    <dt>Upstream LLM</dt>
    <dd>
      ${llm
        ? html`<span class="circuit circuit-${llm.circuit}">${llm.configured ? CIRCUIT_TEXT[llm.circuit] ?? llm.circuit : 'not configured (fallback responder)'}</span>
            ${llm.configured ? html` · ${llm.model}${llm.lastLatencyMs !== undefined ? ` · ${llm.lastLatencyMs} ms` : ''}` : nothing}
            ${llm.lastError ? html`<br /><span class="error-text">${llm.lastError}</span>` : nothing}`
        : '—'}
    </dd>
    <dt>Remediation queue</dt>
    <dd>${st ? `${st.queues.remediation.depth} / ${st.queues.remediation.capacity}${st.queues.remediation.overflowed ? ` (${st.queues.remediation.overflowed} overflowed)` : ''}` : '—'}</dd>
    <dt>Event queue</dt>
    <dd>${st ? `${st.events.pending} pending · ${count(st.events.refused)} refused` : '—'}</dd>
    <dt>Store write buffer</dt>
    <dd>${st ? count(st.queues.storeBuffered) : '—'}</dd>
    <dt>Environment</dt>
    <dd>${status?.environment ?? '—'} · ${status?.securityMode ?? '—'} mode</dd>
    <dt>Daemon</dt>
    <dd>${s.server ? `${s.server.name} ${s.server.version}` : '—'}${st ? ` · ${st.stream.clients} live client${st.stream.clients === 1 ? '' : 's'}` : ''}</dd>
  </dl>`;
  const sevText = SEVERITY_KEYS.map((k) => `${k} ${sevTotals[k] ?? 0}`).join(', ');
  const charts = html`<div class="charts">
    <figure>
      <figcaption>Alerts by severity (per 2 s)</figcaption>
      <soc-time-chart .series=${SEVERITY_SERIES} .data=${chartData(points, SEVERITY_KEYS, (p) => p.bySeverity)} label=${`Alerts by severity over time. Totals: ${sevText}`}></soc-time-chart>
      <p class="totals">${SEVERITY_KEYS.map((k) => html`${severityBadge(k)} ${count(sevTotals[k])} `)}</p>
    </figure>
    <figure>
      <figcaption>Alerts by threat type (per 2 s)</figcaption>
      <soc-time-chart
        .series=${THREAT_SERIES}
        .data=${chartData(points, THREAT_KEYS, (p) => p.byThreat)}
        label=${`Alerts by threat type over time. Totals: ${THREAT_KEYS.map((k) => `${humanize(k)} ${st?.alerts.byThreat[k] ?? 0}`).join(', ')}`}
      ></soc-time-chart>
    </figure>
  </div>`;
  const actions = ctl.recentActions().slice(0, 12);
  const actionList = actions.length
    ? html`<ul class="feed" data-testid="action-feed">
        ${actions.map(
          (a) => html`<li>
            <time>${clock(a.ts)}</time> ${icon(ACTION_ICONS[a.kind] ?? 'zap')} ${humanize(a.kind)} <code>${a.target}</code>
            <span class="status status-${a.status}">${humanize(a.status)}</span>
            <a href="#" @click=${(e: Event) => (e.preventDefault(), ctl.selectIncident(a.incidentId, true))}>incident</a>
          </li>`,
        )}
      </ul>`
    : emptyState('No actions since this page connected.');
  return html`<div class="overview">
    ${section('metrics', 'Status and metrics', html`${metrics}${health}`)} ${section('charts', 'Alerts over time', charts)}
    ${section('actions', 'Latest actions', actionList, html`<span class="muted">${count(st?.actions.total)} in total</span>`)}
  </div>`;
}
