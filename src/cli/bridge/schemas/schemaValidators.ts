import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import configSchema from './config.schema.json' with { type: 'json' };
import planFileSchema from './plan-file.schema.json' with { type: 'json' };

/*
 * The JSON Schemas registry-bridge reads files against, compiled once. Loaded on demand (dynamic import) by the
 * commands that read such a file, so every other command starts without compiling them.
 */
const ajv = new Ajv2020({ allErrors: true, strict: true });
// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the whole module.
addFormatsModule.default(ajv, ['date-time', 'uri']);

export const validateConfig: ValidateFunction = ajv.compile(configSchema);
export const validatePlanFile: ValidateFunction = ajv.compile(planFileSchema);

/** The first problems of a document that fails its schema, briefly: "/profiles/dev must NOT have additional properties (token)". */
export function describeProblems(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 3)
    .map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` (${(e.params as { additionalProperty: string }).additionalProperty})` : '';
      return `${e.instancePath || '(top level)'} ${e.message ?? 'is invalid'}${extra}`;
    })
    .join('; ');
}
