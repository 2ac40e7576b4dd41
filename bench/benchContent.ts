import { ObjectKind } from '../src/domain/objectKind.js';
import { seededRandom, syntheticAttributes } from './syntheticObjects.js';

/** Distinct attribute sets, reused cyclically: far enough apart that deflate cannot exploit the repetition. */
const POOL_SIZE = 1000;

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
