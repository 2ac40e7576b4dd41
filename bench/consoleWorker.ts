import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startRegistry } from '../src/app/startRegistry.js';
import { loadConfig } from '../src/config.js';
import { ADMIN_TOKEN_FILE } from '../src/registry/bootstrap.js';
import type { PreparedImport } from './importWorker.js';

/*
 * The console bench's measuring process (`node consoleWorker.js measure <json args>`, result as JSON on the last
 * line): a registry serving a staged archive whose default plan is stored (importWorker's prepare and plan), and
 * Debian's chromium-headless-shell opening the wizard's decision table on it.
 */

export interface ConsoleFigures {
  /** The floor: the same first page of decisions asked for over HTTP by a plain client, no browser (median of five). */
  dataOnlyMs: number;
  /** From navigation start to the first page of decisions on screen and idle, in a browser that never loaded the console. */
  firstVisitMs: number;
  /** The same on reload (scripts cached), the median of five. */
  reloadMs: number;
  /** The decisions the table says match: the archive's object count, proving it is the real plan. */
  totalShown: string;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

/** The decisions page as the wizard asks for it (web/src/import/queries.ts), for the floor. */
const DECISIONS_PAGE = `query BenchConsoleDecisions($id: ID!) {
  stagedImport(id: $id) {
    id
    decisions(first: 50, options: { allowReplace: false, keepCurrentOwner: false, importUserGroups: false, keepLifecycleState: false }) {
      planDigest totalCount counts { create replace ignore reject skip } blocking { code severity message uuids }
      pageInfo { hasNextPage endCursor }
      edges { node {
        uuid kind name line action selected selectedByDefault includedBy includedByCount
        reasons { code severity message uuids }
        existing { timestamp object { uuid name } }
        references { name targetUuid resolution targetObject { uuid name kind } targetRecord { uuid name kind line action } }
        outcome { ownerUuid owner { uuid name } lifecycle { modelUuid stateUuid } previousVersionUuid attributes groupUuids }
      } }
    }
  }
}`;

async function dataOnly(graphqlUrl: string, token: string, stagedImportId: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: DECISIONS_PAGE, variables: { id: stagedImportId } }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    times.push(performance.now() - started);
  }
  return times.sort((x, y) => x - y)[2];
}

/**
 * Records, in the page, when the decision table first has rows and no request pending (aria-busy false):
 * performance.now() counts from navigation start.
 */
const READY_PROBE = `
  new MutationObserver((_, observer) => {
    const table = document.querySelector('table.decisions[aria-busy="false"]');
    if (table && table.querySelector('tbody tr')) {
      window.__decisionTableReadyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
`;

async function tableReady(page: Page, url: string, reload: boolean): Promise<number> {
  if (reload) await page.reload();
  else await page.goto(url);
  // A function, not a string: the console's CSP forbids eval, and playwright evaluates string predicates with it.
  const handle = await page.waitForFunction(() => (globalThis as { __decisionTableReadyAt?: number }).__decisionTableReadyAt, undefined, { timeout: 120_000 });
  return Number(await handle.jsonValue());
}

async function measure(args: PreparedImport): Promise<ConsoleFigures> {
  const config = loadConfig({ REGISTRY_DATA_DIR: args.dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...(args.databaseUrl ? { DATABASE_URL: args.databaseUrl } : {}) });
  const registry = await startRegistry(config);
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const token = readFileSync(path.join(args.dataDir, ADMIN_TOKEN_FILE), 'utf8').trim();
    const base = registry.server.url.replace(/\/graphql$/, '');
    await fetch(`${base}/healthz`); // a service that has answered before, as in the import bench
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    await context.addInitScript(`sessionStorage.setItem('registry-bridge.token', ${JSON.stringify(token)});`);
    await context.addInitScript(READY_PROBE);
    const page = await context.newPage();
    const url = `${base}/import/${args.stagedImportId}?step=elements`;
    const firstVisitMs = await tableReady(page, url, false);
    const reloads: number[] = [];
    for (let i = 0; i < 5; i++) reloads.push(await tableReady(page, url, true));
    const totalShown = (await page.locator('.pager span').first().textContent()) ?? '';
    const dataOnlyMs = await dataOnly(registry.server.url, token, args.stagedImportId);
    return { firstVisitMs, reloadMs: reloads.sort((x, y) => x - y)[2], dataOnlyMs, totalShown };
  } finally {
    await browser.close();
    await registry.stop();
  }
}

const steps: Record<string, (args: never) => Promise<unknown>> = { measure };

const [step, json] = process.argv.slice(2);
if (step) {
  const run = steps[step];
  if (!run) throw new Error(`unknown console bench step ${step}; known: ${Object.keys(steps).join(', ')}`);
  process.stdout.write(`${JSON.stringify(await run(JSON.parse(json ?? '{}') as never))}\n`);
}
