import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { TABS } from '../../../webview/src/state/dashboard-state';
import { startTestDaemon, type TestDaemon } from '../../helpers/test-daemon';
import { launchBrowser, liftAll, openDashboard, showTab, waitLive } from './browser-harness';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core (WCAG 2 A/AA rules) on the page as it is now. */
async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through DevTools, so the page's strict CSP does not have to allow an inline script.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } };
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  });
}

/** The focused element, looking through shadow roots, described as a person would name it. */
async function focused(page: Page): Promise<{ label: string; top: number; left: number }> {
  return page.evaluate(() => {
    let el = document.activeElement;
    let host: Element | null = null;
    while (el?.shadowRoot?.activeElement) {
      host = el;
      el = el.shadowRoot.activeElement;
    }
    const target = (host ?? el) as HTMLElement | null;
    if (!target) return { label: '(nothing)', top: 0, left: 0 };
    const r = target.getBoundingClientRect();
    const name = target.getAttribute('aria-label') ?? (target.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return { label: `${target.tagName.toLowerCase()}${target.getAttribute('role') ? `[${target.getAttribute('role')}]` : ''} "${name}"`, top: Math.round(r.top + window.scrollY), left: Math.round(r.left) };
  });
}

describe('dashboard accessibility smoke check (Chromium + axe-core)', function () {
  this.timeout(120_000);
  let td: TestDaemon;
  let browser: Browser;
  let page: Page;

  before(async () => {
    td = await startTestDaemon();
    // Something on every view: an alert, an incident, actions, restrictions, audit records.
    await td.api('POST', '/api/test/scenario/data_exfiltration', {});
    browser = await launchBrowser();
    ({ page } = await openDashboard(browser, td));
  });

  after(async () => {
    await browser?.close();
    await td?.stop();
  });

  it('has no serious or critical WCAG 2 A/AA violations on any view (names, labels, contrast, ARIA)', async () => {
    const found: string[] = [];
    for (const tab of TABS) {
      await showTab(page, tab);
      if (tab === 'alerts') await page.locator('.alert-list .vlist-row').first().click();
      if (tab === 'incidents') await page.locator('.incident-list .vlist-row').first().click();
      for (const v of await axe(page)) if (v.impact === 'serious' || v.impact === 'critical') found.push(`${tab}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    }
    assert.deepEqual(found, []);
  });

  it('gives every button, input and switch an accessible name', async () => {
    await showTab(page, 'enforcement');
    // (No named helpers inside evaluate: the test transpiler would wrap them in a helper the page lacks.)
    const unnamed = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll('vscode-button, vscode-checkbox, button, a')) if (!(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()) out.push(el.outerHTML.slice(0, 80));
      for (const el of document.querySelectorAll('vscode-textfield, vscode-textarea, vscode-single-select')) {
        const inner = el.shadowRoot?.querySelector('input, textarea, [role=combobox], [tabindex]');
        const label = inner?.getAttribute('aria-label') || el.getAttribute('aria-label') || '';
        if (!label.trim()) out.push(el.outerHTML.slice(0, 80));
      }
      return out;
    });
    assert.deepEqual(unnamed, []);
  });

  it('moves focus in layout order with Tab, and works the alert list with the keyboard', async () => {
    await liftAll(td);
    await showTab(page, 'scenarios');
    // Start where a person starts: a freshly loaded page (the open tab is kept in the URL).
    await page.reload();
    await waitLive(page);
    await page.getByTestId('run-prompt_injection').waitFor();
    const order: { label: string; top: number; left: number }[] = [];
    // One pass through the page: Tab until focus leaves the document (back to the body).
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.label.startsWith('body')) break;
      order.push(f);
    }
    console.log(`      focus order: ${order.map((o) => o.label).join(' → ')}`);
    const labels = order.map((o) => o.label);
    const switchAt = labels.findIndex((l) => /vscode-checkbox/.test(l));
    const tabAt = labels.findIndex((l) => /\[tab\]/.test(l));
    const runs = labels.filter((l) => /Run /.test(l));
    assert.ok(switchAt >= 0 && tabAt > switchAt, `monitoring switch, then the tabs: ${labels.join(', ')}`);
    assert.deepEqual(
      runs.map((l) => l.replace(/.*"Run (.*)"/, '$1')),
      ['Prompt injection', 'Data exfiltration', 'System manipulation', 'Malicious input (XSS / SQL injection)', 'Privacy violation', 'Rate-limit abuse'],
    );
    // Reading order: never back up the page (a row of cards reads left to right).
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1], order[i]];
      assert.ok(b.top > a.top - 5 || (Math.abs(b.top - a.top) < 40 && b.left > a.left) || b.top >= a.top, `focus went back up: ${a.label} → ${b.label}`);
    }

    // The alert list is one tab stop; arrows move through it and Enter opens the alert.
    await showTab(page, 'alerts');
    await page.locator('.alert-list .vlist').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByTestId('alert-detail').waitFor();
  });
});
