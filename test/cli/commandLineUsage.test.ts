import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_BIN, jsonOutput, removeScratch, runCli, scratchFile } from '../support/commandLine.js';

/** A file holding `content` as JSON. */
function jsonFile(content: object): string {
  const file = scratchFile('file.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

/*
 * Failures registry-bridge finds before it contacts any registry (the command line, the configuration, the
 * token, a plan file, a closed port): no registry and so no database is involved, so this runs once.
 */
describe('registry-bridge before it reaches a registry', () => {
  afterAll(() => removeScratch());

  it('exits 5 on a usage error, as one line, and with --json as a document', async () => {
    const run = await runCli(['plan', 'a.zip', '--no-such-flag', '--json']);
    expect(jsonOutput(run)).toMatchObject({ command: 'plan', exitCode: 5, error: { code: 'USAGE', message: "Unknown option '--no-such-flag'" } });
    expect(run.stderr).toBe("error USAGE: Unknown option '--no-such-flag' → See registry-bridge plan --help. (exit 5)\n");
    const both = await runCli(['plan', 'a.zip', '--staged-import', 'x', '--registry', 'http://127.0.0.1:9/graphql'], { env: { REGISTRY_TOKEN: 'x' } });
    expect(both).toMatchObject({ code: 5, stderr: expect.stringMatching(/^error USAGE: Give an archive FILE or --staged-import ID/) });
  });

  it('exits 5 without a token, and refuses a configuration file that holds one or lacks the profile named', async () => {
    const none = await runCli(['trust', 'list', '--registry', 'http://127.0.0.1:9/graphql', '--json']);
    expect(jsonOutput(none)).toMatchObject({ exitCode: 5, error: { code: 'NO_TOKEN' } });
    const holdsToken = jsonFile({ profiles: { prod: { registry: 'http://127.0.0.1:9/graphql', token: 'secret' } } });
    const run = await runCli(['trust', 'list', '--profile', 'prod', '--json'], { env: { REGISTRY_BRIDGE_CONFIG: holdsToken } });
    expect(jsonOutput(run)).toMatchObject({ exitCode: 5, error: { code: 'CONFIG_INVALID', message: expect.stringMatching(/a token goes in a tokenFile/) } });
    const valid = jsonFile({ profiles: { prod: { registry: 'http://127.0.0.1:9/graphql', tokenFile: 'prod.token' } } });
    const unknown = await runCli(['trust', 'list', '--profile', 'staging', '--json'], { env: { REGISTRY_BRIDGE_CONFIG: valid } });
    expect(jsonOutput(unknown)).toMatchObject({ exitCode: 5, error: { code: 'PROFILE_UNKNOWN', hint: 'Known profiles: prod.' } });
  });

  it('exits 5 on a plan file that is not one, before sending anything', async () => {
    const garbage = jsonFile({ stagedImport: 'x' });
    const run = await runCli(['apply', garbage, '--registry', 'http://127.0.0.1:9/graphql', '--json'], { env: { REGISTRY_TOKEN: 'x' } });
    expect(jsonOutput(run)).toMatchObject({ exitCode: 5, error: { code: 'PLAN_FILE_INVALID' } });
  });

  it('exits 6 when no registry answers at the URL; --verbose adds the details', async () => {
    const closed = await runCli(['history', '--registry', 'http://127.0.0.1:9/graphql', '--verbose'], { env: { REGISTRY_TOKEN: 'x' } });
    expect(closed.code).toBe(6);
    expect(closed.stderr.split('\n')[0]).toMatch(/^error REGISTRY_UNREACHABLE: No answer from http:\/\/127\.0\.0\.1:9\/graphql: .* → .*\(exit 6\)$/);
    expect(closed.stderr).toMatch(/\n {2}url: "http:\/\/127\.0\.0\.1:9\/graphql"\n/);
  });

  it('lists every exit code in --help, and each command shows a runnable example', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const code of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 130]) expect(help.stdout).toMatch(new RegExp(`^ +${code}  \\S`, 'm'));
    const plan = await runCli(['plan', '--help']);
    expect(plan.stdout).toMatch(/^Examples:\n {2}\$ registry-bridge plan \S+\.zip/m);
    expect(plan.stdout).toMatch(/--detailed-exitcode/);
  });

  it('is the package bin: a node script with a shebang', () => {
    expect(readFileSync(CLI_BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
