import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { checksPagesOn, expectAccessible, launchBrowser, screenshot } from './browser.js';
import type { TestDatabase } from './databases.js';
import { removeTempFiles } from './exportBuilders.js';
import { freePort } from './remoteBuilders.js';
import { startTestRegistry, type TestRegistry } from './testRegistry.js';

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

async function startRegistry(db: TestDatabase, addressed: boolean, env: Record<string, string>): Promise<TestRegistry> {
  if (!addressed) return startTestRegistry(db, env);
  const port = await freePort();
  return startTestRegistry(db, { PORT: String(port), REGISTRY_ADDRESS: `http://127.0.0.1:${port}/graphql`, ...env });
}

/**
 * A browser and two real registries on loopback, `here` and `there`, each in its own database: started before
 * the suite's first test (the browser launching while the registries start), stopped with their databases
 * dropped after its last. Call it in the body of a `describe`; hooks the suite registers afterwards run after
 * these start and before they stop (its own set-up, closing its console sessions).
 */
export function consoleRegistries(database: { name: string; create: () => Promise<TestDatabase> }, options: ConsoleRegistriesOptions = {}): ConsoleRegistries {
  let started: Omit<ConsoleRegistries, 'checkPage'> | undefined;
  // Kept apart from `started` so that what did start is stopped when another part failed to.
  let browser: Browser | undefined;
  const registries: (TestRegistry | undefined)[] = [];
  let dbs: TestDatabase[] = [];
  beforeAll(async () => {
    const launching = launchBrowser().then((b) => (browser = b));
    dbs = await Promise.all([database.create(), database.create()]);
    const addressed = options.addressed ?? false;
    const starting = [startRegistry(dbs[0]!, addressed, {}), startRegistry(dbs[1]!, addressed, options.thereEnv ?? {})];
    starting.forEach((s, i) => void s.then((r) => (registries[i] = r), () => undefined));
    // Everything settles before a failure is thrown: afterAll then stops all that did start.
    const failed = (await Promise.allSettled([launching, ...starting])).find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const [here, there] = registries;
    started = { browser: browser!, here: here!, there: there!, checksPages: checksPagesOn(database.name) };
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all(registries.map((r) => r?.stop()));
    await Promise.all(dbs.map((db) => db.drop()));
    await removeTempFiles();
  });
  const checkPage = async (page: Page, name: string, where?: string) => {
    if (!started?.checksPages) return;
    if (where) await expectAccessible(page, where);
    await screenshot(page, name);
  };
  return new Proxy({} as ConsoleRegistries, {
    get(_, key) {
      if (key === 'checkPage') return checkPage;
      if (!started) throw new Error('the registries are started in beforeAll: use them in a test or a later hook');
      return Reflect.get(started, key);
    },
  });
}
