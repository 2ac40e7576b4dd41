import type { SqlEntityManager } from '@mikro-orm/knex';
import type { RecordReference } from '../archive/record.js';
import { ObjectReferenceEntity, RegistryObjectEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';

/** Reads and writes registry objects with their references; no rules live here. */
export class ObjectStore {
  constructor(private readonly em: SqlEntityManager) {}

  findOne(uuid: string): Promise<RegistryObjectEntity | null> {
    return this.em.findOne(RegistryObjectEntity, { uuid });
  }

  async findMany(uuids: readonly string[]): Promise<Map<string, RegistryObjectEntity>> {
    const unique = [...new Set(uuids)];
    if (!unique.length) return new Map();
    const rows = await this.em.find(RegistryObjectEntity, { uuid: { $in: unique } });
    return new Map(rows.map((r) => [r.uuid, r]));
  }

  async referencesOf(uuid: string): Promise<RecordReference[]> {
    const rows = await this.em.find(ObjectReferenceEntity, { sourceUuid: uuid }, { orderBy: { name: 'asc', targetUuid: 'asc' } });
    return rows.map((r) => ({ name: r.name, target: r.targetUuid }));
  }

  /** Replaces the outgoing references of an object (within the caller's transaction). */
  async setReferences(sourceUuid: string, references: readonly RecordReference[]): Promise<void> {
    await this.em.nativeDelete(ObjectReferenceEntity, { sourceUuid });
    const unique = new Map(references.map((r) => [`${r.name}\u0000${r.target}`, r]));
    if (unique.size) {
      await this.em.insertMany(
        ObjectReferenceEntity,
        [...unique.values()].map((r) => ({ sourceUuid, name: r.name, targetUuid: r.target })),
      );
    }
  }

  /**
   * Deletes the object with its references; OBJECT_CHANGED when the row is gone already (a delete that matched
   * nothing). A copy of it loaded in this unit of work is forgotten, so the transaction's closing flush does not
   * try to update the row it just deleted.
   */
  async remove(uuid: string): Promise<void> {
    await this.em.nativeDelete(ObjectReferenceEntity, { sourceUuid: uuid });
    if ((await this.em.nativeDelete(RegistryObjectEntity, { uuid })) !== 1) throw RegistryError.objectChanged('Object', uuid);
    const uow = this.em.getUnitOfWork();
    const loaded = uow.getById<RegistryObjectEntity>(RegistryObjectEntity.name, uuid);
    if (loaded) uow.unsetIdentity(loaded);
  }
}
