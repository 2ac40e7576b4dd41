import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { records } from '../fixtures/records.js';
import { checksPagesOn, type ConsoleSession, expectAccessible, launchBrowser, openConsole, screenshot } from '../support/browser.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { commit, stage } from '../support/importClient.js';
import { createAsset, createObjectType, createOrganization } from '../support/registryBuilders.js';
import { writeTestArchive } from '../support/testArchives.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const ExplorerModel = graphql(`
  mutation ConsoleExplorerModel($input: CreateLifecycleModelInput!) {
    createLifecycleModel(input: $input) { uuid states { uuid name } }
  }
`);

const CALLERS = 160;

/*
 * The explorer, the reference graph and the GraphQL IDE in a real browser: a hub asset references a dependency
 * and a UUID that exists nowhere, and 160 imported assets reference the hub.
 */
describe.each(databases)('the explorer on $name', ({ create }) => {
  let browser: Browser;
  let db: TestDatabase;
  let registry: TestRegistry;
  let session: ConsoleSession;
  let checked: boolean;
  const missing = randomUUID();
  const names = { hub: `hub-${Date.now()}`, dep: `dep-${Date.now()}`, type: `Service-${Date.now()}` };
  const ids = { hub: '', dep: '', type: '', designed: '' };

  const checkPage = async (page: Page, name: string, where?: string) => {
    if (!checked) return;
    if (where) await expectAccessible(page, where);
    await screenshot(page, name);
  };

  beforeAll(async () => {
    [browser, db] = await Promise.all([launchBrowser(), create()]);
    registry = await startTestRegistry(db);
    checked = checksPagesOn(db.name);
    const org = await createOrganization(registry.admin);
    ids.type = (await createObjectType(registry.admin, { name: names.type, organization: org.uuid })).uuid;
    const model = await registry.admin.data(ExplorerModel, {
      input: { name: 'Standard', status: 'PRODUCTIVE', states: [{ name: 'Designed' }, { name: 'Live' }], initialState: 'Designed', transitions: [{ from: 'Designed', to: 'Live' }], objectTypes: [ids.type] },
    });
    ids.designed = model.createLifecycleModel.states.find((s) => s.name === 'Designed')!.uuid;
    ids.dep = (await createAsset(registry.admin, ids.type, { name: names.dep, organization: org.uuid })).uuid;
    const references = [{ name: 'depends', target: ids.dep }, { name: 'doc', target: missing }];
    ids.hub = (await createAsset(registry.admin, ids.type, { name: names.hub, organization: org.uuid, references })).uuid;
    const callers = Array.from({ length: CALLERS }, (_, i) =>
      records.asset(ids.type, { name: `caller-${String(i).padStart(3, '0')}`, organization: { uuid: org.uuid, name: org.name }, references: [{ name: 'calls', target: ids.hub }] }),
    );
    await commit(registry.admin, { stagedImportId: (await stage(registry.admin, await writeTestArchive(callers))).id });
    session = await openConsole(browser, registry.baseUrl, registry.adminToken);
  });
  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await registry?.stop();
    await db?.drop();
    await removeTempFiles();
  });

  it('searches by name, kind, type and state, and shows an object with references both ways and its import history', async () => {
    const { page } = session;
    await page.goto('/explorer');
    await page.getByLabel('Name contains').fill(names.hub);
    await page.getByLabel('Kind').selectOption('ASSET');
    await page.getByLabel('Type').selectOption(ids.type);
    await page.getByLabel('Lifecycle state').selectOption(ids.designed);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('Rows 1–1 of 1').waitFor();
    await checkPage(page, 'explorer-1-search', 'the search');

    await page.getByRole('link', { name: names.hub }).click();
    await page.getByRole('heading', { name: names.hub }).waitFor();
    await page.getByRole('link', { name: names.dep }).waitFor();
    await page.getByText(missing).waitFor();
    await page.getByText(`Rows 1–25 of ${CALLERS}`).waitFor();
    await page.getByRole('navigation', { name: 'Incoming references pages' }).getByRole('button', { name: 'Next' }).click();
    await page.getByText(`Rows 26–50 of ${CALLERS}`).waitFor();
    await page.getByText('No import you may see decided about this object.').waitFor();
    await checkPage(page, 'explorer-2-object', 'an object page');

    await page.getByRole('link', { name: /^caller-/ }).first().click();
    await page.locator('table').getByText('Create').waitFor(); // its import history: created by the import
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('draws the neighbourhood laid out off the main thread, expands a node, filters, and shows a table above 150 nodes', async () => {
    const { page } = session;
    await page.goto(`/objects/${ids.hub}/graph`);
    const nodes = page.locator('svg g.graph-node');
    await page.locator(`svg g.graph-node[data-uuid="${ids.hub}"]`).waitFor();
    expect(await nodes.count()).toBe(11); // hub, dep, the missing UUID and 8 callers: 10 edges of hub's 162
    expect(page.workers().length).toBeGreaterThan(0);
    await page.locator('svg g.graph-node.missing').getByText(missing).waitFor();
    await page.getByText('152 not drawn because of the limits.').waitFor();
    await checkPage(page, 'graph-1-drawn', 'the reference graph');

    await page.getByRole('button', { name: /\+152 more/ }).click();
    await page.getByText('127 not drawn because of the limits.').waitFor();
    await nodes.nth(35).waitFor(); // laid out again
    expect(await nodes.count()).toBe(36);

    await page.getByLabel(/^depends/).check();
    await page.getByText('2 objects, 1 reference drawn.').waitFor();
    await page.getByLabel(/^depends/).uncheck();

    await page.getByLabel('References per object').selectOption('50');
    await page.getByRole('button', { name: /\+112 more/ }).click(); // 50 of 162 drawn; 100 after this
    await page.getByRole('button', { name: /\+62 more/ }).click();
    await page.getByText('More than 150 objects: shown as tables.').waitFor();
    await page.locator('table.graph-nodes').getByText(missing).waitFor();
    await checkPage(page, 'graph-2-table'); // tables like the rest; axe takes 20 s over its 450 rows here
    expect(session.outside).toEqual([]);
  });

  it('sends a browser opening /graphql to the offline IDE, which runs a query with the console’s token', async () => {
    const { page } = session;
    await page.goto('/graphql');
    await page.waitForURL(/\/graphiql$/);
    await page.locator('.graphiql-query-editor').getByText('registry').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('"registry"').waitFor();
    await page.locator('.result-window').getByText('"REGISTRY_ADMINISTRATOR"').waitFor();
    await checkPage(page, 'ide-1-query');
    expect(session.outside).toEqual([]);
  });
});
