import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql/index.js'; // the CommonJS build type-graphql builds the schema with (the ESM one would not know its types)
import { RegistryError } from '../errors/registryError.js';

/**
 * The longest string accepted, per kind of input (characters). docs/security.md lists them; the columns that
 * store these values are at least this wide.
 */
export const STRING_BOUNDS = {
  /** Every ID: object UUIDs (plain or uddi:), ids of staged imports, imports, grants, tokens. */
  identifier: 64,
  /** Object, state and attribute names; names searched for. */
  name: 400,
  /** Token and reference names. */
  shortName: 200,
  version: 64,
  email: 320,
  description: 10_000,
  /** A lifecycle stage's registry address (a URL). */
  address: 2_048,
  password: 1_024,
  /** A certificate in PEM. */
  certificate: 65_536,
  /** X.509 caps a common name at 64 characters. */
  commonName: 64,
  /** Cursors of paged lists. */
  cursor: 1_024,
  /** Codes, digests, fingerprints, type keys. */
  code: 128,
  /** Any string inside a JSON value (attribute values, policy conditions and action values). */
  jsonString: 65_536,
  /** Any key of a JSON object. */
  jsonKey: 400,
  /** A String input not named below. */
  other: 1_000,
} as const;

export type StringKind = keyof typeof STRING_BOUNDS;

/** The kind of a String input, by `Parent.field` (an input type's field, or a root field's argument) or by name. */
const KIND_OF: Record<string, StringKind> = {
  'issueToken.name': 'shortName',
  'ReferenceInput.name': 'shortName',
  'ReferenceGraphFilter.names': 'shortName',
  'AddRemoteRegistryInput.name': 'shortName',
  name: 'name',
  nameContains: 'name',
  from: 'name',
  to: 'name',
  initialState: 'name',
  endStates: 'name',
  attribute: 'name',
  version: 'version',
  email: 'email',
  description: 'description',
  message: 'description',
  'rejectPromotion.reason': 'description',
  address: 'address',
  password: 'password',
  certificatePem: 'certificate',
  recipientCertificatePem: 'certificate',
  caCertificatesPem: 'certificate',
  pinnedCertificatePem: 'certificate',
  credential: 'password',
  remote: 'shortName',
  commonName: 'commonName',
  after: 'cursor',
  expectedPlanDigest: 'code',
  comparisonDigest: 'code',
  fingerprint: 'code',
  reasons: 'code',
  typeKey: 'code',
};

/** The bound of a String input named `name` of `parent` (an input type, or the field whose argument it is). */
export function stringKindOf(parent: string, name: string): StringKind {
  return KIND_OF[`${parent}.${name}`] ?? KIND_OF[name] ?? 'other';
}

/**
 * Checks every string an operation passes in (literals and variables, to any field at any depth, inside JSON
 * values too) against STRING_BOUNDS, before any resolver does any work: the check runs when the first root
 * field resolves, over the whole operation, once per execution. Throws BAD_USER_INPUT naming the input, its
 * length and the bound.
 */
export function guardInputBounds(schema: GraphQLSchema): GraphQLSchema {
  const checked = new WeakMap<object, RegistryError | null>();
  const check = (info: GraphQLResolveInfo) => {
    let verdict = checked.get(info.variableValues);
    if (verdict === undefined) {
      verdict = firstOverlong(info);
      checked.set(info.variableValues, verdict);
    }
    if (verdict) throw verdict;
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        check(info);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

function firstOverlong(info: GraphQLResolveInfo): RegistryError | null {
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [info.operation, ...Object.values(info.fragments)] };
  const typeInfo = new TypeInfo(info.schema);
  let found: RegistryError | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        if (found || !argument || !field) return;
        const value = valueFromAST(node.value, argument.type, info.variableValues);
        found = overlongIn(value, argument.type, `${field.name}.${argument.name}`, stringKindOf(field.name, argument.name));
      },
    }),
  );
  return found;
}

interface Pending {
  value: unknown;
  type: GraphQLInputType | 'json';
  path: string;
  kind: StringKind;
}

/** Walks a coerced input value along its type, without recursion (JSON values may nest deeply). */
function overlongIn(value: unknown, type: GraphQLInputType, path: string, kind: StringKind): RegistryError | null {
  const stack: Pending[] = [{ value, type, path, kind }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.value === null || item.value === undefined) continue;
    if (item.type === 'json') {
      const problem = jsonItem(item, stack);
      if (problem) return problem;
      continue;
    }
    const type = getNullableType(item.type);
    if (isListType(type)) {
      (item.value as unknown[]).forEach((v, i) => stack.push({ ...item, value: v, type: type.ofType, path: `${item.path}.${i}` }));
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const v = (item.value as Record<string, unknown>)[field.name];
        if (v !== undefined) stack.push({ value: v, type: field.type, path: `${item.path}.${field.name}`, kind: stringKindOf(type.name, field.name) });
      }
    } else if (isScalarType(type)) {
      if (type.name === 'JSON' || type.name === 'JSONObject') stack.push({ ...item, type: 'json', kind: 'jsonString' });
      else if (type.name === 'ID' || type.name === 'String') {
        const problem = tooLong(item.value, type.name === 'ID' ? 'identifier' : item.kind, item.path);
        if (problem) return problem;
      }
    }
  }
  return null;
}

function jsonItem(item: Pending, stack: Pending[]): RegistryError | null {
  if (typeof item.value === 'string') return tooLong(item.value, 'jsonString', item.path);
  if (typeof item.value !== 'object') return null;
  for (const [key, v] of Object.entries(item.value as object)) {
    const problem = tooLong(key, 'jsonKey', `${item.path} (key)`);
    if (problem) return problem;
    stack.push({ value: v, type: 'json', path: `${item.path}.${key.slice(0, 40)}`, kind: 'jsonString' });
  }
  return null;
}

function tooLong(value: unknown, kind: StringKind, path: string): RegistryError | null {
  const max = STRING_BOUNDS[kind];
  if (typeof value !== 'string' || value.length <= max) return null;
  return RegistryError.badInput(`${path} is ${value.length} characters long; at most ${max} are accepted (${kind}).`, {
    path,
    length: value.length,
    maxLength: max,
  });
}
