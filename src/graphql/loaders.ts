import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { rawQuery } from '../db/rawQuery.js';
import { ObjectReferenceEntity } from '../entities/index.js';
import { attributesFromColumn } from '../export/objectRow.js';
import { VIEWED_OBJECT_COLUMNS, viewedObjectFromColumns } from '../registry/objectViewRows.js';
import { toObjectView, type ObjectView } from '../resolvers/objectView.js';

export interface ReferenceView {
  name: string;
  sourceUuid: string;
  targetUuid: string;
}

/**
 * Per-request batch loaders: whatever a page of objects asks for (owners, organizations, states, reference
 * targets) is fetched in one statement per kind of relation and tick, never one per object. Objects are read
 * as plain rows into views: they are only shown, so nothing is hydrated into the request's identity map.
 */
export class Loaders {
  readonly object: DataLoader<string, ObjectView | null>;
  readonly referencesFrom: DataLoader<string, ReferenceView[]>;
  readonly referencesTo: DataLoader<string, ReferenceView[]>;
  /** Objects' attributes, for those read without them (the explorer's rows); {} for a missing object. */
  readonly attributes: DataLoader<string, Record<string, unknown>>;
  /** Every object this request has at hand (primed, loaded, or a reference's target), or null where it is missing. */
  private readonly known = new Map<string, ObjectView | null>();
  /** Every object's outgoing references this request has read. */
  private readonly knownReferences = new Map<string, ReferenceView[]>();

  constructor(private readonly em: SqlEntityManager) {
    this.object = new DataLoader((uuids) => this.loadObjects(uuids));
    this.referencesFrom = new DataLoader((uuids) => this.loadReferencesFrom(uuids));
    this.referencesTo = new DataLoader((uuids) => this.loadReferencesTo(uuids));
    this.attributes = new DataLoader((uuids) => this.loadAttributes(uuids));
  }

  /** Makes views already at hand (a page's rows) available to later lookups without another query. */
  prime(views: ObjectView[]): void {
    for (const v of views) this.remember(v);
  }

  /**
   * The object if this request already has it (null: known to be missing), undefined if it must be loaded. Lets
   * a page's thousands of lookups of objects it already read answer at once, without a promise each.
   */
  knownObject(uuid: string): ObjectView | null | undefined {
    return this.known.get(uuid);
  }

  /** The object's outgoing references if this request already read them, undefined if they must be loaded. */
  knownReferencesFrom(uuid: string): ReferenceView[] | undefined {
    return this.knownReferences.get(uuid);
  }

  private remember(view: ObjectView): void {
    this.known.set(view.uuid, view);
    this.object.clear(view.uuid).prime(view.uuid, view);
  }

  private async loadObjects(uuids: readonly string[]): Promise<(ObjectView | null)[]> {
    const knex = this.em.getKnex();
    const rows = await rawQuery(this.em, knex.select([...VIEWED_OBJECT_COLUMNS]).from('registry_object').whereIn('uuid', [...uuids]));
    const byUuid = new Map(rows.map((r) => [r.uuid as string, toObjectView(viewedObjectFromColumns(r))]));
    return uuids.map((u) => {
      const view = byUuid.get(u) ?? null;
      this.known.set(u, view);
      return view;
    });
  }

  private async loadAttributes(uuids: readonly string[]): Promise<Record<string, unknown>[]> {
    const knex = this.em.getKnex();
    const rows = await rawQuery(this.em, knex.select('uuid', 'attributes').from('registry_object').whereIn('uuid', [...uuids]));
    const byUuid = new Map(rows.map((r) => [r.uuid as string, attributesFromColumn(r.attributes)]));
    return uuids.map((u) => byUuid.get(u) ?? {});
  }

  /** References and their targets in one statement; the targets prime the object loader. */
  private async loadReferencesFrom(uuids: readonly string[]): Promise<ReferenceView[][]> {
    const knex = this.em.getKnex();
    const rows = await rawQuery(
      this.em,
      knex
        .select('r.source_uuid as ref_source', 'r.name as ref_name', 'r.target_uuid as ref_target', ...VIEWED_OBJECT_COLUMNS.map((c) => `t.${c}`))
        .from('object_reference as r')
        .leftJoin('registry_object as t', 't.uuid', 'r.target_uuid')
        .whereIn('r.source_uuid', [...uuids])
        .orderBy([{ column: 'r.source_uuid' }, { column: 'r.name' }, { column: 'r.target_uuid' }]),
    );
    const bySource = new Map<string, ReferenceView[]>();
    for (const row of rows) {
      const { ref_source, ref_name, ref_target } = row as Record<string, string>;
      // The target's columns come under their own names (no copy of the row without the ref_ ones).
      if (row.uuid) this.remember(toObjectView(viewedObjectFromColumns(row)));
      const list = bySource.get(ref_source) ?? [];
      list.push({ sourceUuid: ref_source, name: ref_name, targetUuid: ref_target });
      bySource.set(ref_source, list);
    }
    return uuids.map((u) => {
      const references = bySource.get(u) ?? [];
      this.knownReferences.set(u, references);
      return references;
    });
  }

  private async loadReferencesTo(uuids: readonly string[]): Promise<ReferenceView[][]> {
    const rows = await this.em.find(
      ObjectReferenceEntity,
      { targetUuid: { $in: [...uuids] } },
      { orderBy: { sourceUuid: 'asc', name: 'asc' } },
    );
    const byTarget = new Map<string, ReferenceView[]>();
    for (const r of rows) {
      const list = byTarget.get(r.targetUuid) ?? [];
      list.push({ sourceUuid: r.sourceUuid, name: r.name, targetUuid: r.targetUuid });
      byTarget.set(r.targetUuid, list);
    }
    return uuids.map((u) => byTarget.get(u) ?? []);
  }
}
