import type { Problem } from '@hamstring-rehab/engine';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { FastifySchemaCompiler } from 'fastify';
import { isRealDate } from '../cases/dates.js';
import { controlCharacterMessage, hardenSchema, isCleanText, type TextKind } from './harden-schema.js';
import { canonicalTimeZone } from '../cases/time-zones.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function makeAjv(coerce: boolean, useDefaults: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    verbose: true,
    coerceTypes: coerce,
    useDefaults,
    removeAdditional: false,
  });
  ajv.addFormat('date', isRealDate);
  ajv.addFormat('uuid', UUID);
  ajv.addFormat('time-zone', (value: string) => canonicalTimeZone(value) !== undefined);
  ajv.addKeyword({
    keyword: 'x-text',
    type: 'string',
    schemaType: 'string',
    validate: (kind: TextKind, data: string) => isCleanText(data, kind),
  });
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+\.[^@\s]+$/);
  return ajv;
}

/**
 * Bodies are checked strictly (no type coercion); params and query strings are strings, so coerced. Both take
 * their schemas' defaults, so a handler gets what the schema's type says (ADR 132).
 */
const bodyAjv = makeAjv(false, true);
const urlAjv = makeAjv(true, true);
/** For checking answers against their declared schemas in tests: strict, and never filling anything in. */
const responseAjv = makeAjv(false, false);

/** Route schemas are hardened first: every string bounded and free of control characters (ADR 115). */
export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? bodyAjv : urlAjv).compile(hardenSchema(schema) as object);

export function compileResponseCheck(schema: object): ValidateFunction {
  return responseAjv.compile(schema);
}

/** `/events/3/score` -> `events[3].score`. */
export function fieldPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out;
}

function join(path: string, field: string): string {
  return path === '' ? field : `${path}.${field}`;
}

/** One plain-language problem per bad field, named by its path, like the engine's own. */
export function problemsFromAjv(errors: readonly ErrorObject[], whole: string): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  // A schema's own wording (`x-problem`) replaces the failures inside it.
  const worded = errors.filter((e) => statedProblem(e) !== undefined).map((e) => `${e.schemaPath}/`);
  for (const e of errors) {
    if (worded.some((prefix) => e.schemaPath.startsWith(prefix))) continue;
    const problem = problemOf(e);
    if (problem === undefined) continue;
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: problem.path === '' ? whole : problem.path, message: problem.message });
  }
  return out;
}

/** One Ajv error in plain words; undefined for those that only sum up others (`anyOf`, `if`, ...). */
function problemOf(e: ErrorObject): Problem | undefined {
  const params = e.params as Record<string, unknown>;
  const path = fieldPath(e.instancePath);
  const stated = statedProblem(e);
  if (stated !== undefined) {
    if (stated.path !== undefined) return { path: join(path, stated.path), message: stated.message };
    if (e.keyword === 'required')
      return { path: join(path, String(params.missingProperty)), message: stated.message };
    return { path, message: stated.message };
  }
  const at = (message: string) => ({ path, message });
  switch (e.keyword) {
    case 'oneOf':
    case 'anyOf':
    case 'if':
      return undefined;
    case 'required':
      return { path: join(path, String(params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return { path: join(path, String(params.additionalProperty)), message: 'is not a known field' };
    case 'format':
      return at(formatMessage(String(params.format), e.data));
    case 'enum':
      return at(
        `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      );
    case 'const':
      return at(`must be ${JSON.stringify(params.allowedValue)}`);
    case 'maximum':
    case 'minimum':
      return at(`must be at ${e.keyword === 'maximum' ? 'most' : 'least'} ${String(params.limit)}`);
    case 'maxLength':
    case 'minLength':
      return at(lengthMessage(e.keyword, Number(params.limit)));
    case 'type':
      return at(typeMessage(String(params.type)));
    case 'pattern':
      return at(params.pattern === '\\S' ? 'must not be blank' : (e.message ?? 'is not valid'));
    case 'x-text':
      return at(controlCharacterMessage(e.schema === 'multiline' ? 'multiline' : 'line'));
    case 'propertyNames':
      if (params.propertyName === undefined) return undefined;
      return at(`has an unknown key ${JSON.stringify(params.propertyName)}`);
    default:
      return at(e.message ?? 'is not valid');
  }
}

/** Keywords whose failure a schema may word itself with `x-problem`. */
const WORDED = new Set(['anyOf', 'oneOf', 'not', 'required', 'pattern']);

/**
 * A cross-field rule or a pattern in plain words: the schema holding the keyword carries
 * `x-problem: {message, path?}` (path relative to the object checked; the missing field for `required`).
 */
export interface StatedProblem {
  message: string;
  path?: string;
}

function statedProblem(e: ErrorObject): StatedProblem | undefined {
  if (!WORDED.has(e.keyword)) return undefined;
  const parent = e.parentSchema as { 'x-problem'?: StatedProblem } | undefined;
  return parent?.['x-problem'];
}

/** Lengths in words: "must not be empty" rather than "must be at least 1 characters". */
function lengthMessage(keyword: 'maxLength' | 'minLength', limit: number): string {
  if (keyword === 'minLength' && limit === 1) return 'must not be empty';
  const unit = limit === 1 ? 'character' : 'characters';
  return `must be at ${keyword === 'maxLength' ? 'most' : 'least'} ${String(limit)} ${unit}`;
}

const TYPE_WORDS: Record<string, string> = {
  boolean: 'must be true or false',
  integer: 'must be a whole number',
  number: 'must be a number',
  string: 'must be text',
  object: 'must be a JSON object',
  array: 'must be a list',
  null: 'must be empty (null)',
};

/** JSON types in words; a union such as "integer,null" lists each. */
function typeMessage(type: string): string {
  const words = type.split(',').map((t) => TYPE_WORDS[t]?.replace(/^must be /, '') ?? t);
  return `must be ${words.join(' or ')}`;
}

function formatMessage(format: string, data: unknown): string {
  if (format === 'date') {
    return typeof data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data)
      ? `${data} is not a real date`
      : 'must be a date written YYYY-MM-DD';
  }
  if (format === 'uuid') return 'must be a UUID';
  if (format === 'email') return 'must be an email address';
  if (format === 'time-zone') return 'must be an IANA time zone name, such as Europe/London or UTC';
  return `must be a valid ${format}`;
}
