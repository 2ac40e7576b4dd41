import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { OBJECT_KINDS, type ObjectKind } from '../domain/objectKind.js';
import commonSchema from './schemas/common.schema.json' with { type: 'json' };
import manifestSchema from './schemas/manifest.schema.json' with { type: 'json' };
import assetSchema from './schemas/record.ASSET.schema.json' with { type: 'json' };
import groupSchema from './schemas/record.GROUP.schema.json' with { type: 'json' };
import lifecycleModelSchema from './schemas/record.LIFECYCLE_MODEL.schema.json' with { type: 'json' };
import lifecycleStageSchema from './schemas/record.LIFECYCLE_STAGE.schema.json' with { type: 'json' };
import objectTypeSchema from './schemas/record.OBJECT_TYPE.schema.json' with { type: 'json' };
import organizationSchema from './schemas/record.ORGANIZATION.schema.json' with { type: 'json' };
import packageSchema from './schemas/record.PACKAGE.schema.json' with { type: 'json' };
import policySchema from './schemas/record.POLICY.schema.json' with { type: 'json' };
import userSchema from './schemas/record.USER.schema.json' with { type: 'json' };

/** One way a JSON document breaks its schema. `path` is a JSON path such as `$.fields.states[0].uuid`. */
export interface SchemaProblem {
  path: string;
  message: string;
}

/** Beyond this many problems a document is reported as "and more": one broken line must not flood a report. */
const MAX_PROBLEMS = 20;

const RECORD_SCHEMAS: Record<ObjectKind, object> = {
  OBJECT_TYPE: objectTypeSchema,
  ASSET: assetSchema,
  ORGANIZATION: organizationSchema,
  USER: userSchema,
  GROUP: groupSchema,
  LIFECYCLE_MODEL: lifecycleModelSchema,
  LIFECYCLE_STAGE: lifecycleStageSchema,
  POLICY: policySchema,
  PACKAGE: packageSchema,
};

const UUID_PATTERN = commonSchema.$defs.uuid.pattern;
const TIMESTAMP_PATTERN = commonSchema.$defs.timestamp.pattern;

// Compiled once at module load: compiling costs milliseconds, validating a record microseconds.
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, discriminator: true, strict: true });
// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the whole module.
addFormatsModule.default(ajv, ['date-time', 'uri', 'email']);
ajv.addSchema(commonSchema);
const manifestValidator = ajv.compile(manifestSchema);
const recordValidators = new Map<string, ValidateFunction>(
  OBJECT_KINDS.map((kind) => [kind, ajv.compile(RECORD_SCHEMAS[kind])]),
);

/** Problems of `value` as an archive manifest (manifest.schema.json); empty when it is valid. */
export function validateManifest(value: unknown): SchemaProblem[] {
  return manifestValidator(value) ? [] : toProblems(manifestValidator.errors ?? [], value);
}

/**
 * Problems of `value` as one objects.ndjson record, against the schema of its `kind`
 * (record.<KIND>.schema.json); empty when it is valid. A missing or unknown kind is one problem.
 */
export function validateRecord(value: unknown): SchemaProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path: '$', message: 'must be a JSON object' }];
  }
  const kind = (value as { kind?: unknown }).kind;
  const validator = typeof kind === 'string' ? recordValidators.get(kind) : undefined;
  if (!validator) {
    return [{ path: '$.kind', message: `must be one of the kinds ${OBJECT_KINDS.join(', ')}` }];
  }
  return validator(value) ? [] : toProblems(validator.errors ?? [], value);
}

function toProblems(errors: ErrorObject[], document: unknown): SchemaProblem[] {
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of redundantErrorsRemoved(errors)) {
    const problem = toProblem(error, document);
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { path: '$', message: `and ${rest} more problems` }];
}

/**
 * A bad policy action type is already an `enum` problem, so the discriminator's echo of it goes; a timestamp
 * that breaks its pattern need not also be reported as a bad `date-time` format.
 */
function redundantErrorsRemoved(errors: ErrorObject[]): ErrorObject[] {
  const nonFormatPaths = new Set(errors.filter((e) => e.keyword !== 'format').map((e) => e.instancePath));
  return errors.filter(
    (e) => e.keyword !== 'discriminator' && !(e.keyword === 'format' && nonFormatPaths.has(e.instancePath)),
  );
}

/** Points `required` and `additionalProperties` problems at the property itself, and words patterns. */
function toProblem(error: ErrorObject, document: unknown): SchemaProblem {
  const segments = pointerSegments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: jsonPath([...segments, String(params.missingProperty)], document), message: 'is required' };
    case 'additionalProperties':
      return {
        path: jsonPath([...segments, String(params.additionalProperty)], document),
        message: 'is not an allowed property',
      };
    case 'enum':
      return {
        path: jsonPath(segments, document),
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'const':
      return { path: jsonPath(segments, document), message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'pattern':
      return { path: jsonPath(segments, document), message: patternMessage(String(params.pattern), error) };
    default:
      return { path: jsonPath(segments, document), message: error.message ?? error.keyword };
  }
}

function patternMessage(pattern: string, error: ErrorObject): string {
  if (pattern === UUID_PATTERN) return 'must be a lower-case UUID, plain or as uddi:<uuid>';
  if (pattern === TIMESTAMP_PATTERN) {
    return 'must be an ISO 8601 UTC timestamp with milliseconds (YYYY-MM-DDTHH:mm:ss.sssZ)';
  }
  return error.message ?? `must match pattern ${pattern}`;
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** JSON path of pointer segments; walks the document so array indexes print as `[n]` and keys as `.key`. */
function jsonPath(segments: string[], document: unknown): string {
  let path = '$';
  let node: unknown = document;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      path += `[${segment}]`;
      node = node[Number(segment)];
      continue;
    }
    path += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return path;
}
