import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startTestDaemon, type TestDaemon } from '../../helpers/test-daemon';
import { launchBrowser, screenshot, showTab, waitLive } from './browser-harness';
import { EndpointSwitch, openFakeWebview, WEBVIEW_ORIGIN, type FakeWebview } from './vscode-webview-harness';

describe('dashboard as a VS Code webview: typed postMessage through the extension’s bridge (Chromium, real daemon)', function () {
  this.timeout(120_000);
  let td: TestDaemon;
  let browser: Browser;
  let source: EndpointSwitch;
  let view: FakeWebview;
  let token: string;
  // A restarted daemon keeps the first one's token (startTestDaemon's own `api` would send a new one).
  const api = (d: TestDaemon, method: string, path: string): ReturnType<TestDaemon['api']> => d.api(method, path, {}, { authorization: `Bearer ${token}` });

  before(async () => {
    td = await startTestDaemon();
    token = td.token;
    source = new EndpointSwitch({ url: td.url, token });
    browser = await launchBrowser();
    view = await openFakeWebview(browser, source);
    await waitLive(view.page);
  });

  after(async () => {
    view?.bridge.dispose();
    await browser?.close();
    await td?.stop();
  });

  it('shows a live alert that arrives through the extension, with no network access of its own', async () => {
    const { page } = view;
    await showTab(page, 'alerts');
    await td.api('POST', '/api/test/scenario/prompt_injection', {});
    await page.locator('.alert-list .vlist-row', { hasText: 'Prompt injection' }).first().click();
    await page.getByTestId('alert-detail').locator('mark').first().waitFor();
    await screenshot(page, 'vscode-panel-alerts');

    // The page only ever loaded its own bundle; every API call and the live stream went through postMessage.
    assert.deepEqual(view.requests.filter((u) => !u.startsWith(WEBVIEW_ORIGIN)), []);
    // The token stayed in the extension.
    assert.ok(!JSON.stringify(view.posted).includes(td.token));
    assert.ok(!(await page.content()).includes(td.token));
    assert.deepEqual(view.errors, []);
    // The page tells the extension what it shows (the `socAgents.dashboardStatus` command reads this).
    await waitFor(() => (view.session.shown?.alerts ?? 0) >= 1 && view.session.shown?.connection === 'open');
  });

  it('opens rule documentation through the extension and refuses paths outside /api/', async () => {
    const { page } = view;
    await page.getByTestId('alert-detail').locator('a.rule').first().click();
    await waitFor(() => view.ruleDocsOpened.length === 1);
    assert.match(view.ruleDocsOpened[0], /^pi-/);
    const refused = await view.bridge.request('GET', '/metrics');
    assert.equal(refused.status, 400);
    const escape = await view.bridge.request('GET', '/api/../login?token=x');
    assert.equal(escape.status, 400);
  });

  it('shows "daemon unreachable" instead of stale data, then reconnects by itself when the daemon is back', async () => {
    const { page } = view;
    const port = td.daemon.port;
    const dataDir = td.dataDir;
    await td.daemon.stop();
    await page.getByTestId('unreachable').waitFor();
    assert.equal(await page.locator('.alert-list').count(), 0, 'no stale alerts on screen');
    await screenshot(page, 'vscode-panel-unreachable');

    // The same daemon comes back on the same port: the bridge's backoff finds it without help.
    // (It reuses the data folder; its own stop() removes that folder at the end.)
    td = await startTestDaemon({ port, dataDir }, { SOC_AGENTS_TOKEN: token });
    await waitLive(page, 30_000);
    await showTab(page, 'alerts');
    // Data from before the restart is reloaded from the store, and new alerts arrive live again.
    await page.locator('.alert-list .vlist-row', { hasText: 'Prompt injection' }).first().waitFor();
    await api(td, 'POST', '/api/test/scenario/data_exfiltration');
    await page.locator('.alert-list .vlist-row', { hasText: 'Data exfiltration' }).first().waitFor();
  });

  it('follows the daemon to a new port at once when the extension says it moved', async () => {
    const { page } = view;
    const old = td;
    const moved = await startTestDaemon({}, { SOC_AGENTS_TOKEN: token });
    await old.stop();
    source.set({ url: moved.url, token });
    td = moved;
    await waitLive(page, 15_000);
    await api(moved, 'POST', '/api/test/scenario/system_manipulation');
    await showTab(page, 'alerts');
    await page.locator('.alert-list .vlist-row', { hasText: 'System manipula' }).first().waitFor();
  });

  it('fits the sidebar: the same bundle in a narrow view', async () => {
    const side = await openFakeWebview(browser, source, 'sidebar', { width: 340, height: 800 });
    await waitLive(side.page);
    await showTab(side.page, 'overview');
    await screenshot(side.page, 'vscode-sidebar');
    assert.ok(await side.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no horizontal scrolling in the sidebar');
    side.bridge.dispose();
    await side.page.context().close();
  });
});

/** Waits for a condition on the Node side (the extension's view of the webview), checking on each turn. */
async function waitFor(cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setImmediate(r));
  }
}
