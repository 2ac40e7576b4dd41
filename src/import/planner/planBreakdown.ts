import type { ObjectKind } from '../../domain/objectKind.js';
import { type Decision, ImportAction } from './types.js';

/** How many decisions have this action and kind. */
export interface ActionKindCount {
  action: ImportAction;
  kind: ObjectKind;
  count: number;
}

/**
 * How many decisions have this action and give this reason code (each decision once per code), as a reason that
 * decided the action or as one that did not (Reason.decisive).
 */
export interface ActionReasonCount {
  action: ImportAction;
  code: string;
  decisive: boolean;
  count: number;
}

/**
 * A plan at a glance ("34 rejected: STAGE_RESTRICTED") without paging through its decisions: only the pairs that
 * occur, by action (CREATE, REPLACE, IGNORE, REJECT, SKIP) and then kind or code.
 */
export interface PlanBreakdown {
  byKind: ActionKindCount[];
  byReason: ActionReasonCount[];
}

const ACTION_ORDER = Object.values(ImportAction);

/** Tallies decisions as they are made (a plan need not be held whole). */
export class BreakdownTally {
  private readonly kinds = new Map<string, number>();
  private readonly codes = new Map<string, number>();

  add(d: Decision): void {
    bump(this.kinds, `${d.action}\u0000${d.kind}`);
    // A code a decision gives twice (two vetoes, say) counts once; a decision's deciding reasons come first.
    const seen = new Set<string>();
    for (const { code, decisive } of d.reasons) {
      if (seen.has(code)) continue;
      seen.add(code);
      bump(this.codes, `${d.action}\u0000${code}\u0000${decisive ? 1 : 0}`);
    }
  }

  finish(): PlanBreakdown {
    return {
      byKind: entries(this.kinds).map(([action, kind, count]) => ({ action, kind: kind as ObjectKind, count })),
      byReason: entries(this.codes).map(([action, key, count]) => {
        const [code, decisive] = key.split('\u0000') as [string, string];
        return { action, code, decisive: decisive === '1', count };
      }),
    };
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function entries(map: Map<string, number>): [ImportAction, string, number][] {
  return [...map]
    .map(([key, count]): [ImportAction, string, number] => {
      const at = key.indexOf('\u0000');
      return [key.slice(0, at) as ImportAction, key.slice(at + 1), count];
    })
    .sort((x, y) => ACTION_ORDER.indexOf(x[0]) - ACTION_ORDER.indexOf(y[0]) || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
}
