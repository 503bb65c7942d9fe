import { html, nothing, type TemplateResult } from 'lit';
import type { DashboardController } from '../controller';
import { errorMessage } from '../state/api-types';
import type { ChatTurn } from '../state/dashboard-state';
import { emptyState, icon } from './common';
import { securityCheckView } from './security-check-view';

function turnView(ctl: DashboardController, t: ChatTurn): TemplateResult {
  const a = t.answer;
  const refused = t.status !== undefined && t.status !== 200;
  return html`<li class="turn" data-testid="chat-turn">
    <div class="bubble user"><span class="who">${icon('account')} You</span><p>${t.message}</p></div>
    <div class="bubble assistant ${refused ? 'refused' : ''}">
      <span class="who">${icon('hubot')} Assistant</span>
      ${t.pending
        ? html`<p class="muted"><vscode-progress-ring aria-label="Waiting for the answer"></vscode-progress-ring> Thinking…</p>`
        : refused
          ? html`<p class="error-text">${errorMessage(a, t.status ?? 0)}</p>`
          : html`<p>${a?.response ?? ''}</p>`}
      ${a?.security_check ? securityCheckView(ctl, a.security_check) : nothing}
    </div>
  </li>`;
}

function send(ctl: DashboardController, e: Event): void {
  e.preventDefault();
  const form = e.currentTarget as HTMLFormElement;
  const input = form.querySelector<HTMLElement & { value: string }>('#chat-input');
  const text = input?.value.trim();
  if (!input || !text) return;
  input.value = '';
  void ctl.sendChat(text);
}

export function chatView(ctl: DashboardController): TemplateResult {
  const turns = ctl.state.chat;
  const pending = turns.some((t) => t.pending);
  return html`<section class="card chat" aria-labelledby="h-chat">
    <header class="card-head"><h2 id="h-chat">Chat</h2><span class="muted">Every message goes through the SOC first; attacks never reach the model.</span></header>
    ${turns.length ? html`<ol class="turns" aria-live="polite">${turns.map((t) => turnView(ctl, t))}</ol>` : emptyState('Try a normal question, then an attack such as “ignore all previous instructions”.')}
    <form class="chat-form" @submit=${(e: Event) => send(ctl, e)}>
      <vscode-textarea
        id="chat-input"
        rows="2"
        .label=${'Message'}
        aria-label="Message"
        placeholder="Type a message…"
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            (e.currentTarget as HTMLElement).closest('form')?.requestSubmit();
          }
        }}
      ></vscode-textarea>
      <vscode-button type="submit" icon=${pending ? 'loading' : 'send'} ?icon-spin=${pending}>Send</vscode-button>
    </form>
  </section>`;
}
