import { LifecycleModelStatus } from '../../domain/objectKind.js';
import { modelView, type PlanContext } from './planContext.js';
import type { LifecycleModelView } from './types.js';

/** Lifecycle models as they will be once the import is applied. */
export interface EffectiveModels {
  /** The model that will govern assets of this type: a PRODUCTIVE (else RETIRED) one; NEW models govern nothing. */
  governing(objectType: string): LifecycleModelView | undefined;
  /** Any model by UUID, the archive's written copy first. */
  model(uuid: string): LifecycleModelView | undefined;
}

export const governs = (status: LifecycleModelStatus): boolean =>
  status === LifecycleModelStatus.PRODUCTIVE || status === LifecycleModelStatus.RETIRED;

/**
 * A written archive model that lists the type with status PRODUCTIVE/RETIRED wins (PRODUCTIVE first, then archive
 * order); else the registry's governing model, unless the archive overwrites that very model (then its archive
 * copy, which does not govern the type, is what will hold).
 */
export function effectiveModels(ctx: PlanContext): EffectiveModels {
  const written = new Map<string, LifecycleModelView>();
  const byType = new Map<string, LifecycleModelView>();
  for (const { view } of ctx.writtenArchiveModels()) {
    written.set(view.uuid, view);
    if (!governs(view.status)) continue;
    for (const type of view.objectTypes) {
      const current = byType.get(type);
      if (!current || (current.status !== view.status && view.status === LifecycleModelStatus.PRODUCTIVE)) {
        byType.set(type, view); // PRODUCTIVE beats RETIRED; otherwise the first in the archive
      }
    }
  }
  const registryGoverning = (type: string): LifecycleModelView | undefined => {
    const model = ctx.registry.governingModel(type);
    return model && !written.has(model.uuid) && governs(model.status) ? model : undefined;
  };
  return {
    governing: (type) => byType.get(type) ?? registryGoverning(type),
    model: (uuid) => written.get(uuid) ?? ctx.registry.lifecycleModel(uuid) ?? archiveModel(ctx, uuid),
  };
}

/** Any lifecycle model of the archive, written or not. */
function archiveModel(ctx: PlanContext, uuid: string): LifecycleModelView | undefined {
  const index = ctx.run.skeleton.index(uuid);
  const fields = index === undefined ? undefined : ctx.run.archiveModels.get(index);
  return fields && modelView(uuid, fields);
}
