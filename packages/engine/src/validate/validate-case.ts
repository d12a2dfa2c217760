import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { caseSchema } from '../schema/case-schema.js';
import type { Case, CaseEvent } from '../schema/types.js';
import { isRealDate } from '../engine/days.js';

/** One problem with an input, naming the field by its path (`events[3].score`). */
export interface Problem {
  path: string;
  message: string;
}
export type Validation<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * The case schema with the event union tagged by `type`, so that a bad event reports the problem in its
 * own branch (`events[3].score: must be at most 10`) instead of one failure per branch of `oneOf`.
 */
function withDiscriminator(): object {
  const copy = structuredClone(caseSchema) as { $defs: { event: Record<string, unknown> } };
  copy.$defs.event = { ...copy.$defs.event, discriminator: { propertyName: 'type' } };
  return copy;
}

let compiled: { whole: ValidateFunction; event: ValidateFunction } | undefined;

function validators(): { whole: ValidateFunction; event: ValidateFunction } {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: false, useDefaults: false });
    const schema = withDiscriminator();
    ajv.addSchema(schema, 'case');
    compiled = {
      whole: ajv.getSchema('case') as ValidateFunction,
      event: ajv.compile({ $ref: 'case#/$defs/event' }),
    };
  }
  return compiled;
}

/** `/events/3/score` -> `events[3].score`. */
export function toFieldPath(pointer: string, prefix = ''): string {
  let out = prefix;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

function describe(e: ErrorObject): { extra?: string; message: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { extra: String(p.missingProperty), message: 'is required' };
    case 'additionalProperties':
      return { extra: String(p.additionalProperty), message: 'is not a known field' };
    case 'maximum':
      return { message: `must be at most ${String(p.limit)}` };
    case 'minimum':
      return { message: `must be at least ${String(p.limit)}` };
    case 'exclusiveMinimum':
      return { message: `must be more than ${String(p.limit)}` };
    case 'exclusiveMaximum':
      return { message: `must be less than ${String(p.limit)}` };
    case 'enum':
      return {
        message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'const':
      return { message: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'type':
      return { message: `must be ${String(p.type)}` };
    case 'pattern':
      return { message: 'must be a date written YYYY-MM-DD' };
    case 'maxLength':
      return { message: `must be at most ${String(p.limit)} characters` };
    case 'propertyNames':
      return { message: `has an unknown answer id ${JSON.stringify(p.propertyName)}` };
    case 'discriminator':
      return p.error === 'mapping'
        ? {
            extra: String(p.tag),
            message: `must be one of "session", "morning-check", "run", "load-test", "sitting", "symptoms", "function-check", "clinician"`,
          }
        : { message: 'must be a string naming the event type' };
    default:
      return { message: e.message ?? 'is not valid' };
  }
}

function problemsOf(errors: ErrorObject[] | null | undefined): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of errors ?? []) {
    // errors about a property name itself are reported once, by the propertyNames error that wraps them
    if (e.propertyName !== undefined && e.keyword !== 'propertyNames') continue;
    if (e.keyword === 'if' || e.keyword === 'oneOf') continue;
    const { extra, message } = describe(e);
    let path = toFieldPath(e.instancePath);
    if (extra !== undefined) path = path === '' ? extra : `${path}.${extra}`;
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: path === '' ? '(case)' : path, message });
  }
  return out;
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: unknown, path: string, out: Problem[]): void {
  if (typeof value === 'string' && DATE_SHAPE.test(value) && !isRealDate(value)) {
    out.push({ path, message: `${value} is not a real date` });
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** Dates that match the pattern but do not exist, such as 2026-02-30: `asOf`, the screening's and each event's. */
function impossibleCaseDates(input: unknown, out: Problem[]): void {
  if (!isObject(input)) return;
  checkDate(input.asOf, 'asOf', out);
  if (isObject(input.screening)) checkDate(input.screening.date, 'screening.date', out);
  if (Array.isArray(input.events)) {
    input.events.forEach((e: unknown, i) => {
      if (isObject(e)) checkDate(e.date, `events[${i}].date`, out);
    });
  }
}

function impossibleEventDate(input: unknown, out: Problem[]): void {
  if (isObject(input)) checkDate(input.date, 'date', out);
}

function finish<T>(
  ok: boolean,
  errors: ErrorObject[] | null | undefined,
  input: unknown,
  dates: (input: unknown, out: Problem[]) => void,
): Validation<T> {
  const problems = ok ? [] : problemsOf(errors);
  dates(input, problems);
  return problems.length === 0 ? { ok: true, value: input as T } : { ok: false, problems };
}

/** Checks a case against `case.schema.json` and refuses impossible dates: one problem per bad field. */
export function validateCase(input: unknown): Validation<Case> {
  const v = validators().whole;
  return finish<Case>(v(input), v.errors, input, impossibleCaseDates);
}

/** Checks one event on its own (paths are relative to the event: `score: must be at most 10`). */
export function validateEvent(input: unknown): Validation<CaseEvent> {
  const v = validators().event;
  return finish<CaseEvent>(v(input), v.errors, input, impossibleEventDate);
}

/** Formats problems as the command line prints them: `events[3].score: must be at most 10`. */
export function formatProblem(p: Problem): string {
  return p.path === '(case)' ? p.message : `${p.path}: ${p.message}`;
}
