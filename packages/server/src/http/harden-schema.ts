/**
 * Every string a route accepts is bounded and free of control characters (ADR 115). Route schemas are
 * rewritten once, when Fastify compiles them: each string gets the `x-text` keyword (`line`, or `multiline`
 * for the free-text fields below) and, where it declares no `maxLength`, a default one. The engine's case
 * schema (the protocol contract) is hardened the same way without being edited.
 */

/** Free-text fields that may hold line breaks and tabs: notes, a report's summary. Every other string is one line. */
export const MULTILINE_FIELDS: ReadonlySet<string> = new Set(['note', 'text', 'summary']);

/** An id-like string (`id`, `exerciseId`, `patientId`...) with no declared limit. */
export const ID_MAX_LENGTH = 64;
/** Any other string with no declared limit. */
export const TEXT_MAX_LENGTH = 4000;

// C0 controls, DEL and C1 controls; the multi-line form allows tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export type TextKind = 'line' | 'multiline';

/** Whether a string is free of the control characters its kind refuses. */
export function isCleanText(value: string, kind: TextKind): boolean {
  return !(kind === 'line' ? CONTROL : CONTROL_BUT_LINES).test(value);
}

export function controlCharacterMessage(kind: TextKind): string {
  return kind === 'line'
    ? 'must not contain control characters (such as NUL, tabs or line breaks)'
    : 'must not contain control characters (such as NUL) other than line breaks and tabs';
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const isStringType = (node: Json): boolean =>
  node.type === 'string' || (Array.isArray(node.type) && node.type.includes('string'));

/** The schema with every string node hardened; `key` is the property name the node sits under. */
export function hardenSchema(node: unknown, key = ''): unknown {
  if (Array.isArray(node)) return node.map((n) => hardenSchema(n, key));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' && isObject(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, hardenSchema(s, name)]));
    } else if (
      k === 'items' ||
      k === 'oneOf' ||
      k === 'anyOf' ||
      k === 'allOf' ||
      k === 'then' ||
      k === 'else'
    ) {
      out[k] = hardenSchema(v, key);
    } else if (k === 'additionalProperties' || k === 'propertyNames' || k === 'not' || k === 'if') {
      out[k] = hardenSchema(v, '');
    } else {
      out[k] = v;
    }
  }
  if (isStringType(out)) {
    out['x-text'] = MULTILINE_FIELDS.has(key) ? 'multiline' : 'line';
    if (out.maxLength === undefined && out.enum === undefined && out.const === undefined) {
      out.maxLength = key === 'id' || /Id$/.test(key) ? ID_MAX_LENGTH : TEXT_MAX_LENGTH;
    }
  }
  return out;
}

const MAX_DEPTH = 16;

export interface TextProblem {
  path: string;
  message: string;
}

/**
 * The same rules for a body checked by one of the engine's validators rather than a route schema (events,
 * evaluate): every string, and every object key, free of control characters (line breaks allowed in the
 * multi-line fields), id-like strings at most ID_MAX_LENGTH, others at most TEXT_MAX_LENGTH characters.
 */
export function textProblems(data: unknown, path = '', depth = 0): TextProblem[] {
  // The engine's schema is a few levels deep; what lies deeper is refused by it, unread here.
  if (depth > MAX_DEPTH) return [];
  const at = (key: string | number) =>
    typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
  if (typeof data === 'string') {
    const key = /([A-Za-z]+)$/.exec(path)?.[1] ?? '';
    const kind: TextKind = MULTILINE_FIELDS.has(key) ? 'multiline' : 'line';
    const out: TextProblem[] = [];
    if (!isCleanText(data, kind)) out.push({ path, message: controlCharacterMessage(kind) });
    const max = key === 'id' || /Id$/.test(key) ? ID_MAX_LENGTH : TEXT_MAX_LENGTH;
    if (data.length > max) out.push({ path, message: `must be at most ${max} characters` });
    return out;
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => textProblems(item, at(i), depth + 1));
  if (!isObject(data)) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    isCleanText(key, 'line')
      ? textProblems(value, at(key), depth + 1)
      : [{ path: at(key.replace(CONTROL_GLOBAL, '?')), message: 'is a field name with control characters' }],
  );
}
// eslint-disable-next-line no-control-regex
const CONTROL_GLOBAL = /[\u0000-\u001f\u007f-\u009f]/g;
