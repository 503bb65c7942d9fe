import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { TestDaemon } from '../../helpers/test-daemon';

/** Debian's Chromium; playwright-core never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-artifacts', 'dashboard');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Page errors and CSP violations are bugs: collect them so a test can assert there were none.
 * (Chromium also logs every 4xx answer as "Failed to load resource"; refusals are expected here.)
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Opens the daemon's one-time login link and waits until the dashboard is live and loaded. */
export async function openDashboard(browser: Browser, td: TestDaemon, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, colorScheme: 'dark' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(td.daemon.loginUrl());
  await waitLive(page);
  return { page, errors };
}

export async function waitLive(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('[data-testid=connection]', { hasText: 'Live' }).waitFor({ timeout });
}

export async function showTab(page: Page, tab: string): Promise<void> {
  await page.locator(`vscode-tab-header[data-tab=${tab}]`).click();
  await page.locator(`vscode-tab-panel[data-panel=${tab}] > *`).first().waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Lifts every active restriction through the API (scenarios block the test's own address). */
export async function liftAll(td: TestDaemon): Promise<void> {
  const list = await td.api('GET', '/api/enforcement');
  for (const e of list.json.entries as { kind: string; target: string }[]) await td.api('POST', '/api/enforcement/lift', { kind: e.kind, target: e.target });
}
