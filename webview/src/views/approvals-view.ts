import { html, type TemplateResult } from 'lit';
import type { DashboardController } from '../controller';
import { button, emptyState, section } from './common';
import { clock, duration, humanize, timeLeft } from './format';

export function approvalsView(ctl: DashboardController): TemplateResult {
  const pending = [...ctl.state.approvals.values()].sort((a, b) => a.requestedAt - b.requestedAt);
  const body = pending.length
    ? html`<table class="grid" data-testid="approvals">
        <thead>
          <tr><th scope="col">Requested</th><th scope="col">Action</th><th scope="col">Target</th><th scope="col">Reason</th><th scope="col">Incident</th><th scope="col">Expires in</th><th scope="col"><span class="sr-only">Decision</span></th></tr>
        </thead>
        <tbody>
          ${pending.map((p) => {
            const busy = ctl.state.busy.has(`approval:${p.id}`);
            return html`<tr>
              <td>${clock(p.requestedAt)}</td>
              <td>${humanize(p.action.kind)}${p.action.durationSec ? ` for ${duration(p.action.durationSec)}` : ''}</td>
              <td><code>${p.action.target}</code></td>
              <td>${p.action.reason}</td>
              <td><a href="#" @click=${(e: Event) => (e.preventDefault(), ctl.selectIncident(p.incidentId, true))}>${p.incidentId}</a></td>
              <td class="num">${timeLeft(p.expiresAt)}</td>
              <td class="actions">
                ${button('Approve', () => void ctl.decide(p.id, 'approve'), { icon: 'check', busy, name: `Approve ${humanize(p.action.kind)} ${p.action.target}` })}
                ${button('Reject', () => void ctl.decide(p.id, 'reject'), { icon: 'close', secondary: true, busy, name: `Reject ${humanize(p.action.kind)} ${p.action.target}` })}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>`
    : emptyState('Nothing waits for approval. Actions whose policy is "approval" appear here before they run.');
  return section('approvals', `Pending approvals (${pending.length})`, body);
}
