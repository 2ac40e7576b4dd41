import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleSession, openConsole } from '../support/browser.js';
import { consoleRegistries } from '../support/consoleRegistries.js';
import { databases } from '../support/databases.js';
import type { GraphQLClient } from '../support/graphqlClient.js';
import { objectIn } from '../support/importClient.js';
import { createAsset, createUser } from '../support/registryBuilders.js';
import { addRemote } from '../support/remoteBuilders.js';
import { describe as describeAsset, getAndCommit, packageOf, recordAgreement, setMembers, snapshot } from '../support/syncBuilders.js';
import type { TestRegistry } from '../support/testRegistry.js';

async function membersOf(client: GraphQLClient, pkg: string): Promise<string[]> {
  return ((await snapshot(client, pkg))!.members as { uuid: string }[]).map((m) => m.uuid);
}

/** The row of an element in a table of the screen. */
const row = (scope: Page | Locator, table: string, uuid: string) => scope.locator(`table.${table} tr[data-uuid="${uuid}"]`);

/*
 * The package synchronization screen in a real browser against two real registries on loopback: `here` got a
 * package of `there` by a first synchronization; then an asset changes here, another there, and a new asset
 * joins the package there. The screen shows each element's state, the person keeps one element as it is,
 * meets a stale comparison, compares again and synchronizes; both registries then hold what was chosen. Then
 * each side adds a member of its own, and MERGE gives both the union.
 */
