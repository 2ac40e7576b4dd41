import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOutput, planFileContent, removeScratch, runCli, runCliOnTerminal, scratchFile } from '../support/commandLine.js';
import { databases } from '../support/databases.js';
import { downloadArchive, exportArchive, removeTempFiles } from '../support/exportBuilders.js';
import { importRecord, objectIn } from '../support/importClient.js';
import { createAsset, createObjectType, createOrganization } from '../support/registryBuilders.js';
import { suiteRegistries, type TestRegistry } from '../support/testRegistry.js';

const DEV_ADDRESS = 'http://dev-registry.example.test/graphql';

/*
 * registry-bridge as a pipeline runs it: the built binary as a child process, against two real registries —
 * export from dev, plan and apply into prod — with the exit codes and --json documents a pipeline relies on.
 */
describe.each(databases)('registry-bridge from dev to prod on $name', ({ create }) => {
  // dev names itself by an address no client reaches (as behind a proxy): its downloadUrls are absolute
  // there, and the command line must fetch them from the origin it was given, the only one it sends a token to.
  const [dev, prod] = suiteRegistries(create, [{ env: { REGISTRY_NAME: 'dev', REGISTRY_ADDRESS: DEV_ADDRESS } }, { env: { REGISTRY_NAME: 'prod' } }]);
  let devType: string;
  let devOrganization: string;

  /** Runs a command against a registry with its administrator's token (REGISTRY_TOKEN, as CI secrets are). */
  const cli = (registry: TestRegistry, ...args: string[]) => runCli([...args, '--registry', registry.url], { env: { REGISTRY_TOKEN: registry.adminToken } });

  /** New assets in dev, exported into an archive file (through the API: the export command has its own test). */
  async function exportNewAssets(count: number): Promise<{ file: string; uuids: string[] }> {
    const uuids: string[] = [];
    for (let i = 0; i < count; i++) uuids.push((await createAsset(dev.admin, devType, { organization: devOrganization })).uuid);
    const exported = await exportArchive(dev.admin, { objects: uuids });
    return { file: await downloadArchive(dev.admin, `/archives/${exported.id}`), uuids }; // by path: dev's address is not reachable
  }

  beforeAll(async () => {
    devOrganization = (await createOrganization(dev.admin)).uuid;
    devType = (await createObjectType(dev.admin, { organization: devOrganization })).uuid;
  });
  afterAll(async () => {
    removeScratch();
    await removeTempFiles();
  });

  it('export saves the archive the registry made, byte for byte, and --json describes it', async () => {
    const asset = (await createAsset(dev.admin, devType, { organization: devOrganization })).uuid;
    const file = scratchFile('one.zip');
    const run = await cli(dev, 'export', '--objects', asset, '-o', file, '--json');
    const doc = jsonOutput(run);
    expect(doc).toMatchObject({ command: 'export', exitCode: 0, archive: { file, signed: true, encryption: 'NONE' } });
    expect(doc.archive.downloadUrl).toBe(`${DEV_ADDRESS.replace(/\/graphql$/, '')}/archives/${doc.archive.id}`);
    const bytes = readFileSync(file);
    expect(bytes.length).toBe(doc.archive.size);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.archive.sha256);
    expect(doc.archive.objectCount).toBeGreaterThan(1); // the asset and what it references
  });

  it('plan --out then apply commits exactly the reviewed plan into the other registry', async () => {
    const { file, uuids } = await exportNewAssets(3);
    const planFile = scratchFile('plan.json');
    const planned = jsonOutput(await cli(prod, 'plan', file, '--out', planFile, '--detailed-exitcode', '--json'));
    expect(planned).toMatchObject({ exitCode: 2, plan: { changes: true, selection: null, blocking: [] }, planFile });
    expect(planned.plan.counts.create).toBeGreaterThanOrEqual(3);
    expect(planned.decisions.items.filter((d: { uuid: string }) => uuids.includes(d.uuid)).map((d: { action: string }) => d.action)).toEqual(['CREATE', 'CREATE', 'CREATE']);
    const saved = planFileContent(planFile);
    expect(saved).toEqual(planned.plan);
    expect(saved.registry).toMatchObject({ url: prod.url, name: 'prod' });

    const applied = jsonOutput(await cli(prod, 'apply', planFile, '--json'));
    expect(applied.import).toMatchObject({ status: 'SUCCEEDED', planDigest: saved.planDigest, counts: { created: saved.counts.create } });
    for (const uuid of uuids) expect(await objectIn(prod.admin, uuid)).toMatchObject({ uuid });
  });

  it('plan --detailed-exitcode exits 0 when the plan changes nothing', async () => {
    const { file } = await exportNewAssets(1);
    expect((await cli(prod, 'import', file)).code).toBe(0);
    const again = jsonOutput(await cli(prod, 'plan', file, '--detailed-exitcode', '--json'));
    expect(again).toMatchObject({ exitCode: 0, plan: { changes: false, counts: { create: 0, replace: 0 } } });
  });

  it('plan shows what a replace changes field by field: in --json, and under its row with --diff', async () => {
    const { uuids } = await exportNewAssets(1);
    const asset = uuids[0]!;
    const first = await exportArchive(dev.admin, { objects: [asset] });
    expect((await cli(prod, 'import', await downloadArchive(dev.admin, `/archives/${first.id}`))).code).toBe(0);
    const before = (await objectIn(prod.admin, asset))!.name;
    await dev.admin.data('mutation($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }', {
      uuid: asset,
      input: { name: `${before}-renamed` },
    });
    const file = await downloadArchive(dev.admin, `/archives/${(await exportArchive(dev.admin, { objects: [asset] })).id}`);
    const planned = jsonOutput(await cli(prod, 'plan', file, '--show', 'replace', '--json'));
    const item = planned.decisions.items.find((d: { uuid: string }) => d.uuid === asset);
    expect([item.action, item.changes.entries]).toEqual(['REPLACE', [{ path: 'name', before, after: `${before}-renamed`, cut: false }]]);
    const shown = await cli(prod, 'plan', file, '--show', 'replace', '--diff');
    expect(shown.stdout).toContain(`      ~ name: "${before}" → "${before}-renamed"\n`);
  });

  it('apply exits 3 and writes nothing when the registry changed since the plan', async () => {
    const { file, uuids } = await exportNewAssets(2);
    const planFile = scratchFile('plan.json');
    expect((await cli(prod, 'plan', file, '--out', planFile)).code).toBe(0);
    // Meanwhile someone imports one of the planned assets: the plan reviewed is no longer what a commit would do.
    expect((await cli(prod, 'import', file, '--select', uuids[0]!)).code).toBe(0);

    const run = await cli(prod, 'apply', planFile, '--json');
    const doc = jsonOutput(run);
    expect(doc).toMatchObject({ exitCode: 3, error: { code: 'PLAN_STALE' }, import: { status: 'FAILED', error: { code: 'PLAN_STALE' } } });
    expect(run.stderr).toMatch(/^error PLAN_STALE: .* → Run registry-bridge plan again.*\(exit 3\)\n$/);
    expect(await objectIn(prod.admin, uuids[1]!)).toBeNull();
  });

  it('a blocked plan exits 4: plan shows why, and neither apply nor import writes anything', async () => {
    const { file, uuids } = await exportNewAssets(1);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const planFile = scratchFile('plan.json');
    const planned = jsonOutput(await cli(prod, 'plan', file, '--select', unknown, '--out', planFile, '--json'));
    expect(planned).toMatchObject({ exitCode: 4, error: { code: 'IMPORT_BLOCKED' }, plan: { blocking: [{ code: 'SELECTION_UNKNOWN_OBJECT' }] } });

    const applied = jsonOutput(await cli(prod, 'apply', planFile, '--json'));
    expect(applied).toMatchObject({ exitCode: 4, error: { code: 'IMPORT_BLOCKED' }, import: { status: 'FAILED' } });
    const imported = jsonOutput(await cli(prod, 'import', file, '--select', unknown, '--json'));
    expect(imported).toMatchObject({ exitCode: 4, error: { code: 'IMPORT_BLOCKED' }, import: null });
    expect(await objectIn(prod.admin, uuids[0]!)).toBeNull();
  });

  it('the guard (--fail-on, --max-*) refuses a plan with exit 4 before anything is committed', async () => {
    const { file, uuids } = await exportNewAssets(2);
    const imported = jsonOutput(await cli(prod, 'import', file, '--fail-on', 'reject,create', '--json'));
    expect(imported).toMatchObject({ exitCode: 4, error: { code: 'GUARD_FAILED' }, guard: { passed: false, failOn: ['reject', 'create'] }, import: null });
    expect(imported.guard.violations[0]).toMatch(/would be created \(--fail-on create\)/);

    const planFile = scratchFile('plan.json');
    const planned = jsonOutput(await cli(prod, 'plan', file, '--out', planFile, '--max-create', '1', '--json'));
    expect(planned).toMatchObject({ exitCode: 4, error: { code: 'GUARD_FAILED' } });
    const applied = jsonOutput(await cli(prod, 'apply', planFile, '--max-create', '1', '--json'));
    expect(applied).toMatchObject({ exitCode: 4, error: { code: 'GUARD_FAILED' }, import: null });
    for (const uuid of uuids) expect(await objectIn(prod.admin, uuid)).toBeNull();

    // The same plan within the guard's bounds goes through.
    const passed = jsonOutput(await cli(prod, 'apply', planFile, '--fail-on', 'reject', '--max-create', '100', '--json'));
    expect(passed).toMatchObject({ exitCode: 0, guard: { passed: true }, import: { status: 'SUCCEEDED' } });
  });

  it('the guard travels to the registry: a plan file whose counts were edited to pass it is refused there, exit 4', async () => {
    const { file, uuids } = await exportNewAssets(1);
    const planFile = scratchFile('plan.json');
    expect(jsonOutput(await cli(prod, 'plan', file, '--out', planFile, '--json'))).toMatchObject({ exitCode: 0 });
    const edited = planFileContent(planFile);
    edited.counts = { ...edited.counts, create: 0 };
    writeFileSync(planFile, JSON.stringify(edited));
    const applied = jsonOutput(await cli(prod, 'apply', planFile, '--max-create', '0', '--json'));
    expect(applied).toMatchObject({ exitCode: 4, guard: { passed: true }, error: { code: 'IMPORT_BLOCKED' }, import: { status: 'FAILED' } });
    for (const uuid of uuids) expect(await objectIn(prod.admin, uuid)).toBeNull();
  });

  it('history lists the imports newest first, and shows one with what happened to each object', async () => {
    const { file, uuids } = await exportNewAssets(1);
    const imported = jsonOutput(await cli(prod, 'import', file, '--json'));
    const listed = jsonOutput(await cli(prod, 'history', '--limit', '3', '--json'));
    expect(listed.imports[0].id).toBe(imported.import.id);
    expect(listed).toMatchObject({ hasMore: true });
    expect(listed.imports).toHaveLength(3);
    const shown = jsonOutput(await cli(prod, 'history', imported.import.id, '--json'));
    expect(shown.import).toEqual(imported.import);
    expect(shown.outcomes.items).toContainEqual(expect.objectContaining({ uuid: uuids[0], action: 'CREATE' }));
    expect(await importRecord(prod.admin, imported.import.id)).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('prints no progress when stderr is not a terminal, and tables and results for people otherwise', async () => {
    const { file } = await exportNewAssets(1);
    const planFile = scratchFile('plan.json');
    const planned = await cli(prod, 'plan', file, '--out', planFile);
    expect(planned.code).toBe(0);
    expect(planned.stdout).toMatch(/^ACTION +KIND +NAME +UUID +REASONS$/m);
    expect(planned.stdout).toMatch(/^Plan: \d+ to create, 0 to replace/m);
    expect(planned.stderr).toBe(`Saved the plan to ${planFile}: commit exactly this plan with \`registry-bridge apply ${planFile}\`.\n`);
    const applied = await cli(prod, 'apply', planFile);
    expect(applied.stdout).toMatch(/^Import \S+ succeeded: \d+ created/m);
    for (const run of [planned, applied]) expect(run.stderr).not.toMatch(/Uploading|Planning|Committing|\r|\u001b/);
  });

  it('shows progress on stderr when it is a terminal (upload, planning, the commit), and keeps --json on stdout clean', async () => {
    const { file } = await exportNewAssets(1);
    const out = scratchFile('import.json');
    const run = await runCliOnTerminal(['import', file, '--registry', prod.url, '--json'], out, { env: { REGISTRY_TOKEN: prod.adminToken } });
    expect(run.code, run.terminal).toBe(0);
    expect(run.terminal).toMatch(/Uploading \S+\.zip \[[█░]{20}\] 100%/);
    expect(run.terminal).toMatch(/Planning…/);
    expect(run.terminal).toMatch(/Committing: /);
    const stdout = readFileSync(out, 'utf8');
    expect(stdout).not.toMatch(/\u001b|Uploading/);
    expect(jsonOutput({ code: run.code, stdout, stderr: '' })).toMatchObject({ import: { status: 'SUCCEEDED' } });
  });
});
