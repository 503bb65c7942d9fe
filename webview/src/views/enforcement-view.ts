import { html, type TemplateResult } from 'lit';
import type { EnforcementEntry, EnforcementKind } from '../../../daemon/src/protocol/domain';
import type { DashboardController } from '../controller';
import { enforcementKey } from '../state/dashboard-state';
import { button, emptyState, section } from './common';
import { ENFORCEMENT_LABELS, timeLeft } from './format';

const KINDS: EnforcementKind[] = ['block_ip', 'rate_limit', 'terminate_session', 'suspend_user'];

function group(ctl: DashboardController, kind: EnforcementKind, entries: EnforcementEntry[]): TemplateResult {
  const labels = ENFORCEMENT_LABELS[kind];
  const body = entries.length
    ? html`<table class="grid" data-testid="enforcement-${kind}">
        <thead>
          <tr><th scope="col">${labels.noun}</th><th scope="col">Reason</th><th scope="col">Time left</th><th scope="col">Offenses</th><th scope="col"><span class="sr-only">Undo</span></th></tr>
        </thead>
        <tbody>
          ${entries.map(
            (e) => html`<tr>
              <td><code>${e.target}</code>${e.limit ? html` <span class="muted">${e.limit.requests} per ${e.limit.windowSec}s</span>` : ''}</td>
              <td>${e.reason}</td>
              <td class="num">${timeLeft(e.expiresAt)}</td>
              <td class="num">${e.offenses}</td>
              <td>${button(labels.undo, () => void ctl.lift(e), { icon: 'debug-restart', secondary: true, busy: ctl.state.busy.has(`lift:${enforcementKey(e)}`), name: `${labels.undo} ${e.target}` })}</td>
            </tr>`,
          )}
        </tbody>
      </table>`
    : emptyState('None.');
  return section(`enf-${kind}`, `${labels.title} (${entries.length})`, body);
}

function field<T extends HTMLElement>(root: Element, id: string): T | null {
  return root.querySelector<T>(`#${id}`);
}

function submitManual(ctl: DashboardController, ev: Event): void {
  ev.preventDefault();
  const form = ev.currentTarget as HTMLFormElement;
  const kind = (field<HTMLElement & { value: string }>(form, 'manual-kind')?.value ?? 'block_ip') as EnforcementKind;
  const target = field<HTMLElement & { value: string }>(form, 'manual-target');
  const duration = Number(field<HTMLElement & { value: string }>(form, 'manual-duration')?.value || 0);
  const reason = field<HTMLElement & { value: string }>(form, 'manual-reason')?.value ?? '';
  if (!target?.value.trim()) {
    target?.focus();
    return;
  }
  void ctl.applyManual(kind, target.value.trim(), Number.isFinite(duration) && duration > 0 ? Math.round(duration) : undefined, reason.trim()).then((ok) => {
    if (ok) target.value = '';
  });
}

function manualForm(ctl: DashboardController): TemplateResult {
  const busy = KINDS.some((k) => ctl.state.busy.has(`manual:${k}`));
  return section(
    'manual',
    'Manual action',
    html`<form class="manual-form" @submit=${(e: Event) => submitManual(ctl, e)}>
      <div class="field">
        <vscode-label for="manual-kind">Action</vscode-label>
        <vscode-single-select id="manual-kind" aria-label="Action">
          <vscode-option value="block_ip" selected>Block IP</vscode-option>
          <vscode-option value="terminate_session">Terminate session</vscode-option>
          <vscode-option value="suspend_user">Suspend user</vscode-option>
          <vscode-option value="rate_limit">Rate limit</vscode-option>
        </vscode-single-select>
      </div>
      <div class="field">
        <vscode-label for="manual-target">Target (IP, session id or user id)</vscode-label>
        <vscode-textfield id="manual-target" .label=${'Target (IP, session id or user id)'} placeholder="203.0.113.9"></vscode-textfield>
      </div>
      <div class="field">
        <vscode-label for="manual-duration">Duration in seconds (optional)</vscode-label>
        <vscode-textfield id="manual-duration" type="number" min="1" .label=${'Duration in seconds (optional)'} placeholder="3600"></vscode-textfield>
      </div>
      <div class="field">
        <vscode-label for="manual-reason">Reason</vscode-label>
        <vscode-textfield id="manual-reason" .label=${'Reason'} placeholder="why (kept in the audit trail)"></vscode-textfield>
      </div>
      <vscode-button type="submit" icon=${busy ? 'loading' : 'shield'} ?icon-spin=${busy} ?disabled=${busy}
        >Apply</vscode-button
      >
    </form>`,
  );
}

export function enforcementView(ctl: DashboardController): TemplateResult {
  const all = [...ctl.state.enforcement.values()].sort((a, b) => b.createdAt - a.createdAt);
  return html`<div class="stack">
    ${all.length ? '' : emptyState('No active restrictions: nobody is blocked, rate-limited, terminated or suspended.')}
    ${KINDS.map((k) => group(ctl, k, all.filter((e) => e.kind === k)))} ${manualForm(ctl)}
  </div>`;
}
