import type { SqlEntityManager } from '@mikro-orm/knex';
import type { RecordLine } from '../../archive/archiveReader.js';
import { contentDigest } from '../../archive/contentDigest.js';
import type { ArchiveRecord } from '../../archive/record.js';
import type { LongTransaction } from '../../db/writerTransaction.js';
import { ObjectKind } from '../../domain/objectKind.js';
import { attributeProfile } from '../../registry/validation/kindValidators.js';
import { StagedImportEntity } from '../../entities/index.js';
import { removeDuplicateUuids } from './duplicateUuids.js';
import { ProblemReport } from './problemReport.js';
import { StagedObjectWriter, type StagedObjectRow } from './stagedObjectWriter.js';

/** The staged_import row but for what only reading the records can tell (counts and problems). */
export type StagedImportFacts = Omit<StagedImportEntity, 'objectCount' | 'problems' | 'problemCount'>;

/**
 * Stores a staged import in ONE (long) transaction: streams `records` into staged_object (valid ones only; invalid
 * ones become problems with line, JSON path and message), drops later repeats of a UUID as problems, then
 * inserts the staged_import row with the counts. Any failure, including one the record stream raises at its
 * end (digest mismatch, decryption failure), rolls everything back.
 */
export async function storeStagedImport(
  transaction: LongTransaction,
  facts: StagedImportFacts,
  records: AsyncIterable<RecordLine>,
): Promise<StagedImportEntity> {
  return transaction(async (tx) => {
    const problems = new ProblemReport();
    const written = await writeValidRecords(tx, facts.id, records, problems);
    const duplicates = await removeDuplicateUuids(tx, facts.id);
    problems.merge(duplicates.problems, duplicates.count);
    const row = Object.assign(new StagedImportEntity(), facts, {
      objectCount: written - duplicates.count,
      problems: problems.kept,
      problemCount: problems.count,
    });
    await tx.insert(StagedImportEntity, row);
    return row;
  });
}

async function writeValidRecords(
  tx: SqlEntityManager,
  stagedImportId: string,
  records: AsyncIterable<RecordLine>,
  problems: ProblemReport,
): Promise<number> {
  const writer = new StagedObjectWriter(tx);
  try {
    for await (const line of records) {
      if (line.record) await writer.add(stagedObjectRow(stagedImportId, line.line, line.raw, line.record));
      else problems.add(line.line, line.problems);
    }
    return await writer.finish();
  } finally {
    await writer.writesDone();
  }
}

/** The row of a valid record: the raw line is kept as the record's text, exactly as it was validated. */
function stagedObjectRow(stagedImportId: string, line: number, raw: string, record: ArchiveRecord): StagedObjectRow {
  return {
    stagedImportId,
    line,
    uuid: record.uuid,
    kind: record.kind,
    name: record.name,
    contentDigest: contentDigest(record),
    record: raw,
    attributeProfile: record.kind === ObjectKind.ASSET ? JSON.stringify(attributeProfile(record.attributes)) : null,
  };
}
