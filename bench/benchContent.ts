import { AttributeType, ObjectKind } from '../src/domain/objectKind.js';
import { seededRandom, syntheticAttributes } from './syntheticObjects.js';

/** Distinct attribute sets, reused cyclically: far enough apart that deflate cannot exploit the repetition. */
const POOL_SIZE = 1000;

/**
 * The bench object type's attribute definitions: every attribute syntheticAttributes writes. An import plans an
 * asset with an attribute its type does not define as INVALID_OBJECT (REJECT), so an archive whose type left
 * some out would commit its organization and type only.
 */
export const BENCH_ATTRIBUTE_DEFINITIONS = [
  { name: 'endpoint', type: AttributeType.URL, required: false },
  { name: 'tier', type: AttributeType.INTEGER, required: false },
  { name: 'notes', type: AttributeType.STRING, required: false },
];

/** A pool of attribute objects of about `bytes` JSON each, the same in every run. */
export function attributePool(bytes: number): Record<string, unknown>[] {
  const random = seededRandom(1);
  return Array.from({ length: POOL_SIZE }, (_, i) => syntheticAttributes(i, bytes, random));
}

const EPOCH = Date.parse('2026-01-01T00:00:00.000Z');

/** The i-th benchmark asset, shaped as a registry_object row; the same in the floor and in the seeded registry. */
export function benchObjectRow(
  uuid: string,
  index: number,
  pool: readonly Record<string, unknown>[],
  links: { owner: string; organization: string; objectType: string },
) {
  const created = new Date(EPOCH + index * 1000);
  return {
    uuid,
    kind: ObjectKind.ASSET,
    name: `asset-${String(index).padStart(6, '0')}`,
    description: null,
    ownerUuid: links.owner,
    organizationUuid: links.organization,
    objectTypeUuid: links.objectType,
    createdAt: created,
    timestamp: created,
    version: '1.0',
    attributes: { ...pool[index % pool.length], endpoint: `https://svc-${index}.example.test/api` },
    fields: { objectType: links.objectType },
  };
}
