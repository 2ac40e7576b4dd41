import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { databases } from './databases.js';

/*
 * The console in a real browser: Debian's chromium-headless-shell driven by playwright-core (no browser download
 * is possible here; .ci/run installs the package). Every request that is not to loopback is aborted and
 * counted, so a test proves the console works with no internet.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
export const SCREENSHOTS = path.join(ROOT, '.ci/out/screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true });
}

export interface ConsoleSession {
  context: BrowserContext;
  page: Page;
  /** Requests the console tried to send anywhere but this machine (each was aborted). */
  outside: string[];
  /** Console errors the page logged. */
  pageErrors: string[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A fresh browser context on the console at `baseUrl`, signed in with `token` when given (as sign-in leaves it). */
export async function openConsole(browser: Browser, baseUrl: string, token: string | null): Promise<ConsoleSession> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 960 } });
  const outside: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOOPBACK.has(url.hostname)) {
      outside.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  if (token) await context.addInitScript((t) => sessionStorage.setItem('registry-bridge.token', t), token);
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { context, page, outside, pageErrors, close: () => context.close() };
}

/**
 * Whether a suite running on `database` also checks accessibility and keeps screenshots: the console is the same
 * whatever the database, and axe takes seconds a page on these cores, so the first database of the run does it.
 */
export function checksPagesOn(database: string): boolean {
  return databases[0]?.name === database;
}

/** Keeps a screenshot with the test output (.ci/out/screenshots, not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** axe-core on the page as it stands: no serious or critical violation (WCAG 2.1 A and AA rules). */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Only violations are reported in detail: passes would cost most of axe's time here.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).analyze();
  const grave = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(grave, `accessibility of ${where}`).toEqual([]);
}
