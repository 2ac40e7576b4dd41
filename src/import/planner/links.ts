import type { ArchiveRecord } from '../../archive/record.js';
import type { KindFieldsMap } from '../../domain/kindFields.js';
import { ObjectKind } from '../../domain/objectKind.js';
import type { PlanOptions } from './types.js';

/** Why a record points at another object. Explicit references carry their name: `reference:<name>`. */
export type LinkRole =
  | `reference:${string}`
  | 'organization'
  | 'objectType'
  | 'member'
  | 'policyObjectType'
  | 'modelObjectType'
  | 'stage'
  | 'group';

export interface Link {
  target: string;
  role: LinkRole;
  /**
   * A required link must resolve for the record to be written. A group membership is not required: it pulls
   * the group in, but a group that will not exist only drops the membership.
   */
  required: boolean;
}

/**
 * Every UUID link of a record that planning treats as a dependency, in a fixed order (references, organization,
 * kind fields). Deliberately not links: the owner (decided by the owner rule), previousVersion (the version rule)
 * and an asset's lifecycle model (the lifecycle rule). USER groups are links only with `importUserGroups`.
 */
export function linksOf(record: ArchiveRecord, options: Pick<PlanOptions, 'importUserGroups'>): Link[] {
  const links: Link[] = record.references.map((r) => ({
    target: r.target,
    role: `reference:${r.name}`,
    required: true,
  }));
  if (record.organization && record.kind !== ObjectKind.ORGANIZATION) {
    links.push({ target: record.organization.uuid, role: 'organization', required: true });
  }
  pushFieldLinks(record, options, links);
  return links;
}

function pushFieldLinks(record: ArchiveRecord, options: Pick<PlanOptions, 'importUserGroups'>, links: Link[]): void {
  const required = (role: LinkRole, targets: readonly string[]) => {
    for (const target of targets) links.push({ target, role, required: true });
  };
  switch (record.kind) {
    case ObjectKind.ASSET:
      required('objectType', [(record.fields as KindFieldsMap['ASSET']).objectType]);
      break;
    case ObjectKind.PACKAGE:
      required('member', (record.fields as KindFieldsMap['PACKAGE']).members);
      break;
    case ObjectKind.POLICY:
      required('policyObjectType', (record.fields as KindFieldsMap['POLICY']).objectTypes);
      break;
    case ObjectKind.LIFECYCLE_MODEL: {
      const fields = record.fields as KindFieldsMap['LIFECYCLE_MODEL'];
      required('modelObjectType', fields.objectTypes);
      for (const state of fields.states) required('stage', state.stages);
      break;
    }
    case ObjectKind.USER:
      if (options.importUserGroups) {
        for (const target of (record.fields as KindFieldsMap['USER']).groups) {
          links.push({ target, role: 'group', required: false });
        }
      }
      break;
    default:
      break;
  }
}
