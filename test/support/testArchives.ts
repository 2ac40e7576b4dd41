import { randomUUID } from 'node:crypto';
import { writeArchive } from '../../src/archive/archiveWriter.js';
import type { ArchiveRecord, ProtectionFlags } from '../../src/archive/record.js';
import type { KeyPairCertificate } from '../../src/crypto/certificates.js';
import { records } from '../fixtures/records.js';
import { tempFile } from './exportBuilders.js';

/* Archives written straight from records, as another exporter would write them, for import tests. */

export interface TestArchiveOptions {
  protection?: Partial<ProtectionFlags>;
  completeOrganization?: string | null;
  signer?: KeyPairCertificate | null;
}

/** Writes records straight into an archive file (unsigned unless a signer is given), as another exporter would. */
export async function writeTestArchive(records: AsyncIterable<ArchiveRecord> | ArchiveRecord[], opts: TestArchiveOptions = {}): Promise<string> {
  const outputPath = await tempFile('archive.zip');
  const source = Array.isArray(records) ? (async function* () { yield* records; })() : records;
  await writeArchive({
    outputPath,
    records: source,
    signer: opts.signer ?? null,
    manifest: {
      registry: { uuid: randomUUID(), name: 'test source', address: 'https://source.example.test/graphql' },
      exportedBy: { uuid: randomUUID(), name: 'exporter' },
      exportedAt: new Date().toISOString(),
      options: { objects: [], package: null, includeReferences: true, includeVersionHistory: false, completeOrganization: opts.completeOrganization ?? null },
      protection: { viewContent: true, rePackageable: true, editable: true, ...opts.protection },
    },
  });
  return outputPath;
}

/** An organization, an object type and `count` assets, each referencing the two before it. */
export function assetChain(count: number): ArchiveRecord[] {
  const org = records.organization();
  const organization = { uuid: org.uuid, name: org.name };
  const type = records.objectType({ organization });
  const assets: ArchiveRecord[] = [];
  for (let i = 0; i < count; i++) {
    const references = assets.slice(-2).map((t) => ({ name: `uses-${t.uuid.slice(0, 4)}`, target: t.uuid }));
    assets.push(records.asset(type.uuid, { organization, name: `asset-${i}`, references, attributes: { endpoint: `https://a${i}.test` } }));
  }
  return [org, type, ...assets];
}
