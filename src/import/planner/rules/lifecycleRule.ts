import type { KindFieldsMap } from '../../../domain/kindFields.js';
import { LifecycleModelStatus, ObjectKind } from '../../../domain/objectKind.js';
import { type EffectiveModels, effectiveModels } from '../effectiveModels.js';
import type { PlanContext, PlanEntry } from '../planContext.js';
import { type InitialStateWhy, Reasons } from '../reasonCodes.js';
import type { LifecycleModelView, WriteOutcome } from '../types.js';

/**
 * The lifecycle of each written asset, against the model that will govern its type here. With
 * keepLifecycleState the exported state is kept only when that model is the exported one (same UUID), is
 * PRODUCTIVE or RETIRED, and has the state; otherwise, and without the option, the model's initial state.
 * No governing model: no lifecycle, and exported state information is ignored.
 */
export function lifecycleRule(ctx: PlanContext): void {
  const models = effectiveModels(ctx);
  for (const entry of ctx.entries) {
    if (!entry.outcome) continue;
    if (entry.record.kind !== ObjectKind.ASSET) {
      if (entry.record.lifecycle) ctx.report(entry, Reasons.lifecycleIgnored(true));
      continue;
    }
    decideLifecycle(ctx, models, entry, entry.outcome);
  }
}

function decideLifecycle(ctx: PlanContext, models: EffectiveModels, entry: PlanEntry, outcome: WriteOutcome): void {
  const exported = entry.record.lifecycle;
  const model = models.governing((entry.record.fields as KindFieldsMap['ASSET']).objectType);
  if (!model) {
    outcome.lifecycle = null;
    if (exported) ctx.report(entry, Reasons.lifecycleIgnored(false));
    return;
  }
  const modelRef = { uuid: model.uuid, name: ctx.ref(model.uuid).name };
  let why: InitialStateWhy;
  if (!exported) why = 'NO_STATE';
  else if (!ctx.options.keepLifecycleState) why = 'OPTION_OFF';
  else if (exported.model !== model.uuid) {
    why = models.model(exported.model)?.status === LifecycleModelStatus.NEW ? 'MODEL_NEW' : 'DIFFERENT_MODEL';
  } else if (!model.states.some((s) => s.uuid === exported.state)) why = 'STATE_MISSING';
  else {
    outcome.lifecycle = { model: model.uuid, state: exported.state };
    ctx.report(entry, Reasons.lifecycleStateKept(modelRef, stateRef(model, exported.state)));
    return;
  }
  outcome.lifecycle = { model: model.uuid, state: model.initialState };
  ctx.report(entry, Reasons.lifecycleInitialState(modelRef, stateRef(model, model.initialState), why));
}

function stateRef(model: LifecycleModelView, state: string) {
  return { uuid: state, name: model.states.find((s) => s.uuid === state)?.name };
}
