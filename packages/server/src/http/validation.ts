import type { Problem } from '@hamstring-rehab/engine';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { FastifySchemaCompiler } from 'fastify';
import { isRealDate } from '../cases/dates.js';
import { controlCharacterMessage, hardenSchema, isCleanText, type TextKind } from './harden-schema.js';
import { canonicalTimeZone } from '../cases/time-zones.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function makeAjv(coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    verbose: true,
    coerceTypes: coerce,
    useDefaults: coerce,
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

/** Bodies are checked strictly (no type coercion); params and query strings are strings, so coerced. */
const bodyAjv = makeAjv(false);
const urlAjv = makeAjv(true);
/** For checking answers against their declared schemas in tests: strict, like bodies. */
const responseAjv = makeAjv(false);

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
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    const params = e.params as Record<string, unknown>;
    let path = fieldPath(e.instancePath);
    let message: string;
    switch (e.keyword) {
      case 'required':
        path = join(path, String(params.missingProperty));
        message = 'is required';
        break;
      case 'additionalProperties':
        path = join(path, String(params.additionalProperty));
        message = 'is not a known field';
        break;
      case 'format':
        message = formatMessage(String(params.format), e.data);
        break;
      case 'enum':
        message = `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      case 'const':
        message = `must be ${JSON.stringify(params.allowedValue)}`;
        break;
      case 'maximum':
      case 'minimum':
        message = `must be at ${e.keyword === 'maximum' ? 'most' : 'least'} ${String(params.limit)}`;
        break;
      case 'maxLength':
      case 'minLength':
        message = lengthMessage(e.keyword, Number(params.limit));
        break;
      case 'type':
        message = typeMessage(String(params.type));
        break;
      case 'pattern':
        message = params.pattern === '\\S' ? 'must not be blank' : (e.message ?? 'is not valid');
        break;
      case 'x-text':
        message = controlCharacterMessage(e.schema === 'multiline' ? 'multiline' : 'line');
        break;
      case 'propertyNames':
        if (params.propertyName === undefined) continue;
        message = `has an unknown key ${JSON.stringify(params.propertyName)}`;
        break;
      default:
        message = e.message ?? 'is not valid';
    }
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: path === '' ? whole : path, message });
  }
  return out;
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
