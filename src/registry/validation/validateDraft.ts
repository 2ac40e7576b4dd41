import type { SqlEntityManager } from '@mikro-orm/knex';
import { DEFAULT_MAX_JSON_DEPTH } from '../../archive/archiveLimits.js';
import { jsonTextProblems } from '../../archive/jsonText.js';
import { ObjectKind } from '../../domain/objectKind.js';
import { RegistryObjectEntity } from '../../entities/index.js';
import { RegistryError } from '../../errors/registryError.js';
import { conditionTooComplex } from '../../policies/conditionBounds.js';
import { isObjectUuid, type ObjectDraft } from '../objectDraft.js';
import { kindValidators } from './kindValidators.js';
import { draftLinks, type LinkedObject } from './linkedObjects.js';
import { Problems } from './problems.js';

/** The fields every kind has: UUID, name, references (an import checks these too, validationRule). */
export function checkCommonFields(d: Pick<ObjectDraft, 'uuid' | 'name' | 'references' | 'previousVersionUuid'>, problems: Problems): void {
  if (!isObjectUuid(d.uuid)) problems.add('uuid', 'must be a UUID or uddi:<UUID>');
  if (!d.name?.trim()) problems.add('name', 'is required');
  if (d.name && d.name.length > 400) problems.add('name', 'must be at most 400 characters');
  if (d.previousVersionUuid && d.previousVersionUuid === d.uuid) problems.add('previousVersion', 'names the object itself');
  d.references.forEach((r, i) => {
    if (!r.name?.trim()) problems.add(`references[${i}].name`, 'is required');
    if (!isObjectUuid(r.target)) problems.add(`references[${i}].target`, 'must be a UUID');
  });
}

/** Every kind but an organization belongs to one (an import checks this too, validationRule). */
export function checkOrganization(d: Pick<ObjectDraft, 'kind' | 'organizationUuid'>, problems: Problems): void {
  if (d.kind !== ObjectKind.ORGANIZATION && !d.organizationUuid) problems.add('organization', 'is required');
}

/**
 * What the API writes is held to what staging holds archive records to (jsonText.ts): no U+0000, which
 * PostgreSQL refuses (22021) and SQLite keeps, so both refuse it alike; no nesting the content digest and the
 * exporter could not walk. (An import's records were checked when they were staged.)
 */
export function checkStorable(d: ObjectDraft, problems: Problems): void {
  let text: string;
  let unbounded = false;
  // A number beyond a double's range (1e400 in a request's JSON) would be stored as null: refused, not changed.
  const finite = (_key: string, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) unbounded = true;
    return value;
  };
  try {
    text = JSON.stringify([d.name, d.description, d.version, d.attributes, d.fields, d.references], finite);
  } catch {
    problems.add('attributes', `nests deeper than ${DEFAULT_MAX_JSON_DEPTH} levels (the limit maxJsonDepth)`);
    return;
  }
  if (unbounded) problems.add('input', 'holds a number beyond the range of a double, which would be stored as null');
  for (const problem of jsonTextProblems(text, DEFAULT_MAX_JSON_DEPTH).problems) problems.add('input', problem.message);
}

/** A policy whose condition breaks a bound of conditionBounds.ts: POLICY_CONDITION_TOO_COMPLEX naming the limit. */
function assertConditionBounded(d: ObjectDraft): void {
  if (d.kind !== ObjectKind.POLICY) return;
  const tooComplex = conditionTooComplex(d.fields.condition ?? null);
  if (tooComplex) throw RegistryError.policyConditionTooComplex(tooComplex.message, tooComplex.limit, tooComplex.value);
}

/**
 * Validates a draft before it is written: common fields, the kind's own fields, and that every UUID it
 * points at exists with the right kind (one query). Throws VALIDATION_FAILED listing every problem.
 */
export async function validateDraft(em: SqlEntityManager, d: ObjectDraft): Promise<void> {
  assertConditionBounded(d);
  const problems = new Problems();
  checkCommonFields(d, problems);
  checkStorable(d, problems);
  checkOrganization(d, problems);
  const validator = kindValidators[d.kind];
  const links = draftLinks(d, validator.links(d));
  const rows = links.length
    ? await em.find(
        RegistryObjectEntity,
        { uuid: { $in: [...new Set(links.map((l) => l.uuid))] } },
        { fields: ['uuid', 'kind', 'fields', 'objectTypeUuid'] },
      )
    : [];
  const linked = new Map<string, LinkedObject>(rows.map((r) => [r.uuid, r]));
  for (const link of links) {
    const target = linked.get(link.uuid);
    if (!target) problems.add(link.path, `${link.uuid} does not exist`);
    else if (!link.kinds.includes(target.kind)) problems.add(link.path, `${link.uuid} is a ${target.kind}, expected ${link.kinds.join(' or ')}`);
  }
  validator.check(d, linked, problems);
  if (!problems.empty) throw RegistryError.validation(problems.list);
}
