import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ProtectionFlags } from '../archive/record.js';
import type { AccessControl } from '../auth/accessControl.js';
import { ObjectKind } from '../domain/objectKind.js';
import { RegistryError } from '../errors/registryError.js';
import { selectLinkRows, selectReferenceTargets, type LinkRow } from './exportQueries.js';
import { linkedUuids, type LinkPolicy } from './objectLinks.js';
import { selectOrganizationFacts, selectOrganizationLinkPage, selectOrganizationOutsideLinks } from './organizationQueries.js';

/** Rows per statement while deciding the set; the writing side uses the same size. */
export const EXPORT_BATCH_SIZE = 1000;

/** What an export starts from, before links are followed. */
export interface ExportScope {
  /** Objects chosen by UUID; each must exist. */
  objects: readonly string[];
  /** Objects chosen through a package's member list: one that no longer exists is skipped, like a dangling link. */
  members: readonly string[];
  /** An organization all of whose objects are chosen, or null. */
  organization: string | null;
  follow: LinkPolicy;
}

/** The objects an archive will hold, decided before a byte is written. */
export interface ExportSet {
  /**
   * uuid → kind of every member but the assets of `organization`. UUIDs only: rows are read again, a batch at
   * a time, to be written.
   */
  members: Map<string, ObjectKind>;
  /** The organization exported whole, whose assets are members too, read in keyset pages when written; or null. */
  organization: string | null;
  /** The protection flags every member allows: an archive never grants more than its objects carry. */
  carried: ProtectionFlags;
}

/**
 * Decides the export set: the chosen objects, the organization's objects, and whatever `follow` pulls in,
 * transitively. Reads one batch of rows (and one of their references) per statement; an organization's own
 * objects are judged by aggregate statements, and only those its members link to outside it are walked.
 * Throws NOT_FOUND for a chosen UUID that does not exist, FORBIDDEN naming objects the caller may not view or
 * whose content it may not read (chosen or pulled in: nothing is silently dropped, nor any attribute: an
 * archive without them would overwrite the real ones where it is imported), and NOT_REPACKAGEABLE for objects
 * imported from an archive that forbade exporting them again. `access` must be ready.
 */
export async function collectExportSet(em: SqlEntityManager, access: AccessControl, scope: ExportScope): Promise<ExportSet> {
  const walk = new ExportWalk(em, access, scope.follow, scope.organization);
  await walk.addChosen(scope.objects);
  for (const uuid of scope.members) walk.enqueue(uuid);
  if (scope.organization) await walk.coverOrganization(scope.organization);
  await walk.drain();
  return { members: walk.members(), organization: scope.organization, carried: walk.carried };
}

/** The walk's bookkeeping per UUID: the kind once the object is a member, null while it waits to be read. */
type Seen = Map<string, ObjectKind | null>;

