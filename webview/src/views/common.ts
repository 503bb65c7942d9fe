import { html, nothing, type TemplateResult } from 'lit';
import type { DashboardController } from '../controller';
import { humanize } from './format';

/** A VS Code button; `label` is also its accessible name when only the icon shows. */
export function button(
  label: string,
  onClick: () => void,
  opts: { icon?: string; secondary?: boolean; busy?: boolean; disabled?: boolean; iconOnly?: boolean; name?: string; testId?: string } = {},
): TemplateResult {
  return html`<vscode-button
    icon=${opts.busy ? 'loading' : (opts.icon ?? '')}
    ?icon-spin=${opts.busy}
    ?secondary=${opts.secondary}
    ?disabled=${opts.disabled || opts.busy}
    ?icon-only=${opts.iconOnly}
    aria-label=${opts.name ?? label}
    title=${opts.name ?? label}
    data-testid=${opts.testId ?? nothing}
    @click=${onClick}
    >${opts.iconOnly ? nothing : label}</vscode-button
  >`;
}

export function severityBadge(sev: string): TemplateResult {
  return html`<span class="sev sev-${sev}">${sev}</span>`;
}

export function threatLabel(threat: string): TemplateResult {
  return html`<span class="threat">${humanize(threat)}</span>`;
}

/**
 * A codicon drawn with the page's own codicon stylesheet (light DOM). Unlike <vscode-icon>, it needs
 * no stylesheet fetch per icon, so icons still show while the daemon that serves them is down.
 */
export function icon(name: string, label?: string): TemplateResult {
  const cls = `codicon codicon-${name}${name === 'loading' ? ' codicon-modifier-spin' : ''}`;
  return label ? html`<span class=${cls} role="img" aria-label=${label}></span>` : html`<span class=${cls} aria-hidden="true"></span>`;
}

/** A rule id that opens its documentation: a real link in the browser, a message to the extension in VS Code. */
export function ruleLink(ctl: DashboardController, id: string): TemplateResult {
  const rule = ctl.state.rules.get(id);
  const title = rule ? `${rule.title} — ${rule.description}` : `Documentation for rule ${id}`;
  const href = ctl.ruleDocHref(id);
  if (href) return html`<a class="rule" href=${href} target="_blank" rel="noopener noreferrer" title=${title}>${id}</a>`;
  return html`<a
    class="rule"
    href="#"
    role="link"
    title=${title}
    @click=${(e: Event) => {
      e.preventDefault();
      ctl.openRuleDoc(id);
    }}
    >${id}</a
  >`;
}

export function emptyState(text: string): TemplateResult {
  return html`<p class="empty">${text}</p>`;
}

/** A section with a heading; `id` ties the heading to the region for screen readers. */
export function section(id: string, title: string, body: unknown, extra: unknown = nothing): TemplateResult {
  return html`<section class="card" aria-labelledby="h-${id}">
    <header class="card-head"><h2 id="h-${id}">${title}</h2>${extra}</header>
    ${body}
  </section>`;
}
