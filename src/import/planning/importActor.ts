import type { AccessControl, GuardedObject } from '../../auth/accessControl.js';
import { ObjectKind, Role } from '../../domain/objectKind.js';
import { isObjectUuid } from '../../registry/objectDraft.js';
import type { Actor } from '../planner/types.js';

const SEP = '\u0000';

/**
 * The importing user as the planner sees it, answering from the caller's AccessControl (ready() awaited) and
 * the preloaded registry rows. It also records every question the planner asked with its answer: the planner is
 * deterministic, so a later actor giving the same answers (sameAnswers) makes the same plan. That is how a
 * cached plan is proven valid for a commit without being recomputed.
 */
export class ImportActor implements Actor {
  readonly answers = new Map<string, boolean>();

  constructor(
    private readonly access: AccessControl,
    private readonly guards: ReadonlyMap<string, GuardedObject>,
  ) {}

  get uuid(): string {
    return this.access.principal.uuid;
  }

  get name(): string {
    return this.access.principal.name;
  }

  hasRole(role: Role): boolean {
    return this.note(`R${SEP}${role}`, this.access.hasRole(role));
  }

  /** The kind follows from the type key: an object type UUID means an asset, anything else is a kind name. */
  canCreate(typeKey: string, organizationUuid: string | null): boolean {
    const kind = isObjectUuid(typeKey) ? ObjectKind.ASSET : typeKey;
    return this.note(`C${SEP}${typeKey}${SEP}${organizationUuid ?? ''}`, this.access.canCreate(kind, typeKey, organizationUuid));
  }

  /** Only objects the registry holds can be edited; the planner asks only about those. */
  canEdit(uuid: string): boolean {
    const guard = this.guards.get(uuid);
    return this.note(`E${SEP}${uuid}`, guard !== undefined && this.access.canEdit(guard));
  }

  /**
   * Only objects the registry holds can be viewed; the planner asks only about those, for every object and link
   * target it reads. An administrator sees all: one recorded question stands for all of them.
   */
  canView(uuid: string): boolean {
    if (this.access.isAdministrator) return this.hasRole(Role.REGISTRY_ADMINISTRATOR);
    const guard = this.guards.get(uuid);
    return this.note(`V${SEP}${uuid}`, guard !== undefined && this.access.canView(guard));
  }

  private note(question: string, answer: boolean): boolean {
    this.answers.set(question, answer);
    return answer;
  }
}

function answerOf(actor: Actor, type: string, a: string, b: string | undefined): boolean {
  if (type === 'R') return actor.hasRole(a as Role);
  if (type === 'C') return actor.canCreate(a, b === '' || b === undefined ? null : b);
  if (type === 'V') return actor.canView(a);
  return actor.canEdit(a);
}

/** Whether `actor` (same user) answers every recorded question as recorded. O(questions). */
export function sameAnswers(recorded: ReadonlyMap<string, boolean>, actor: Actor): boolean {
  for (const [question, answer] of recorded) {
    const [type, a, b] = question.split(SEP);
    const now = answerOf(actor, type!, a!, b);
    if (now !== answer) return false;
  }
  return true;
}
