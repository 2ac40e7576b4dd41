import { describe, expect, it } from 'vitest';
import { at, records } from '../fixtures/records.js';
import { existing, expectPlan, registry } from './planHarness.js';

describe('selection rule', () => {
  const created = records.organization();
  const newer = records.organization({ timestamp: at(10) });
  const same = records.organization();
  const older = records.organization({ timestamp: at(1) });
  const reg = () =>
    registry(existing(newer, { timestamp: at(5) }), same, existing(older, { timestamp: at(5) }));

  it('new and newer objects are selected by default, older and identical ones are not', () => {
    const plan = expectPlan([created, newer, same, older], { registry: reg() });
    const byDefault = plan.plan.decisions.map((d) => [d.selectedByDefault, d.selected]);
    expect(byDefault).toEqual([[true, true], [true, true], [false, false], [false, false]]);
  });

  it('allowReplace selects older objects by default too, never identical ones', () => {
    const plan = expectPlan([created, newer, same, older], { registry: reg(), options: { allowReplace: true } });
    const byDefault = plan.plan.decisions.map((d) => [d.selectedByDefault, d.selected]);
    expect(byDefault).toEqual([[true, true], [true, true], [false, false], [true, true]]);
  });

  it('an older object with allowReplace is skipped only when a selection leaves it out', () => {
    const options = { allowReplace: true };
    expectPlan([older, created], { registry: reg(), options, selection: [created] })
      .toDecideAll([older, 'SKIP'])
      .toHaveReasons(older, 'NOT_SELECTED', 'OLDER_IN_ARCHIVE');
  });

  it('an explicit selection imports exactly the selected objects', () => {
    expectPlan([created, newer], { registry: reg(), selection: [newer] })
      .toDecideAll([created, 'SKIP'], [newer, 'REPLACE'])
      .toHaveReasons(created, 'NOT_SELECTED', 'NEW_OBJECT');
  });

  it('an unselected ignored or rejected object keeps its action', () => {
    expectPlan([same, older, created], { registry: reg(), selection: [created] })
      .toDecideAll([same, 'IGNORE'], [older, 'REJECT'])
      .toLackReasons(same, 'NOT_SELECTED');
  });

  it('selecting an identical object still ignores it', () => {
    expectPlan([same], { registry: reg(), selection: [same] }).toDecideAll([same, 'IGNORE']);
  });

  it('an empty selection writes nothing', () => {
    const plan = expectPlan([created, newer], { registry: reg(), selection: [] });
    expect(plan.plan.counts).toEqual({ create: 0, replace: 0, ignore: 0, reject: 0, skip: 2 });
  });

  it('a selection naming an object not in the archive blocks the import', () => {
    const plan = expectPlan([created], { selection: [created, 'not-in-archive'] });
    expect(plan.plan.blocking).toMatchObject([{ code: 'SELECTION_UNKNOWN_OBJECT', uuids: ['not-in-archive'] }]);
  });
});
