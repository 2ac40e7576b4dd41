import type { ObjectKind } from '../../domain/objectKind.js';
import type { ObjectDraft } from '../objectDraft.js';

/** The UUIDs a draft points at, each with the kind it must have and where it sits in the input. */
export interface ExpectedLink {
  path: string;
  uuid: string;
  kinds: ObjectKind[];
}

export interface LinkedObject {
  uuid: string;
  kind: ObjectKind;
  fields: Record<string, unknown>;
  objectTypeUuid: string | null;
}

export type LinkLookup = ReadonlyMap<string, LinkedObject>;

export function expectLink(out: ExpectedLink[], path: string, uuid: unknown, ...kinds: ObjectKind[]): void {
  if (typeof uuid === 'string' && uuid) out.push({ path, uuid, kinds });
}

export function draftLinks(d: ObjectDraft, kindLinks: ExpectedLink[]): ExpectedLink[] {
  const links: ExpectedLink[] = [...kindLinks];
  expectLink(links, 'organization', d.organizationUuid, 'ORGANIZATION' as ObjectKind);
  expectLink(links, 'owner', d.ownerUuid, 'USER' as ObjectKind);
  return links;
}
