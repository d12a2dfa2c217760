import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/app.js';
import { ROUTE_CASES } from '../../test/route-cases.js';
import { storeTargets } from '../../test/stores.js';
import { callAs, makeWorld, type Role, type World } from '../../test/world.js';
import type { Access } from './context.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Field {
  path: (string | number)[];
  /** A field with a format (uuid, date, email) may be refused for its format first. */
  format: boolean;
}

/** Every string field of a schema, as a path of property names and array indexes (`events`, 0, `note`). */
function stringFields(schema: unknown, at: (string | number)[] = []): Field[] {
  if (!isObject(schema)) return [];
  const out: Field[] = [];
  if (schema.type === 'string' && at.length > 0) out.push({ path: at, format: schema.format !== undefined });
  for (const branch of [schema.oneOf, schema.anyOf].flat()) out.push(...stringFields(branch, at));
  if (isObject(schema.properties))
    for (const [name, s] of Object.entries(schema.properties)) out.push(...stringFields(s, [...at, name]));
  if (schema.items !== undefined) out.push(...stringFields(schema.items, [...at, 0]));
  const unique = new Map(out.map((f) => [JSON.stringify(f), f]));
  return [...unique.values()];
}

/** `events`, 0, `note` -> `events[0].note`, as the server names fields. */
const fieldName = (path: (string | number)[]) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s === '' ? p : `${s}.${p}`), '');

function withValue(body: unknown, path: (string | number)[], value: string): unknown {
  const root: unknown = structuredClone(body ?? {});
  let node = root as Json | unknown[];
  path.forEach((key, i) => {
    const last = i === path.length - 1;
    const container = node as Record<string | number, unknown>;
    if (last) container[key] = value;
    else {
      const next = path[i + 1];
      if (typeof container[key] !== 'object' || container[key] === null)
        container[key] = typeof next === 'number' ? [{}] : {};
      node = container[key] as Json;
    }
  });
  return root;
}

const ROLE_FOR: Record<Access, Role> = {
  public: 'self',
  user: 'self',
  clinician: 'linked',
  patient: 'self',
  'patient-self': 'self',
  'linked-clinician': 'linked',
};

const NUL = 'a\u0000b';

/**
 * Issue 14: NUL in a text field answered 500 on PostgreSQL and made a look-alike account on SQLite. Every
 * string field of every route's body and query string, as the OpenAPI document lists them, is sent with a
 * NUL by a caller allowed to use the route: 400, naming the field. On each database.
 */
describe.each(storeTargets())('control characters in every text field ($name)', (target) => {
  let t: TestApp;
  let world: World;
  let doc: { paths: Record<string, Record<string, Json>> };
  beforeAll(async () => {
    t = await testApp({}, await target.open());
    world = await makeWorld(t);
    doc = (await t.request('GET', '/api/openapi.json')).json();
  });
  afterAll(async () => {
    await t.close();
  });

  it('NUL in any body or query field answers 400 naming the field, and stores nothing', async () => {
    const before = await t.dump();
    let checked = 0;
    for (const [openPath, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const route = `${method.toUpperCase()} ${openPath.replace(/\{(\w+)\}/g, ':$1')}`;
        const spec = ROUTE_CASES[route];
        if (spec === undefined) throw new Error(`no route case for ${route}`);
        const role = ROLE_FOR[spec.access];
        // an entry id that exists nowhere: the body is checked before the entry is looked up
        const target = route.replace(/:(eventId|noteId)/, '00000000-0000-4000-8000-000000000000');
        const content = isObject(op.requestBody) ? (op.requestBody.content as Json) : {};
        const bodySchema = (content['application/json'] as Json | undefined)?.schema;
        for (const { path, format } of stringFields(bodySchema)) {
          const response = await callAs(t, world, role, target, withValue(spec.body?.(), path, NUL));
          const label = `${route} ${fieldName(path)}`;
          expect(response.statusCode, `${label}: ${response.body}`).toBe(400);
          expect(response.json<{ problems: unknown[] }>().problems, label).toContainEqual({
            path: fieldName(path),
            message: (format
              ? expect.any(String)
              : expect.stringMatching(/must not contain control characters/)) as unknown,
          });
          // and every string field is bounded: 5,000 characters are refused, naming the field
          const long = await callAs(t, world, role, target, withValue(spec.body?.(), path, 'x'.repeat(5000)));
          expect(long.statusCode, `${label} (long): ${long.body}`).toBe(400);
          expect(
            long.json<{ problems: { path: string }[] }>().problems.map((p) => p.path),
            `${label} (long)`,
          ).toContain(fieldName(path));
          checked++;
        }
        const query = ((op.parameters ?? []) as Json[]).filter(
          (p) => p.in === 'query' && isObject(p.schema) && p.schema.type === 'string',
        );
        for (const p of query) {
          const name = String(p.name);
          const url = `${target}?${name}=${encodeURIComponent(NUL)}`;
          const response = await callAs(t, world, role, url, spec.body?.());
          expect(response.statusCode, `${url}: ${response.body}`).toBe(400);
          expect(JSON.stringify(response.json()), url).toMatch(/control characters|must be/);
          checked++;
        }
      }
    }
    // sign-up and login e-mails, clinic names, notes, override notes, invite codes, event notes, exercise ids...
    expect(checked).toBeGreaterThan(20);
    expect(await t.dump()).toEqual(before);
  });

  it('bounds exercise ids at 64 characters (a 900 KB id was accepted)', async () => {
    const events = `/api/v1/patients/${world.patientId}/events`;
    const session = {
      id: '0b6f5a3e-3f7d-4f4e-9c55-1f0f3c1f9a01',
      type: 'session',
      date: '2026-03-09',
      painDuring: 2,
      exercises: [{ id: 'x'.repeat(900_000) }],
    };
    const response = await t.request('POST', events, { session: world.sessions.self, body: session });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ problems: unknown[] }>().problems).toContainEqual({
      path: 'exercises[0].id',
      message: 'must be at most 64 characters',
    });
  });

  it('allows line breaks and tabs in notes only', async () => {
    const notes = `/api/v1/patients/${world.patientId}/notes`;
    const ok = await t.request('POST', notes, {
      session: world.sessions.linked,
      body: { kind: 'education', text: 'Line one\nLine two\r\n\tindented' },
    });
    expect(ok.statusCode).toBe(201);
    const clinic = await t.request('POST', '/api/v1/auth/clinician-signup', {
      body: { email: 'tab@example.org', password: 'a clinician password', clinicName: 'Bridge\tStreet' },
    });
    expect(clinic.statusCode).toBe(400);
    expect(clinic.json<{ problems: unknown[] }>().problems).toEqual([
      {
        path: 'clinicName',
        message: 'must not contain control characters (such as NUL, tabs or line breaks)',
      },
    ]);
  });
});
