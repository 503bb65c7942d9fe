import { html, nothing, type TemplateResult } from 'lit';
import type { DashboardController } from '../controller';
import { button, emptyState, icon } from './common';
import { securityCheckView } from './security-check-view';
import { humanize } from './format';

export function scenariosView(ctl: DashboardController): TemplateResult {
  const s = ctl.state;
  if (!s.scenarios.length) return emptyState('Loading the attack scenarios…');
  const monitoring = s.status?.monitoring !== false;
  return html`<div class="scenario-grid">
    ${monitoring ? nothing : html`<p class="banner warning" role="note">Monitoring is off: switch it on to run scenarios.</p>`}
    ${s.scenarios.map((sc) => {
      const run = s.scenarioRuns.get(sc.name);
      const r = run?.report;
      return html`<section class="card scenario" aria-labelledby="h-sc-${sc.name}" data-scenario=${sc.name}>
        <header class="card-head"><h2 id="h-sc-${sc.name}">${sc.title}</h2></header>
        <p class="muted">${sc.description}</p>
        ${button(`Run ${sc.title}`, () => void ctl.runScenario(sc.name), { icon: 'play', busy: run?.running, disabled: !monitoring, testId: `run-${sc.name}` })}
        ${run?.error ? html`<p class="error-text" role="alert">${run.error}</p>` : nothing}
        ${r
          ? html`<div class="scenario-result" data-testid="scenario-result" aria-live="polite">
              <p>
                ${icon(r.detected ? 'pass-filled' : 'error', r.detected ? 'detected' : 'not detected')}
                <strong>${r.detected ? `Detected: ${humanize(r.expected_threat)}` : `Not detected (expected ${humanize(r.expected_threat)})`}</strong>
                · ${r.messages_sent} message${r.messages_sent === 1 ? '' : 's'} sent${r.refused ? ` · ${r.refused} refused by enforcement` : ''}
              </p>
              ${securityCheckView(ctl, r.security_check)}
            </div>`
          : nothing}
      </section>`;
    })}
  </div>`;
}
