import { describe, expect, it } from 'vitest';
import { archiveTypesOf, versionTypesOf } from '../../src/import/planner/archiveTypes.js';
import { decodeFacts, encodeFacts, factOptions } from '../../src/import/planner/passAFacts.js';
import { planImport, Planner, type PlannerSettings } from '../../src/import/planner/planImport.js';
import { PlanSkeleton } from '../../src/import/planner/planSkeleton.js';
import type { Plan, PlanInput, PlanOptions, StagedObject } from '../../src/import/planner/types.js';
import { linkedArchive, pageView } from './linkedArchive.js';
import { planInput } from './planHarness.js';

const NOW = Date.parse('2026-06-01T00:00:00.000Z');

/** The linked archive's plan input with `options`, at a fixed instant (facts keep the instant they were gathered at). */
function inputWith(options: Partial<PlanOptions>): PlanInput {
  const { objects, registry } = linkedArchive();
  return { ...planInput(objects, { registry, options }), futureTimestamps: { now: NOW, maxSkewSeconds: 3600, refuse: false } };
}

function settingsOf(input: PlanInput): PlannerSettings {
  const records = input.objects.map(({ record }) => record);
  return { ...input, archiveTypes: archiveTypesOf(records), versionTypes: versionTypesOf(records) };
}

function pagesOf(input: PlanInput, size: number): StagedObject[][] {
  const pages: StagedObject[][] = [];
  for (let i = 0; i < input.objects.length; i += size) pages.push(input.objects.slice(i, i + size));
  return pages;
}

/** Pass A once with the options facts are gathered with, through their stored form, then a planner for `input`'s options. */
function plannerFromFacts(input: PlanInput, size: number): Planner {
  const settings = settingsOf(input);
  const skeleton = PlanSkeleton.of(input.objects.map(({ record }) => record));
  const gathering = new Planner(skeleton, { ...settings, options: factOptions(settings.options) });
  for (const page of pagesOf(input, size)) gathering.passA(page, pageView(input.registry, page), input.actor);
  const facts = decodeFacts(encodeFacts(gathering.facts()));
  expect(facts).not.toBeNull();
  const planner = Planner.fromFacts(skeleton.sameObjects(), settings, facts!);
  planner.resolve();
  return planner;
}

function planFromFacts(input: PlanInput, size: number): Plan {
  const planner = plannerFromFacts(input, size);
  const decisions = pagesOf(input, size).flatMap((page) => planner.passB(page, pageView(input.registry, page), input.actor));
  return { decisions, ...planner.finish() };
}

/** Every option set the planner tells apart (trustProvider is the commit's). */
const OPTION_SETS: Partial<PlanOptions>[] = [];
for (let bits = 0; bits < 16; bits++) {
  OPTION_SETS.push({
    allowReplace: (bits & 1) !== 0,
    keepCurrentOwner: (bits & 2) !== 0,
    importUserGroups: (bits & 4) !== 0,
    keepLifecycleState: (bits & 8) !== 0,
  });
}

describe('pass A facts', () => {
  it('give every option set the plan its records give, decisions and digest alike', () => {
    const digests = new Set<string>();
    for (const options of OPTION_SETS) {
      const input = inputWith(options);
      const fromRecords = planImport(input);
      const fromFacts = planFromFacts(input, 3);
      expect({ options, decisions: fromFacts.decisions }).toEqual({ options, decisions: fromRecords.decisions });
      expect({ options, digest: fromFacts.digest, blocking: fromFacts.blocking }).toEqual({
        options,
        digest: fromRecords.digest,
        blocking: fromRecords.blocking,
      });
      digests.add(fromRecords.digest);
    }
    // The archive is one where the options matter: allowReplace and importUserGroups change what is written.
    const actions = (options: Partial<PlanOptions>) => planImport(inputWith(options)).decisions.map((d) => `${d.name}:${d.action}`);
    expect(actions({ allowReplace: true })).not.toEqual(actions({}));
    expect(actions({ importUserGroups: true })).not.toEqual(actions({}));
    expect(digests.size).toBeGreaterThan(4);
  });

  it('are refused in their stored form when written in another format, or with a part of another length', () => {
    const input = inputWith({});
    const planner = new Planner(PlanSkeleton.of(input.objects.map(({ record }) => record)), { ...settingsOf(input), options: factOptions(input.options) });
    planner.passA(input.objects, input.registry, input.actor);
    const stored = encodeFacts(planner.facts());
    expect(decodeFacts(stored)).not.toBeNull();
    const header = JSON.parse(Buffer.from(stored.header).toString()) as { format: number };
    expect(decodeFacts({ ...stored, header: Buffer.from(JSON.stringify({ ...header, format: header.format + 1 })) })).toBeNull();
    expect(decodeFacts({ ...stored, arrays: [stored.arrays[0]!.subarray(1), ...stored.arrays.slice(1)] })).toBeNull();
    expect(decodeFacts({ ...stored, arrays: stored.arrays.slice(1) })).toBeNull();
  });

  it('are read back from their stored form at any byte address, to the same plan', () => {
    const input = inputWith({ allowReplace: true, importUserGroups: true });
    const settings = settingsOf(input);
    const skeleton = PlanSkeleton.of(input.objects.map(({ record }) => record));
    const gathering = new Planner(skeleton, { ...settings, options: factOptions(settings.options) });
    gathering.passA(input.objects, input.registry, input.actor);
    const stored = encodeFacts(gathering.facts());
    // A database driver's buffer need not start at a multiple of 4.
    const shifted = (bytes: Uint8Array) => {
      const buffer = Buffer.alloc(bytes.length + 1);
      buffer.set(bytes, 1);
      return buffer.subarray(1);
    };
    const facts = decodeFacts({ header: shifted(stored.header), arrays: stored.arrays.map(shifted) });
    const planner = Planner.fromFacts(skeleton.sameObjects(), settings, facts!);
    planner.resolve();
    const decisions = planner.passB(input.objects, input.registry, input.actor);
    expect({ decisions, digest: planner.finish().digest }).toEqual({ decisions: planImport(input).decisions, digest: planImport(input).digest });
  });

  it('let a page be planned aside, to the decisions the whole pass B gives it', () => {
    for (const options of [{}, { allowReplace: true, importUserGroups: true, keepLifecycleState: true }]) {
      const input = inputWith(options);
      const planner = plannerFromFacts(input, 4);
      const pages = pagesOf(input, 4);
      const aside = pages.map((page) => planner.aside().passB(page, pageView(input.registry, page), input.actor));
      const whole = pages.map((page) => planner.passB(page, pageView(input.registry, page), input.actor));
      expect(aside).toEqual(whole);
      expect(planner.finish().digest).toBe(planImport(input).digest);
    }
  });
});
