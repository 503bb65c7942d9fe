import { html, nothing, type TemplateResult } from 'lit';
import type { DashboardController } from '../controller';
import { TABS, type TabId } from '../state/dashboard-state';
import { alertsView } from './alerts-view';
import { approvalsView } from './approvals-view';
import { auditView } from './audit-view';
import { chatView } from './chat-view';
import { button, icon } from './common';
import { enforcementView } from './enforcement-view';
import { duration } from './format';
import { incidentsView } from './incidents-view';
import { overviewView } from './overview-view';
import { scenariosView } from './scenarios-view';

const TAB_META: Record<TabId, { label: string; icon: string }> = {
  overview: { label: 'Overview', icon: 'dashboard' },
  alerts: { label: 'Alerts', icon: 'warning' },
  incidents: { label: 'Incidents', icon: 'issues' },
  enforcement: { label: 'Enforcement', icon: 'shield' },
  approvals: { label: 'Approvals', icon: 'checklist' },
  scenarios: { label: 'Scenarios', icon: 'beaker' },
  chat: { label: 'Chat', icon: 'comment-discussion' },
  audit: { label: 'Audit', icon: 'history' },
};

function badge(ctl: DashboardController, tab: TabId): number | undefined {
  const s = ctl.state;
  if (tab === 'approvals') return s.approvals.size || undefined;
  if (tab === 'enforcement') return s.enforcement.size || undefined;
  return undefined;
}

function connectionBadge(ctl: DashboardController): TemplateResult {
  const c = ctl.state.connection;
  const [cls, text] =
    c.status === 'open'
      ? ctl.state.synced
        ? ['live', 'Live']
        : ['connecting', 'Loading…']
      : c.status === 'connecting'
        ? ['connecting', 'Connecting…']
        : ['down', 'Daemon unreachable'];
  return html`<span class="conn conn-${cls}" role="status" data-testid="connection">${icon(cls === 'live' ? 'circle-filled' : cls === 'down' ? 'debug-disconnect' : 'loading')} ${text}</span>`;
}

function unreachable(ctl: DashboardController): TemplateResult {
  const c = ctl.state.connection;
  const reason = c.status === 'unreachable' || c.status === 'stopped' ? c.reason : '';
  const retry = c.status === 'unreachable' ? `Retrying in ${duration(c.retryInMs / 1000)} (attempt ${c.attempt}).` : c.status === 'stopped' ? '' : 'Connecting…';
  return html`<section class="unreachable" role="alert" aria-labelledby="h-unreachable" data-testid="unreachable">
    ${icon('debug-disconnect')}
    <h2 id="h-unreachable">${c.status === 'stopped' ? 'The daemon is not running' : 'Daemon unreachable'}</h2>
    <p>${reason}</p>
    <p class="muted">${retry} Nothing below is shown until the dashboard is connected again, so you never act on stale data.</p>
    ${button('Retry now', () => ctl.reconnect())}
  </section>`;
}

function panel(ctl: DashboardController, tab: TabId): TemplateResult {
  switch (tab) {
    case 'overview':
      return overviewView(ctl);
    case 'alerts':
      return alertsView(ctl);
    case 'incidents':
      return incidentsView(ctl);
    case 'enforcement':
      return enforcementView(ctl);
    case 'approvals':
      return approvalsView(ctl);
    case 'scenarios':
      return scenariosView(ctl);
    case 'chat':
      return chatView(ctl);
    case 'audit':
      return auditView(ctl);
  }
}

export function appView(ctl: DashboardController): TemplateResult {
  const s = ctl.state;
  const connected = s.connection.status === 'open';
  const monitoring = s.status?.monitoring ?? false;
  const selected = TABS.indexOf(s.tab);
  return html`<header class="topbar">
      <h1 class="brand">${icon('shield')} SOC AI Agents</h1>
      ${connectionBadge(ctl)}
      ${connected
        ? // Never toggled to disabled: vscode-checkbox then loses its tab stop for good (it keeps tabindex -1).
          html`<vscode-checkbox
            toggle
            class="monitoring"
            data-testid="monitoring"
            ?checked=${monitoring}
            aria-busy=${s.busy.has('monitoring') ? 'true' : 'false'}
            @change=${(e: Event) => {
              if (!s.busy.has('monitoring')) void ctl.toggleMonitoring((e.currentTarget as HTMLInputElement).checked);
            }}
            >Monitoring</vscode-checkbox
          >`
        : nothing}
    </header>
    ${s.notices.length
      ? html`<div class="notices" role="alert">
          ${s.notices.map(
            (n) => html`<p class="banner ${n.kind}">${icon(n.kind === 'error' ? 'error' : 'info')} <span>${n.text}</span> ${button('Dismiss', () => ctl.dismissNotice(n.id), { icon: 'close', iconOnly: true, secondary: true, name: 'Dismiss message' })}</p>`,
          )}
        </div>`
      : nothing}
    ${s.missed ? html`<p class="banner info" role="status">${s.missed} live updates were skipped while this page was busy; the lists were reloaded.</p>` : nothing}
    ${connected
      ? html`<vscode-tabs
          .selectedIndex=${selected}
          @vsc-tabs-select=${(e: CustomEvent<{ selectedIndex: number }>) => ctl.setTab(TABS[e.detail.selectedIndex] ?? 'overview')}
        >
          ${TABS.map((t) => {
            const n = badge(ctl, t);
            // In a narrow view only the icon shows; the label stays for screen readers and as a tooltip.
            return html`<vscode-tab-header slot="header" data-tab=${t} title=${TAB_META[t].label}
              >${icon(TAB_META[t].icon)} <span class="tab-label">${TAB_META[t].label}</span>${n
                ? html` <vscode-badge variant="counter" aria-label=${`${n} active`}>${n}</vscode-badge>`
                : nothing}</vscode-tab-header
            >`;
          })}
          ${TABS.map((t) => html`<vscode-tab-panel data-panel=${t}>${t === s.tab ? panel(ctl, t) : nothing}</vscode-tab-panel>`)}
        </vscode-tabs>`
      : unreachable(ctl)}`;
}
