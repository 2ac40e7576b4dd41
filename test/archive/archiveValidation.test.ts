import { afterAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/archive/archiveReader.js';
import { checkFormatVersion } from '../../src/archive/formatVersion.js';
import { ARCHIVE_FORMAT_VERSION, MANIFEST_ENTRY, OBJECTS_ENTRY } from '../../src/archive/record.js';
import { records } from '../fixtures/records.js';
import {
  collectRecords,
  expectArchiveError,
  forgeArchive,
  manifestFor,
  ndjsonOf,
  removeTempDir,
  tempPath,
  zipEntries,
} from './zipForgery.js';

afterAll(removeTempDir);

describe('records in an archive', () => {
  it('a record missing a required field is reported with its line, JSON path and message', async () => {
    const broken: Record<string, unknown> = { ...records.organization() };
    delete broken.name;
    const model = records.lifecycleModel();
    const brokenModel = JSON.parse(JSON.stringify(model));
    delete brokenModel.fields.states[0].uuid;
    const path = await forgeArchive({ records: [records.organization(), broken, brokenModel, records.group()] });
    const archive = await openArchive(path);

    const lines = await collectRecords(archive);
    expect(lines.map((l) => [l.line, l.record === null, l.problems])).toEqual([
      [1, false, []],
      [2, true, [{ path: '$.name', message: 'is required' }]],
      [3, true, [{ path: '$.fields.states[0].uuid', message: 'is required' }]],
      [4, false, []],
    ]);
    expect(JSON.parse(lines[1]!.raw)).toEqual(broken);
    await archive.close();
  });

  it('a line that is not JSON is reported, and the lines after it still read', async () => {
    const org = records.organization();
    const objects = Buffer.concat([Buffer.from('{"uuid": oops\n'), ndjsonOf([org])]);
    const path = await forgeArchive({ objects, records: [org, org] });
    const archive = await openArchive(path);

    const [bad, good] = await collectRecords(archive);
    const problems = [{ path: '$', message: expect.stringContaining('not valid JSON') }];
    expect(bad).toMatchObject({ line: 1, record: null, problems });
    expect(good).toMatchObject({ line: 2, record: org, problems: [] });
    await archive.close();
  });

  it('a last line without its newline is still a record', async () => {
    const org = records.organization();
    const path = await forgeArchive({ objects: Buffer.from(JSON.stringify(org)), records: [org] });
    const archive = await openArchive(path);
    expect((await collectRecords(archive)).map((l) => l.record)).toEqual([org]);
    await archive.close();
  });

  it('a line count other than objectCount is MANIFEST_INVALID once the lines are read', async () => {
    const objects = ndjsonOf([records.organization()]);
    const path = await forgeArchive({ objects, records: [records.organization(), records.group()] });
    const archive = await openArchive(path);
    const error = await expectArchiveError(collectRecords(archive), 'MANIFEST_INVALID');
    const message = expect.stringContaining('holds 1 lines');
    expect(error.details.problems).toEqual([{ path: '$.objectCount', message }]);
    await archive.close();
  });
});

describe('the manifest', () => {
  it('an invalid manifest refuses the archive with every problem and its JSON path', async () => {
    const path = await forgeArchive({
      editManifest: (m) => {
        const broken: Record<string, unknown> = { ...m, signedBy: 'me' };
        delete broken.registry;
        (broken.protection as Record<string, unknown>).editable = 'yes';
        return broken;
      },
    });
    const error = await expectArchiveError(openArchive(path), 'MANIFEST_INVALID');
    expect(error.details.problems).toEqual([
      { path: '$.registry', message: 'is required' },
      { path: '$.signedBy', message: 'is not an allowed property' },
      { path: '$.protection.editable', message: 'must be boolean' },
    ]);
  });

  it('manifest.json that is not JSON is MANIFEST_INVALID', async () => {
    const path = await zipEntries(await tempPath(), [
      { name: OBJECTS_ENTRY, data: Buffer.alloc(0) },
      { name: MANIFEST_ENTRY, data: Buffer.from('{"formatVersion": "1.0",') },
    ]);
    const error = await expectArchiveError(openArchive(path), 'MANIFEST_INVALID');
    expect(error.details.problems).toEqual([{ path: '$', message: expect.stringContaining('is not UTF-8 JSON') }]);
  });

  it('counts by kind that do not add up to objectCount are MANIFEST_INVALID', async () => {
    const path = await forgeArchive({ editManifest: (m) => void (m.countsByKind.ASSET = 5) });
    const error = await expectArchiveError(openArchive(path), 'MANIFEST_INVALID');
    expect(error.details.problems).toEqual([{ path: '$.countsByKind', message: 'adds up to 13, objectCount is 9' }]);
  });

  it('an entry marked encrypted without encryption details is MANIFEST_INVALID', async () => {
    const path = await forgeArchive({ editManifest: (m) => void (m.entries[0]!.encrypted = true) });
    const error = await expectArchiveError(openArchive(path), 'MANIFEST_INVALID');
    const message = `is null, yet ${OBJECTS_ENTRY} is encrypted`;
    expect(error.details.problems).toEqual([{ path: '$.encryption', message }]);
  });

  it('a manifest a third-party program writes by following the documentation opens', async () => {
    const source = [records.organization(), records.user(), records.objectType()];
    const objects = ndjsonOf(source);
    const manifest = manifestFor(objects, source);
    const path = await zipEntries(await tempPath(), [
      { name: MANIFEST_ENTRY, data: Buffer.from(JSON.stringify(manifest)), compress: false },
      { name: OBJECTS_ENTRY, data: objects, compress: false },
    ]);
    const archive = await openArchive(path);
    await archive.verifyEntryDigests();
    expect((await collectRecords(archive)).map((l) => l.record)).toEqual(source);
    await archive.close();
  });
});

describe('format versions', () => {
  it('a newer major version is refused, naming both versions', async () => {
    // A 2.x manifest may look different: the version is checked before the schema, so it is the error.
    const path = await forgeArchive({
      editManifest: (m) => ({ ...m, formatVersion: '2.0', chunks: ['objects-0001.ndjson'] }),
    });
    const error = await expectArchiveError(openArchive(path), 'FORMAT_VERSION_UNSUPPORTED');
    expect(error.details).toEqual({ archiveVersion: '2.0', supportedVersion: ARCHIVE_FORMAT_VERSION });
    expect(error.message).toContain('2.0');
    expect(error.message).toContain(ARCHIVE_FORMAT_VERSION);
  });

  it('an older minor version of the same major is accepted', () => {
    expect(() => checkFormatVersion('1.0', '1.2')).not.toThrow();
  });

  it('a newer minor version of the same major is accepted', async () => {
    expect(() => checkFormatVersion('1.3', '1.0')).not.toThrow();
    const archive = await openArchive(await forgeArchive({ editManifest: (m) => void (m.formatVersion = '1.3') }));
    expect(archive.manifest.formatVersion).toBe('1.3');
    await archive.close();
  });

  it('an older major version is accepted', () => {
    expect(() => checkFormatVersion('0.9', '1.0')).not.toThrow();
  });

  it('a newer major is refused whatever its minor', () => {
    const refusal = expect.objectContaining({ code: 'FORMAT_VERSION_UNSUPPORTED' });
    expect(() => checkFormatVersion('2.0', '1.9')).toThrow(refusal);
  });

  it.each(['1', '1.0.0', 'v1.0', '01.0', ''])('a version written %j is MANIFEST_INVALID', (version) => {
    const problems = [expect.objectContaining({ path: '$.formatVersion' })];
    expect(() => checkFormatVersion(version)).toThrow(
      expect.objectContaining({ code: 'MANIFEST_INVALID', details: { problems } }),
    );
  });
});
