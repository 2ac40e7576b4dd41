import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { graphql } from '../generated/gql.js';
import { checksPagesOn, type ConsoleSession, expectAccessible, launchBrowser, openConsole, screenshot } from '../support/browser.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { commit, exportToFile, meUuid, objectIn, stage } from '../support/importClient.js';
import { createAsset, createObjectType, createOrganization, createUser } from '../support/registryBuilders.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const WizardCertificate = graphql(`query WizardCertificate { serverCertificate { subject fingerprintSha256 } }`);
const WizardProviders = graphql(`query WizardProviders { trustedProviders { fingerprintSha256 } }`);

/** Shows the archive's rows of the decision table, once the plan for the current choices is on screen. */
async function decisionRow(page: Page, uuid: string) {
  const row = page.locator(`table.decisions tbody tr[data-uuid="${uuid}"]`);
  await row.waitFor();
  return row;
}

/*
 * The import wizard in a real browser against real registries: A exports a signed archive, B's console uploads it,
 * shows the signer, trusts it, re-previews on an option, deselects an element and commits what is on screen.
 */
describe.each(databases)('the import wizard on $name', ({ create }) => {
  let browser: Browser;
  let dbs: TestDatabase[] = [];
  let a: TestRegistry;
  let b: TestRegistry;
  let archive: string;
  let session: ConsoleSession;
  /** Accessibility and a screenshot of a page, on the run's first database only (see checksPagesOn). */
  let checkPage: (page: Page, name: string, where?: string) => Promise<void>;
  const names = { api: `api-${Date.now()}`, extra: `extra-${Date.now()}`, used: `used-${Date.now()}` };
  const ids = { api: '', extra: '', used: '', ownerInA: '' };

  beforeAll(async () => {
    [browser, dbs] = await Promise.all([launchBrowser(), Promise.all([create(), create()])]);
    [a, b] = await Promise.all([startTestRegistry(dbs[0]), startTestRegistry(dbs[1])]);
    const org = (await createOrganization(a.admin)).uuid;
    const type = (await createObjectType(a.admin, { organization: org })).uuid;
    ids.used = (await createAsset(a.admin, type, { name: names.used, organization: org })).uuid;
    ids.api = (await createAsset(a.admin, type, { name: names.api, organization: org, references: [{ name: 'uses', target: ids.used }] })).uuid;
    ids.extra = (await createAsset(a.admin, type, { name: names.extra, organization: org })).uuid;
    ids.ownerInA = await meUuid(a.admin);
    archive = await exportToFile(a.admin, { objects: [ids.api, ids.extra] });
    const checked = checksPagesOn(dbs[1].name);
    checkPage = async (page, name, where) => {
      if (!checked) return;
      if (where) await expectAccessible(page, where);
      await screenshot(page, name);
    };
  });
  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all(dbs.map((db) => db.drop()));
    await removeTempFiles();
  });

  it('uploads, trusts the signer, re-previews on an option, deselects an element, commits and shows the result', async () => {
    session = await openConsole(browser, b.baseUrl, b.adminToken);
    const { page } = session;
    await page.goto('/import');
    await page.locator('#archive-file').waitFor();
    await checkPage(page, 'wizard-1-upload', 'the upload step');

    // The upload is held at the server's door until its progress bar has been seen, then let through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().headers()['content-type']?.startsWith('multipart/form-data')) await held;
      await route.fallback();
    });
    await page.setInputFiles('#archive-file', archive);
    await page.getByRole('button', { name: 'Upload and verify' }).click();
    await page.locator('#upload-progress').waitFor();
    await checkPage(page, 'wizard-2-uploading');
    release();
    await page.waitForURL(/\/import\/[^/?]+$/);

    const signer = (await a.admin.data(WizardCertificate)).serverCertificate;
    const certificate = page.locator('[aria-labelledby="signer-title"]');
    await certificate.getByText(signer.subject).first().waitFor(); // self-signed: the issuer says the same
    await certificate.getByText('Signer not trusted').waitFor();
    await page.getByRole('heading', { name: 'Contents' }).waitFor();
    await checkPage(page, 'wizard-3-signer', 'the signer step');
    await page.getByRole('button', { name: 'Import and trust provider' }).click();
    await page.waitForURL(/step=elements&trust=1/);

    const api = await decisionRow(page, ids.api);
    await api.getByRole('button', { name: names.api }).click();
    const detail = page.locator('#decision-detail');
    await detail.getByText('OWNER_IS_IMPORTER').waitFor();
    await detail.getByText('In the archive').waitFor(); // api's reference to used resolves in the archive
    await checkPage(page, 'wizard-4-elements', 'the elements step');

    await page.getByLabel('Keep current owner').check();
    await detail.getByText('OWNER_KEPT').waitFor();
    const extra = await decisionRow(page, ids.extra);
    await extra.getByRole('checkbox', { name: `Import ${names.extra}` }).uncheck();
    await page.locator(`tr[data-uuid="${ids.extra}"] .action-skip`).waitFor();
    await page.getByText('1 change(s) to the default selection.').waitFor();
    await checkPage(page, 'wizard-5-changed');

    await page.getByRole('button', { name: 'Import checked elements' }).click();
    await page.waitForURL(/\/imports\/[^/]+$/);
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    await page.getByLabel('Action').selectOption('SKIP');
    await page.locator('table.outcomes').getByText(names.extra).waitFor();
    await checkPage(page, 'wizard-6-result', 'the result');

    expect(await objectIn(b.admin, ids.api)).toMatchObject({ ownerUuid: ids.ownerInA });
    expect(await objectIn(b.admin, ids.extra)).toBeNull();
    const providers = (await b.admin.data(WizardProviders)).trustedProviders.map((p) => p.fingerprintSha256);
    expect(providers).toContain(signer.fingerprintSha256);
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('offers to preview again when the registry changed under the reviewed plan, then commits the new one', async () => {
    const org = (await createOrganization(a.admin)).uuid;
    const type = (await createObjectType(a.admin, { organization: org })).uuid;
    const solo = await createAsset(a.admin, type, { organization: org });
    const twin = await createAsset(a.admin, type, { organization: org });
    const staged = await stage(b.admin, await exportToFile(a.admin, { objects: [solo.uuid, twin.uuid] }));
    const review = await openConsole(browser, b.baseUrl, b.adminToken);
    try {
      const { page } = review;
      await page.goto(`/import/${staged.id}?step=elements`);
      await (await decisionRow(page, twin.uuid)).locator('.action-create').waitFor();
      // Meanwhile someone creates twin here, under its own UUID: the reviewed plan no longer holds.
      await createAsset(b.admin, (await createObjectType(b.admin)).uuid, { name: 'made here meanwhile', uuid: twin.uuid } as never);
      await page.getByRole('button', { name: 'Import checked elements' }).click();
      await page.getByText('The registry changed since you reviewed the plan').waitFor();
      await page.getByText('PLAN_STALE').waitFor();
      await checkPage(page, 'wizard-7-stale', 'a stale plan');
      await page.getByRole('link', { name: 'Preview again' }).click();
      await (await decisionRow(page, twin.uuid)).locator('.action-create').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Import checked elements' }).click();
      await page.getByRole('heading', { name: 'Imported' }).waitFor();
      expect(await objectIn(b.admin, solo.uuid)).not.toBeNull();
      expect(review.outside).toEqual([]);
    } finally {
      await review.close();
    }
  });

  it('shows in the detail panel what a replace changes, field by field, with the marker of a value cut', async () => {
    const org = (await createOrganization(a.admin)).uuid;
    const type = (await createObjectType(a.admin, { organization: org })).uuid;
    const asset = await createAsset(a.admin, type, { organization: org, name: `changing-${Date.now()}`, attributes: { endpoint: 'https://old.example.test' } });
    const first = await stage(b.admin, await exportToFile(a.admin, { objects: [asset.uuid] }));
    expect((await commit(b.admin, { stagedImportId: first.id })).status).toBe('SUCCEEDED');
    await a.admin.data('mutation($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }', {
      uuid: asset.uuid,
      input: { name: `${asset.name}-renamed`, description: 'd'.repeat(3000), attributes: { endpoint: 'https://new.example.test' } },
    });
    const staged = await stage(b.admin, await exportToFile(a.admin, { objects: [asset.uuid] }));
    const review = await openConsole(browser, b.baseUrl, b.adminToken);
    try {
      const { page } = review;
      await page.goto(`/import/${staged.id}?step=elements`);
      await (await decisionRow(page, asset.uuid)).getByRole('button', { name: `${asset.name}-renamed` }).click();
      const changes = page.locator('#decision-detail table.field-changes');
      const row = (path: string) => changes.locator('tbody tr', { has: page.locator('th', { hasText: `~ ${path}` }) });
      await row('name').waitFor();
      expect(await row('name').locator('td').allInnerTexts()).toEqual([`"${asset.name}"`, '→', `"${asset.name}-renamed"`]);
      expect(await row('attributes.endpoint').locator('td').allInnerTexts()).toEqual(['"https://old.example.test"', '→', '"https://new.example.test"']);
      await row('description').getByText('(cut)').waitFor();
      await page.locator('#decision-detail .cut-marker').getByText('Values longer than 2,048 characters end in "…".').waitFor();
      await checkPage(page, 'wizard-8-changes', 'the field changes of a decision');
      expect(review.pageErrors).toEqual([]);
    } finally {
      await review.close();
    }
  });

  it('offers "Import and trust provider" to administrators only', async () => {
    const user = await createUser(b);
    const foreign = createSelfSignedCertificate({ commonName: 'A registry nobody here trusts' });
    const staged = await stage(user.client, await writeTestArchive(assetChain(1), { signer: foreign }));
    const mine = await openConsole(browser, b.baseUrl, user.token);
    try {
      await mine.page.goto(`/import/${staged.id}`);
      await mine.page.getByRole('button', { name: 'Import', exact: true }).waitFor();
      expect(await mine.page.getByRole('button', { name: 'Import and trust provider' }).count()).toBe(0);
      await mine.page.getByText('Only an administrator can make this signer a trusted provider.').waitFor();
    } finally {
      await mine.close();
    }
  });
});
