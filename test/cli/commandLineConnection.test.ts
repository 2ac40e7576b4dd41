import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOutput, removeScratch, runCli, scratchDir, scratchFile } from '../support/commandLine.js';
import { databases } from '../support/databases.js';
import { suiteRegistry } from '../support/testRegistry.js';

/*
 * How registry-bridge finds its registry and token, and how a registry's refusals come out: one line naming the
 * code and what to do, an exit code per refusal a pipeline tells apart, a --json document whatever the code.
 * (Failures found before any registry is reached: commandLineUsage.test.ts.)
 */
describe.each(databases)('registry-bridge connections and failures on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let tokenFile: string;

  /** A configuration file with these profiles (token files relative to it), as REGISTRY_BRIDGE_CONFIG. */
  function configFile(content: object): string {
    const file = scratchFile('config.json');
    writeFileSync(file, JSON.stringify(content));
    return file;
  }

  beforeAll(async () => {
    tokenFile = path.join(scratchDir(), 'prod.token');
    writeFileSync(tokenFile, `${registry.adminToken}\n`);
  });
  afterAll(async () => {
    removeScratch();
  });

  it('connects by a profile of the configuration file, with the token from its tokenFile', async () => {
    const config = configFile({ defaultProfile: 'prod', profiles: { prod: { registry: registry.url, tokenFile: 'prod.token' }, dev: { registry: 'http://127.0.0.1:9/graphql' } } });
    const byDefault = await runCli(['trust', 'list', '--json'], { env: { REGISTRY_BRIDGE_CONFIG: config } });
    expect(jsonOutput(byDefault)).toMatchObject({ exitCode: 0, providers: [] });
    const named = await runCli(['trust', 'list', '--profile', 'prod'], { env: { REGISTRY_BRIDGE_CONFIG: config } });
    expect(named).toMatchObject({ code: 0, stdout: 'No trusted providers.\n', stderr: '' });
    // --registry wins over a profile named by the environment (the token then comes from REGISTRY_TOKEN).
    const env = { REGISTRY_BRIDGE_CONFIG: config, REGISTRY_BRIDGE_PROFILE: 'dev', REGISTRY_TOKEN: registry.adminToken };
    expect((await runCli(['trust', 'list', '--registry', registry.url], { env })).code).toBe(0);
  });

  it("reads config.json in the user's configuration folder when REGISTRY_BRIDGE_CONFIG is not set", async () => {
    const home = path.join(scratchDir(), 'home');
    mkdirSync(path.join(home, '.config/registry-bridge'), { recursive: true });
    writeFileSync(path.join(home, '.config/registry-bridge/config.json'), JSON.stringify({ profiles: { prod: { registry: registry.url, tokenFile } } }));
    const run = await runCli(['trust', 'list', '--json'], { env: { REGISTRY_BRIDGE_PROFILE: 'prod' } });
    expect(jsonOutput(run)).toMatchObject({ exitCode: 0 });
  });

  it('takes the token from REGISTRY_TOKEN or --token-file, and exits 7 on a wrong one', async () => {
    expect((await runCli(['trust', 'list', '--registry', registry.url], { env: { REGISTRY_TOKEN: registry.adminToken } })).code).toBe(0);
    expect((await runCli(['trust', 'list', '--registry', registry.url, '--token-file', tokenFile])).code).toBe(0);
    const wrong = await runCli(['trust', 'list', '--registry', registry.url, '--json'], { env: { REGISTRY_TOKEN: 'not-a-token' } });
    expect(jsonOutput(wrong)).toMatchObject({ exitCode: 7, error: { code: 'UNAUTHENTICATED' } });
    expect(wrong.stderr).toMatch(/^error UNAUTHENTICATED: .* → Give a valid, unexpired token.*\(exit 7\)\n$/);
  });

  it('exits 6 when what answers at the URL is not a registry', async () => {
    const notGraphql = await runCli(['history', '--registry', `${registry.baseUrl}/healthz`, '--json'], { env: { REGISTRY_TOKEN: registry.adminToken } });
    expect(jsonOutput(notGraphql)).toMatchObject({ exitCode: 6, error: { code: 'NOT_A_REGISTRY' } });
  });

  it('refuses a plan file planned on another registry (5), and a staged import that is gone (11)', async () => {
    const env = { REGISTRY_TOKEN: registry.adminToken };

    const elsewhere = scratchFile('plan.json');
    writeFileSync(elsewhere, JSON.stringify(planFileFor({ uuid: '11111111-1111-4111-8111-111111111111', name: 'other', url: 'http://other.example/graphql' })));
    const wrong = jsonOutput(await runCli(['apply', elsewhere, '--registry', registry.url, '--json'], { env }));
    expect(wrong).toMatchObject({ exitCode: 5, error: { code: 'WRONG_REGISTRY' } });

    const gone = jsonOutput(await runCli(['plan', '--staged-import', 'f0f0f0f0-0000-4000-8000-000000000000', '--registry', registry.url, '--json'], { env }));
    expect(gone).toMatchObject({ exitCode: 11, error: { code: 'STAGED_IMPORT_GONE' } });
  });

});

/** A well-formed plan file, planned on `registry`. */
function planFileFor(registry: { uuid: string; name: string; url: string }) {
  const digest = 'a'.repeat(64);
  return {
    formatVersion: 1,
    kind: 'registry-bridge/plan',
    createdAt: new Date().toISOString(),
    registry,
    stagedImport: { id: 'staged-1', fileName: 'a.zip', archiveSha256: digest, objectCount: 1, expiresAt: new Date().toISOString() },
    options: { allowReplace: false, keepCurrentOwner: false, importUserGroups: false, keepLifecycleState: false, trustProvider: false },
    selection: null,
    planDigest: digest,
    counts: { create: 1, replace: 0, ignore: 0, reject: 0, skip: 0 },
    blocking: [],
    changes: true,
  };
}