describe.each(databases)('the package synchronization screen on $name', (database) => {
  const registries = consoleRegistries(database);
  const { checkPage } = registries;
  let here: TestRegistry;
  let there: TestRegistry;
  let session: ConsoleSession;
  let shared: Awaited<ReturnType<typeof packageOf>>;
  let pkgName: string;

  beforeAll(async () => {
    ({ here, there } = registries);
    shared = await packageOf(there.admin, 2);
    pkgName = (await objectIn(there.admin, shared.pkg))!.name;
    // A push creates and replaces objects there: the credential's user is an administrator there.
    const credential = (await createUser(there, { roles: ['REGISTRY_ADMINISTRATOR'], name: 'synchronization from here' })).token;
    await addRemote(here.admin, { name: 'there', address: there.url, credential });
    // `here` got the package, and a first synchronization recorded what both sides agree on.
    await getAndCommit(here.admin, 'there', shared.pkg);
    await recordAgreement(here.admin, 'there', shared.pkg);
    session = await openConsole(registries.browser, here.baseUrl, here.adminToken);
  }, 90_000);

  afterAll(async () => {
    await session?.close();
  });

  it('shows each element’s state, refuses a stale comparison, and carries out the directions the person chose', async () => {
    const { page } = session;
    const [a, b] = shared.assets as [string, string];
    const pkg = shared.pkg;
    await describeAsset(here.admin, a, 'changed here');
    await describeAsset(there.admin, b, 'changed there');
    const c = (await createAsset(there.admin, shared.type, { organization: shared.org })).uuid;
    await setMembers(there.admin, pkg, [a, b, c]);
    const bName = (await objectIn(here.admin, b))!.name;

    await page.goto('/remotes/get');
    await page.getByLabel('Remote registry').selectOption('there');
    await page.getByRole('link', { name: `Synchronize ${pkgName}` }).click();
    await page.waitForURL(/\/remotes\/sync\?/);
    const state = (uuid: string) => row(page, 'sync-comparison', uuid).locator('td').nth(1);
    await row(page, 'sync-comparison', c).waitFor();
    expect(await state(a).textContent()).toBe('Local newer');
    expect(await state(b).textContent()).toBe('Remote newer');
    expect(await state(c).textContent()).toBe('Remote only');
    expect(await state(pkg).textContent()).toBe('Remote newer');
    expect(await state(shared.type).textContent()).toBe('Same');
    expect(await page.getByLabel(`Direction for ${bName}`).inputValue()).toBe('PULL');
    await checkPage(page, 'sync-1-comparison', 'the package synchronization screen');

    // b changes there once more after the review: the comparison reviewed is stale, nothing is done.
    await describeAsset(there.admin, b, 'changed there again');
    await page.getByRole('button', { name: 'Synchronize', exact: true }).click();
    const stale = page.getByRole('status').filter({ hasText: 'The comparison you reviewed is out of date.' });
    await stale.waitFor();
    await checkPage(page, 'sync-2-stale', 'a stale comparison');
    expect((await objectIn(there.admin, a))!.description).not.toBe('changed here');
    await stale.getByRole('button', { name: 'Compare again' }).click();
    await page.waitForURL((url) => !url.searchParams.has('op'));

    await page.getByLabel(`Direction for ${bName}`).selectOption('NONE'); // keep b here as it is
    await page.getByRole('button', { name: 'Synchronize', exact: true }).click();
    await page.getByRole('heading', { name: 'Outcome on each side' }).waitFor();
    const outcome = (uuid: string) => row(page, 'sync-outcomes', uuid).locator('td');
    expect(await outcome(a).allTextContents()).toEqual(['Asset', 'Push (here → remote)', 'Unchanged', 'Replaced']);
    expect(await outcome(c).allTextContents()).toEqual(['Asset', 'Pull (remote → here)', 'Created', 'Unchanged']);
    expect(await outcome(pkg).allTextContents()).toEqual(['Package', 'Pull (remote → here)', 'Replaced', 'Unchanged']);
    expect(await row(page, 'sync-outcomes', b).count()).toBe(0);
    await checkPage(page, 'sync-3-outcomes', 'the outcome of a synchronization');
    await page.reload(); // the operation is in the address: its outcome survives a reload
    await row(page, 'sync-outcomes', a).waitFor();

    expect((await objectIn(there.admin, a))!.description).toBe('changed here');
    expect((await objectIn(here.admin, c))!.uuid).toBe(c);
    expect(await membersOf(here.admin, pkg)).toEqual([a, b, c]);
    expect((await objectIn(here.admin, b))!.description).not.toBe('changed there again');
    expect((await objectIn(there.admin, b))!.description).toBe('changed there again');

    await page.getByRole('button', { name: 'Compare again' }).click();
    await row(page, 'sync-comparison', b).waitFor();
    for (const same of [a, c, pkg]) expect(await state(same).textContent()).toBe('Same');
    expect(await state(b).textContent()).toBe('Remote newer');
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 120_000);

  it('offers MERGE when each side added a member of its own, and gives both packages the union', async () => {
    const { page } = session;
    const pkg = shared.pkg;
    const before = await membersOf(here.admin, pkg);
    const mine = (await createAsset(here.admin, shared.type, { organization: shared.org })).uuid;
    const theirs = (await createAsset(there.admin, shared.type, { organization: shared.org })).uuid;
    await setMembers(here.admin, pkg, [...before, mine]);
    await setMembers(there.admin, pkg, [...(await membersOf(there.admin, pkg)), theirs]);

    await page.goto(`/remotes/sync?remote=there&package=${pkg}`);
    await row(page, 'sync-comparison', theirs).waitFor();
    expect(await row(page, 'sync-comparison', pkg).locator('td').nth(1).textContent()).toBe('Conflict');
    const members = page.getByRole('group', { name: 'Member list' });
    await members.getByText('Both lists changed').waitFor();
    await members.getByRole('radio', { name: /Merge: the union/ }).check();
    expect(await page.getByLabel(`Direction for ${pkgName}`).isDisabled()).toBe(true);
    await checkPage(page, 'sync-4-merge', 'the member list merge');
    await page.getByRole('button', { name: 'Synchronize', exact: true }).click();
    await page.getByRole('heading', { name: 'Outcome on each side' }).waitFor();
    expect(await row(page, 'sync-outcomes', pkg).locator('td').allTextContents()).toEqual(['Package', 'Push (here → remote)', 'Merged', 'Replaced']);

    const union = [...before, mine, theirs];
    expect(await membersOf(here.admin, pkg)).toEqual(union);
    expect(await membersOf(there.admin, pkg)).toEqual(union);
    expect((await objectIn(there.admin, mine))!.uuid).toBe(mine);
    expect((await objectIn(here.admin, theirs))!.uuid).toBe(theirs);
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
