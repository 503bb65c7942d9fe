import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startTestDaemon, type TestDaemon } from '../../helpers/test-daemon';
import { launchBrowser, openDashboard, screenshot, showTab, waitLive } from './browser-harness';

describe('browser dashboard when the daemon goes away and comes back', function () {
  this.timeout(120_000);
  let td: TestDaemon;
  let browser: Browser;
  let page: Page;

  before(async () => {
    td = await startTestDaemon();
    await td.api('POST', '/api/test/scenario/privacy_violation', {});
    browser = await launchBrowser();
    ({ page } = await openDashboard(browser, td));
    await showTab(page, 'alerts');
    await page.locator('.alert-list .vlist-row', { hasText: 'Privacy violation' }).first().waitFor();
  });

  after(async () => {
    await browser?.close();
    await td?.stop();
  });

  it('replaces the data with a clear "daemon unreachable" notice, retries with backoff, and comes back after sign-in', async () => {
    const { port, dataDir } = { port: td.daemon.port, dataDir: td.dataDir };
    const token = td.token;
    await td.daemon.stop();
    const notice = page.getByTestId('unreachable');
    await notice.waitFor();
    assert.match(await notice.innerText(), /Daemon unreachable/);
    assert.match(await notice.innerText(), /Retrying in/);
    assert.equal(await page.locator('.alert-list').count(), 0, 'no stale alerts stay on screen');
    assert.equal(await page.getByTestId('monitoring').count(), 0, 'no controls that would act on a dead daemon');
    await screenshot(page, 'unreachable');

    td = await startTestDaemon({ port, dataDir }, { SOC_AGENTS_TOKEN: token });
    // The page finds the daemon again by itself. Browser sessions live in the daemon's memory, so a
    // restarted daemon asks for a new login link, and the page says exactly that.
    const back = await Promise.race([
      waitLive(page, 60_000).then(() => 'live' as const),
      page.getByText('not signed in').waitFor({ timeout: 60_000 }).then(() => 'sign-in' as const),
    ]);
    if (back === 'sign-in') {
      await screenshot(page, 'sign-in-needed');
      await page.goto(td.daemon.loginUrl());
      await waitLive(page);
    }
    await showTab(page, 'alerts');
    await page.locator('.alert-list .vlist-row', { hasText: 'Privacy violation' }).first().waitFor();
  });
});