class ExportWalk {
  readonly carried: ProtectionFlags = { viewContent: true, rePackageable: true, editable: true };
  /** One map for members and queued links: a single lookup per link, of which there are several per object. */
  private readonly seen: Seen = new Map();
  /** Linked objects not yet read; a stack, since the order of discovery does not matter. */
  private readonly pending: string[] = [];

  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: AccessControl,
    private readonly follow: LinkPolicy,
    /** The organization exported whole: its assets are members without being walked, one by one. */
    private readonly inside: string | null,
  ) {}

  /** The members, once the walk is done; links to objects that turned out not to exist are dropped. */
  members(): Map<string, ObjectKind> {
    for (const [uuid, kind] of this.seen) if (kind === null) this.seen.delete(uuid);
    return this.seen as Map<string, ObjectKind>;
  }

  async addChosen(uuids: readonly string[]): Promise<void> {
    const unique = [...new Set(uuids)];
    for (let i = 0; i < unique.length; i += EXPORT_BATCH_SIZE) {
      const batch = unique.slice(i, i + EXPORT_BATCH_SIZE);
      const rows = await selectLinkRows(this.em, batch);
      if (rows.length < batch.length) {
        const found = new Set(rows.map((r) => r.uuid));
        throw RegistryError.notFound('Object', batch.find((u) => !found.has(u))!);
      }
      await this.accept(rows);
    }
  }

  /**
   * Judges the organization's objects as a whole (protection by aggregates; visibility row by row only when
   * the caller's rights do not cover the organization) and queues what they link to outside it.
   */
  async coverOrganization(organizationUuid: string): Promise<void> {
    const facts = await selectOrganizationFacts(this.em, organizationUuid);
    if (facts.locked.length) throw RegistryError.notRepackageable(facts.locked);
    if (facts.withheld.length && !this.access.canReadContent(false)) throw RegistryError.contentWithheld('export these objects', facts.withheld);
    this.carried.viewContent &&= facts.viewContent;
    this.carried.editable &&= facts.editable;
    const coversAll = this.access.canView({ uuid: '', kind: ObjectKind.ASSET, ownerUuid: null, organizationUuid });
    await this.scanOrganization(organizationUuid, !coversAll);
    for (const uuid of await selectOrganizationOutsideLinks(this.em, organizationUuid, this.follow)) this.enqueue(uuid);
  }

  /** Reads what the members link to until nothing new turns up. Links to objects that are gone are skipped. */
  async drain(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending.splice(-EXPORT_BATCH_SIZE);
      await this.accept(await selectLinkRows(this.em, batch));
    }
  }

  enqueue(uuid: string): void {
    if (this.seen.has(uuid)) return;
    this.seen.set(uuid, null);
    this.pending.push(uuid);
  }

  /**
   * Pages through the organization: every row when visibility must be checked one by one, else only the
   * non-assets. Those become members here, so they are written by kind with the others, and their kind fields
   * (groups, members, object types, stages) are followed; the assets are left to the organization's pages.
   */
  private async scanOrganization(organizationUuid: string, checkEach: boolean): Promise<void> {
    for (let after: string | null = null; ; ) {
      const rows = await selectOrganizationLinkPage(this.em, organizationUuid, after, EXPORT_BATCH_SIZE, !checkEach);
      this.assertVisible(rows);
      this.assertContentReadable(rows);
      for (const row of rows) if (row.kind !== ObjectKind.ASSET) this.adopt(row, undefined);
      if (rows.length < EXPORT_BATCH_SIZE) return;
      after = rows[rows.length - 1]!.uuid;
    }
  }

  private async accept(rows: LinkRow[]): Promise<void> {
    const fresh = rows.filter((r) => !this.seen.get(r.uuid) && (this.inside === null || r.organizationUuid !== this.inside));
    this.assertVisible(fresh);
    this.assertContentReadable(fresh);
    const locked = fresh.filter((r) => !r.rePackageable).map((r) => r.uuid);
    if (locked.length) throw RegistryError.notRepackageable(locked);
    const references = this.follow.references ? await selectReferenceTargets(this.em, fresh.map((r) => r.uuid)) : undefined;
    for (const row of fresh) this.adopt(row, references?.get(row.uuid));
  }

  /** Makes a checked row a member and queues what it links to. */
  private adopt(row: LinkRow, referenceTargets: string[] | undefined): void {
    this.seen.set(row.uuid, row.kind);
    this.carried.viewContent &&= row.viewContent;
    this.carried.editable &&= row.editable;
    for (const target of linkedUuids(row, referenceTargets, this.follow)) this.enqueue(target);
  }

  private assertVisible(rows: readonly LinkRow[]): void {
    const forbidden = rows.filter((r) => !this.access.canView(r)).map((r) => r.uuid);
    if (forbidden.length) throw RegistryError.forbiddenObjects('export these objects', forbidden);
  }

  /** An archive hands over every member's content: none may be content the caller may not read. */
  private assertContentReadable(rows: readonly LinkRow[]): void {
    const withheld = rows.filter((r) => !this.access.canViewContent(r)).map((r) => r.uuid);
    if (withheld.length) throw RegistryError.contentWithheld('export these objects', withheld);
  }
}
