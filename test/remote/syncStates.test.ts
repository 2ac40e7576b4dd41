import { describe, expect, it } from 'vitest';
import { compareMembers, decideState } from '../../src/remote/sync/decideStates.js';
import { planSync } from '../../src/remote/sync/syncPlan.js';
import { type PackageComparison, SyncDirection } from '../../src/remote/sync/syncTypes.js';

/* The decision table of a package comparison (the HTTP suite, packageSync.test.ts, shows it end to end). */
const copy = (digest: string, timestamp = '2026-01-01T00:00:00.000Z') => ({ uuid: 'u', kind: 'ASSET', name: 'n', version: null, timestamp, contentDigest: digest });
const last = (digest: string) => ({ digest, syncedAt: new Date(0) });
const LATER = '2026-01-02T00:00:00.000Z';

describe('package comparison states', () => {
  it('equal digests are SAME whatever the timestamps', () => {
    expect(decideState(copy('a'), copy('a', '2027-01-01T00:00:00Z'), last('x'))).toEqual({ state: 'SAME', proposed: 'NONE' });
  });

  it('since the last sync, the side whose digest moved is newer; both moved is a CONFLICT proposing NONE', () => {
    expect(decideState(copy('a'), copy('b', LATER), last('a'))).toEqual({ state: 'REMOTE_NEWER', proposed: 'PULL' });
    expect(decideState(copy('b', LATER), copy('a'), last('a'))).toEqual({ state: 'LOCAL_NEWER', proposed: 'PUSH' });
    expect(decideState(copy('b'), copy('c'), last('a'))).toEqual({ state: 'CONFLICT', proposed: 'NONE' });
  });

  it('a side that changed since the last sync without its timestamp moving is shown, but no copy is proposed', () => {
    expect(decideState(copy('a'), copy('b'), last('a'))).toEqual({ state: 'REMOTE_NEWER', proposed: 'NONE' });
    expect(decideState(copy('b'), copy('a'), last('a'))).toEqual({ state: 'LOCAL_NEWER', proposed: 'NONE' });
  });

  it('refuses to copy an element over a copy with the same timestamp and other content, which the import would ignore', () => {
    const element = { uuid: 'u', kind: 'ASSET', name: 'n', state: 'CONFLICT', proposed: 'NONE', local: copy('a'), remote: copy('b', '2026-01-01T00:00:00Z') };
    const comparison = { package: 'p', elements: [element], members: compareMembers([], []) } as unknown as PackageComparison;
    for (const direction of [SyncDirection.PULL, SyncDirection.PUSH]) {
      expect(() => planSync(comparison, [{ uuid: 'u', direction }], null)).toThrow(/both copies carry the timestamp .* an import ignores/);
    }
    expect(planSync(comparison, [{ uuid: 'u', direction: SyncDirection.NONE }], null).directions.size).toBe(0);
  });

  it('never synchronized, the later timestamp wins and equal timestamps with other content conflict', () => {
    expect(decideState(copy('a', '2026-01-01T00:00:00Z'), copy('b', '2026-01-02T00:00:00Z'), null).state).toBe('REMOTE_NEWER');
    expect(decideState(copy('a', '2026-01-02T00:00:00Z'), copy('b', '2026-01-01T00:00:00Z'), null).state).toBe('LOCAL_NEWER');
    expect(decideState(copy('a'), copy('b'), null).state).toBe('CONFLICT');
  });

  it('an element on one side only is proposed to travel when new, and left alone when the other side dropped it since the last sync', () => {
    expect(decideState(null, copy('a'), null)).toEqual({ state: 'REMOTE_ONLY', proposed: 'PULL' });
    expect(decideState(copy('a'), null, null)).toEqual({ state: 'LOCAL_ONLY', proposed: 'PUSH' });
    expect(decideState(null, copy('a'), last('a'))).toEqual({ state: 'REMOTE_ONLY', proposed: 'NONE' });
    expect(decideState(copy('a'), null, last('a'))).toEqual({ state: 'LOCAL_ONLY', proposed: 'NONE' });
  });

  it('offers MERGE only when each member list holds members the other lacks, local order first', () => {
    expect(compareMembers(['a', 'b'], ['a', 'c'])).toMatchObject({ localOnly: ['b'], remoteOnly: ['c'], mergeOffered: true, merged: ['a', 'b', 'c'] });
    expect(compareMembers(['a'], ['a', 'c']).mergeOffered).toBe(false);
  });
});
