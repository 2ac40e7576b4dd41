import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleSession, openConsole } from '../support/browser.js';
import { consoleRegistries } from '../support/consoleRegistries.js';
import { databases } from '../support/databases.js';
import { objectIn } from '../support/importClient.js';
import { createAsset, createUser } from '../support/registryBuilders.js';
import { packageOfAssets, promotionModel, promotionTrail } from '../support/remoteBuilders.js';
import type { TestRegistry } from '../support/testRegistry.js';

/*
 * The remote-registry screens in a real browser against two real registries on loopback: `here`'s console
 * configures `there` as a remote (credential: a token of a user there), tests it, gets a package of `there` to a
 * staged import here, and promotes an asset to the stage `there` hosts, refused first on a stage its state
 * does not allow.
 */
describe.each(databases)('the remote registry screens on $name', (database) => {
  const registries = consoleRegistries(database, { addressed: true });
  const { checkPage } = registries;
  let browser: Browser;
  let here: TestRegistry;
  let there: TestRegistry;
  let session: ConsoleSession;
  let credential: string;
  let shared: Awaited<ReturnType<typeof packageOfAssets>>;
  let path: Awaited<ReturnType<typeof promotionModel>>;

  beforeAll(async () => {
    ({ browser, here, there } = registries);
    shared = await packageOfAssets(there.admin);
    // Receiving a first promotion creates its organization and object type there: an administrator's rights.
    credential = (await createUser(there, { roles: ['REGISTRY_ADMINISTRATOR'], name: 'promotions from here' })).token;
    path = await promotionModel(here.admin, { test: there.url, prod: 'http://127.0.0.1:9/graphql' });
  }, 90_000);

  afterAll(async () => {
    await session?.close();
  });

  it('adds a remote with a credential it never shows again, and tests it', async () => {
    session = await openConsole(browser, here.baseUrl, here.adminToken);
    const { page } = session;
    await page.goto('/remotes');
    await page.getByText('No remote registry is configured yet.').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('there');
    await page.getByLabel(/GraphQL address/).fill(there.url);
    await page.getByLabel('Credential (bearer token)').fill(credential);
    expect(await page.getByLabel('Credential (bearer token)').getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Add remote' }).click();
    const row = page.locator('tr[data-remote="there"]');
    await row.waitFor();
    await row.getByText('Not recorded yet').waitFor();
    expect(await page.getByLabel('Credential (bearer token)').inputValue()).toBe('');

    await page.getByRole('button', { name: 'Test there' }).click();
    const report = page.getByRole('region', { name: 'Test of there' });
    await report.getByText('Recorded now (first connection)').waitFor();
    await report.getByText('promotions from here').waitFor();
    await row.getByText('Not recorded yet').waitFor({ state: 'detached' }); // the list shows the recorded identity
    await checkPage(page, 'remotes-1-tested', 'the remote registries page');
    expect(await page.content()).not.toContain(credential);
  });

  it('lists the remote’s packages, gets one to a staged import here and opens it in the import wizard', async () => {
    const { page } = session;
    await page.goto('/remotes/get');
    await page.getByLabel('Remote registry').selectOption('there');
    await page.getByRole('button', { name: `Get ${shared.pkg.name}` }).click();
    await page.waitForURL(/op=/);
    const review = page.getByRole('link', { name: 'Review the staged import' });
    await review.waitFor();
    await checkPage(page, 'remotes-2-got', 'the get-a-package page');
    await review.click();
    await page.waitForURL(/\/import\/[^/?]+$/);
    await page.getByRole('heading', { name: 'Contents' }).waitFor();
  });

  it('promotes an asset: refuses a stage its state does not allow, naming the allowed one, then previews and commits on the target', async () => {
    const { page } = session;
    const asset = (await createAsset(here.admin, path.type, { organization: path.org.uuid })).uuid;
    const stageName = async (uuid: string) => (await page.locator(`#promote-stage option[value="${uuid}"]`).textContent())!.split(' — ')[0]!;
    await page.goto(`/objects/${asset}`);
    await page.getByText('Never promoted to or from another registry.').waitFor();
    await page.getByLabel('Stage').selectOption(path.prodStage);
    await page.getByRole('button', { name: 'Promote' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'PROMOTION_PATH_NOT_ALLOWED' });
    await refusal.getByText(`may be promoted to: ${await stageName(path.testStage)}`).waitFor();
    await checkPage(page, 'remotes-3-path-refused', 'a refused promotion path');

    await page.getByLabel('Stage').selectOption(path.testStage);
    await page.getByRole('button', { name: 'Promote' }).click();
    const preview = page.getByLabel('Preview on the target', { exact: true });
    await preview.waitFor();
    expect(await preview.locator('dt:text-is("Created") + dd').textContent()).not.toBe('0');
    expect(await objectIn(there.admin, asset)).toBeNull(); // previewed, not committed
    await checkPage(page, 'remotes-4-preview', 'a promotion preview');
    await page.reload(); // the operation is in the address: the preview and its commit survive a reload
    await preview.waitFor();
    await page.getByRole('button', { name: 'Commit on target' }).click();
    await page.getByText('Committed on the target; both registries recorded the promotion.').waitFor();
    await page.locator('table.trail').getByText('Promoted to').waitFor();

    expect(await objectIn(there.admin, asset)).toMatchObject({ uuid: asset });
    expect(await promotionTrail(here.admin, asset)).toMatchObject([{ direction: 'TO', stageUuid: path.testStage }]);
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('shows a replaced signing certificate as a pending identity change until accepted, and removes the remote', async () => {
    const { page } = session;
    await there.admin.data('mutation { replaceServerCertificate(commonName: "there, renewed") { fingerprintSha256 } }');
    await page.goto('/remotes');
    await page.getByRole('button', { name: 'Test there' }).click();
    await page.getByRole('region', { name: 'Test of there' }).getByText('Changed: refused until accepted').waitFor();
    const accept = page.getByRole('button', { name: 'Accept the new identity of there' });
    await accept.waitFor();
    await checkPage(page, 'remotes-5-identity-changed', 'a pending identity change');
    await accept.click();
    await accept.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Test there' }).click();
    await page.getByRole('region', { name: 'Test of there' }).getByText('As recorded').waitFor();

    await page.getByRole('button', { name: 'Remove there…' }).click();
    await page.getByRole('button', { name: 'Remove there', exact: true }).click();
    await page.getByText('No remote registry is configured yet.').waitFor();
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
