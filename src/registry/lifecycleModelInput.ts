import { randomUUID } from 'node:crypto';
import type { LifecycleModelFields } from '../domain/kindFields.js';
import { LifecycleModelStatus } from '../domain/objectKind.js';
import { RegistryError } from '../errors/registryError.js';

/** A lifecycle model as people write it: states by name, and initial/end states and transitions by those names. */
export interface LifecycleModelByNames {
  status?: LifecycleModelStatus | null;
  states?: { uuid?: string | null; name: string; stages: string[] }[] | null;
  initialState?: string | null;
  endStates?: string[] | null;
  transitions?: { from: string; to: string }[] | null;
  objectTypes?: string[] | null;
}

/**
 * Turns names into state UUIDs. A state keeps its UUID across edits (matched by given UUID, then by name),
 * because assets and archives refer to states by UUID.
 */
export function lifecycleFieldsFromNames(input: LifecycleModelByNames, existing?: LifecycleModelFields): LifecycleModelFields {
  const previous = existing ?? { status: LifecycleModelStatus.NEW, states: [], initialState: '', endStates: [], transitions: [], objectTypes: [] };
  const states = input.states
    ? input.states.map((s) => ({
        uuid: s.uuid ?? previous.states.find((p) => p.name === s.name)?.uuid ?? randomUUID(),
        name: s.name,
        stages: s.stages ?? [],
      }))
    : previous.states;
  const byName = new Map(states.map((s) => [s.name, s.uuid]));
  const nameOf = new Map(previous.states.map((s) => [s.uuid, s.name]));
  const problems: { path: string; message: string }[] = [];
  const resolve = (name: string, path: string): string => {
    const uuid = byName.get(name);
    if (!uuid) problems.push({ path, message: `no state named "${name}"` });
    return uuid ?? name;
  };
  const initialName = input.initialState ?? nameOf.get(previous.initialState) ?? '';
  const endNames = input.endStates ?? previous.endStates.map((u) => nameOf.get(u) ?? u);
  const transitionNames =
    input.transitions ?? previous.transitions.map((t) => ({ from: nameOf.get(t.from) ?? t.from, to: nameOf.get(t.to) ?? t.to }));
  const fields: LifecycleModelFields = {
    status: input.status ?? previous.status,
    states,
    initialState: resolve(initialName, 'initialState'),
    endStates: endNames.map((n, i) => resolve(n, `endStates[${i}]`)),
    transitions: transitionNames.map((t, i) => ({ from: resolve(t.from, `transitions[${i}].from`), to: resolve(t.to, `transitions[${i}].to`) })),
    objectTypes: input.objectTypes ?? previous.objectTypes,
  };
  if (problems.length) throw RegistryError.validation(problems);
  return fields;
}
