import fc from 'fast-check';
import type { FieldSpec, FuzzCase, JsonType } from './fuzz-cases.js';

/** Strings that have broken other systems: SQL and HTML injection, odd unicode, lookalikes of nothing. */
const NASTY_STRINGS = [
  "' OR 1=1 --",
  "'; DROP TABLE events; --",
  "Robert'); DROP TABLE users;--",
  '" OR ""="',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '../../../etc/passwd',
  '\u0000',
  '%00%27',
  '\ud800',
  '\u202egnp.exe',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂🙂🙂',
  'Z̷̢̛̛͎a̸l̵g̶o̵',
  '__proto__',
  'constructor',
  '',
  ' ',
];

export const oddString = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const hugeString = fc
  .tuple(fc.integer({ min: 5_000, max: 200_000 }), fc.constantFrom('A', 'é', '🙂', "'", '<'))
  .map(([n, c]) => c.repeat(n));

const deepArray = fc.integer({ min: 50, max: 2_000 }).map((depth) => {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
});
const deepObject = fc.integer({ min: 50, max: 2_000 }).map((depth) => {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
});

const byType: Record<JsonType, fc.Arbitrary<unknown>> = {
  string: fc.oneof(oddString, hugeString),
  integer: fc.oneof(fc.integer(), fc.constantFrom(2 ** 53, -(2 ** 53), 1e308)),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }),
  boolean: fc.boolean(),
  null: fc.constant(null),
  object: fc.oneof(fc.dictionary(oddString, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }), deepObject),
  array: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }), deepArray),
};

/** A value of a JSON type the field does not accept (numbers count as one type). */
function wrongType(spec: FieldSpec): fc.Arbitrary<unknown> {
  const numeric = spec.types.includes('integer') || spec.types.includes('number');
  const types = (Object.keys(byType) as JsonType[]).filter(
    (t) => !spec.types.includes(t) && !(numeric && (t === 'integer' || t === 'number')),
  );
  return fc.oneof(...types.map((t) => byType[t]));
}

/** A value of an accepted type that still breaks the field: out of range, too long, not one of the values. */
function badValue(spec: FieldSpec): fc.Arbitrary<unknown> | undefined {
  const options: fc.Arbitrary<unknown>[] = [];
  if (spec.constrained === true) options.push(fc.oneof(oddString, hugeString));
  if (spec.maxLength !== undefined) {
    const max = spec.maxLength;
    options.push(
      fc
        .tuple(fc.integer({ min: max + 1, max: max + 3_000 }), fc.constantFrom('x', 'é', '<', "'"))
        .map(([n, c]) => c.repeat(n)),
    );
  }
  if (spec.min !== undefined) options.push(fc.integer({ min: -1e9, max: spec.min - 1 }));
  if (spec.max !== undefined) options.push(fc.integer({ min: spec.max + 1, max: 1e9 }));
  return options.length === 0 ? undefined : fc.oneof(...options);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Bodies the route must refuse: each one breaks the valid body in one way, or is not an object at all. */
export function badBodies(spec: FuzzCase): fc.Arbitrary<unknown> {
  if (spec.valid === undefined) {
    return fc
      .oneof(fc.jsonValue({ maxDepth: 4 }), deepArray, deepObject)
      .filter((v) => v !== null && !(isPlainObject(v) && Object.keys(v).length === 0));
  }
  const valid = spec.valid;
  const fields = Object.entries(spec.fields ?? {});
  const names = new Set(fields.map(([name]) => name));
  const options: fc.Arbitrary<unknown>[] = [
    fc
      .oneof(fc.jsonValue({ maxDepth: 4 }), deepArray)
      .filter((v) => !isPlainObject(v) && !(v === null && spec.bodyOptional === true)),
    fc
      .tuple(
        oddString.filter((k) => !names.has(k) && k !== 'events'),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), deepObject),
      )
      .map(([key, value]) => ({ ...valid(), [key]: value })),
  ];
  for (const [name, field] of fields) {
    options.push(wrongType(field).map((value) => ({ ...valid(), [name]: value })));
    const bad = badValue(field);
    if (bad !== undefined) options.push(bad.map((value) => ({ ...valid(), [name]: value })));
    if (field.required === true) {
      options.push(
        fc
          .constant(null)
          .map(() => Object.fromEntries(Object.entries(valid()).filter(([key]) => key !== name))),
      );
    }
  }
  return fc.oneof(...options);
}

/** Raw request texts that are not JSON, or JSON nested deeper than anyone should send. */
export const badTexts = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
  fc.integer({ min: 1_000, max: 200_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1_000, max: 100_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.constantFrom('{"__proto__": {"admin": true}}', '{"constructor": {"prototype": {"x": 1}}}', '{"a": 1,}'),
);
