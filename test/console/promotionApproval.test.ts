import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promoteHeld } from '../support/approvalBuilders.js';
import { type ConsoleSession, openConsole } from '../support/browser.js';
import { consoleRegistries } from '../support/consoleRegistries.js';
import { databases } from '../support/databases.js';
import { objectIn } from '../support/importClient.js';
import { createAsset, createUser } from '../support/registryBuilders.js';
import { addRemote, promotionModel } from '../support/remoteBuilders.js';
import type { TestRegistry } from '../support/testRegistry.js';

/*
 * Approval mode in a real browser: `here` promotes (through the API) to `there`, which requires approval; an
 * administrator of `there` approves one held promotion and rejects another on its Promotions page, and `here`'s
 * promotion screen shows where its promotion stands.
 */
describe.each(databases)('the incoming promotions page on $name', (database) => {
  const registries = consoleRegistries(database, { addressed: true, thereEnv: { REQUIRE_PROMOTION_APPROVAL: 'true' } });
  let browser: Browser;
  let here: TestRegistry;
  let there: TestRegistry;
  let session: ConsoleSession | undefined;
  let path: Awaited<ReturnType<typeof promotionModel>>;

  beforeAll(async () => {
    ({ browser, here, there } = registries);
    await addRemote(here.admin, { name: 'there', address: there.url, credential: (await createUser(there, { name: 'promotions from here' })).token });
    path = await promotionModel(here.admin, { test: there.url, prod: 'http://127.0.0.1:9/graphql' });
  }, 90_000);

  afterAll(async () => {
    await session?.close();
  });

  it('lists the held promotions; approving commits one there, rejecting imports nothing; the source’s screen shows the outcome', async () => {
    const [kept, dropped] = [
      (await createAsset(here.admin, path.type, { organization: path.org.uuid })).uuid,
      (await createAsset(here.admin, path.type, { organization: path.org.uuid })).uuid,
    ];
    const first = (await promoteHeld(here.admin, [kept], path.testStage)).data!.promoteObjects;
    const second = (await promoteHeld(here.admin, [dropped], path.testStage)).data!.promoteObjects;

    session = await openConsole(browser, there.baseUrl, there.adminToken);
    const { page } = session;
    await page.goto('/promotions');
    const rowOf = (op: { approval: { incomingPromotionId: string } }) => page.locator(`tr[data-promotion="${op.approval.incomingPromotionId}"]`);
    await rowOf(first).waitFor();
    await rowOf(second).getByText('promotions from here').waitFor();
    await registries.checkPage(page, 'promotions-1-pending', 'the incoming promotions page');
    await rowOf(first).getByRole('button', { name: /^Approve / }).click();
    await rowOf(first).waitFor({ state: 'detached' }); // only PENDING ones are listed
    expect(await objectIn(there.admin, kept)).toMatchObject({ uuid: kept });

    page.once('dialog', (dialog) => void dialog.accept('not in this release'));
    await rowOf(second).getByRole('button', { name: /^Reject / }).click();
    await rowOf(second).waitFor({ state: 'detached' });
    expect(await objectIn(there.admin, dropped)).toBeNull();
    await page.getByLabel('Show decided ones too').check();
    await rowOf(second).getByText('not in this release').waitFor();
    await rowOf(first).getByText('APPROVED').waitFor();
    expect(session.pageErrors).toEqual([]);
    await session.close();

    session = await openConsole(browser, here.baseUrl, here.adminToken);
    await session.page.goto(`/objects/${kept}?promotion=${first.id}`);
    await session.page.getByText('Pending approval on there').waitFor();
    await session.page.getByRole('button', { name: 'Check approval' }).click();
    await session.page.getByText(/Approved on there by/).waitFor();
    await session.page.locator('table.trail').getByText('Promoted to').waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
