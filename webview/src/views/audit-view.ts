import { html, nothing, type TemplateResult } from 'lit';
import type { DashboardController } from '../controller';
import { emptyState, icon, section } from './common';
import { count, dateTime } from './format';

function verifyBanner(ctl: DashboardController): TemplateResult {
  const v = ctl.state.audit.verify;
  if (!v) return html`<p class="muted">Verifying the hash chain…</p>`;
  return v.ok
    ? html`<p class="banner ok" data-testid="audit-verify">${icon('verified-filled')} Hash chain verified: ${count(v.checked)} records, none altered.</p>`
    : html`<p class="banner error" role="alert" data-testid="audit-verify">
        ${icon('error')} Hash chain broken at record ${v.brokenAt ?? '?'}: ${v.reason ?? 'a record was changed or removed'} (${count(v.checked)} checked).
      </p>`;
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;

export function auditView(ctl: DashboardController): TemplateResult {
  const a = ctl.state.audit;
  const body = html`${verifyBanner(ctl)}
    <form class="audit-search" role="search" @submit=${(e: Event) => (e.preventDefault(), void ctl.searchAudit(((e.currentTarget as HTMLFormElement).querySelector('#audit-search') as HTMLElement & { value: string }).value))}>
      <vscode-textfield
        id="audit-search"
        type="search"
        .label=${'Search the audit trail'}
        aria-label="Search the audit trail"
        placeholder="Search actions, targets, reasons…"
        .value=${a.query}
        @input=${(e: Event) => {
          const v = (e.currentTarget as HTMLElement & { value: string }).value;
          clearTimeout(searchTimer);
          searchTimer = setTimeout(() => void ctl.searchAudit(v), 300);
        }}
      ></vscode-textfield>
      <vscode-button type="submit" secondary icon=${a.loading ? 'loading' : 'search'} ?icon-spin=${a.loading}>Search</vscode-button>
    </form>
    ${a.error ? html`<p class="error-text" role="alert">${a.error}</p>` : nothing}
    ${a.records.length
      ? html`<table class="grid audit" data-testid="audit-table">
          <thead><tr><th scope="col">#</th><th scope="col">Time</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Target</th><th scope="col">Reason</th></tr></thead>
          <tbody>
            ${a.records.map((r) => html`<tr><td class="num">${r.seq}</td><td class="nowrap">${dateTime(r.ts)}</td><td>${r.actor}</td><td>${r.action}</td><td><code>${r.target}</code></td><td>${r.reason}</td></tr>`)}
          </tbody>
        </table>`
      : a.loading
        ? nothing
        : emptyState(a.query ? `Nothing in the audit trail matches “${a.query}”.` : 'The audit trail is empty.')}`;
  return section('audit', 'Audit trail', body, html`<span class="muted">${count(a.records.length)} records${a.records.length >= 500 ? ' (newest 500)' : ''}</span>`);
}
