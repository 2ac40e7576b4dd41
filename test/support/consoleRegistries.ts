import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { checksPagesOn, expectAccessible, launchBrowser, screenshot } from './browser.js';
import type { TestDatabase } from './databases.js';
import { removeTempFiles } from './exportBuilders.js';
import { suiteRegistries, type TestRegistry } from './testRegistry.js';

/** What a console suite between two registries works with, once its beforeAll has run. */
export interface ConsoleRegistries {
  browser: Browser;
  /** The registry whose console the person mostly uses. */
  here: TestRegistry;
  /** The other registry: a remote of `here`, or where it promotes to. */
  there: TestRegistry;
  /** Whether this suite's database is the one that checks accessibility and keeps screenshots (checksPagesOn). */
  checksPages: boolean;
  /** On the database that checks pages: axe on the page (when `where` names it), then a screenshot. */
  checkPage(page: Page, name: string, where?: string): Promise<void>;
}

export interface ConsoleRegistriesOptions {
  /** Each registry's REGISTRY_ADDRESS is its own URL, so a lifecycle stage can name it. */
  addressed?: boolean;
  /** Added to `there`'s environment (REQUIRE_PROMOTION_APPROVAL, say). */
  thereEnv?: Record<string, string>;
}

/**
 * A browser and two real registries on loopback, `here` and `there`, each in its own database (suiteRegistries):
 * started before the suite's first test (the browser launching while the registries start), stopped with their
 * databases dropped after its last. Call it in the body of a `describe`; hooks the suite registers afterwards run
 * after these start and before they stop (its own set-up, closing its console sessions).
 */
export function consoleRegistries(database: { name: string; create: () => Promise<TestDatabase> }, options: ConsoleRegistriesOptions = {}): ConsoleRegistries {
  let launching: Promise<Browser> | undefined;
  let browser: Browser | undefined;
  // Registered first, so it runs first and is not awaited: the browser launches while the registries start.
  beforeAll(() => {
    launching = launchBrowser();
    launching.catch(() => undefined); // reported by the hook that awaits it
  });
  const addressed = options.addressed ?? false;
  const [here, there] = suiteRegistries(database.create, [{ addressed }, { addressed, env: options.thereEnv }]);
  beforeAll(async () => {
    browser = await launching;
  });
  afterAll(async () => {
    await (browser ?? (await launching?.catch(() => undefined)))?.close();
    await removeTempFiles();
  });
  const checksPages = checksPagesOn(database.name);
  const checkPage = async (page: Page, name: string, where?: string) => {
    if (!checksPages) return;
    if (where) await expectAccessible(page, where);
    await screenshot(page, name);
  };
  return {
    get browser() {
      if (!browser) throw new Error('the browser is launched in beforeAll: use it in a test or a later hook');
      return browser;
    },
    here: here!,
    there: there!,
    checksPages,
    checkPage,
  };
}
