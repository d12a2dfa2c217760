import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/app.js';
import { outcomeOf, ROUTE_CASES, type Outcome, type RouteCase } from '../../test/route-cases.js';
import { callAs, makeWorld, ROLES, type Role, type World } from '../../test/world.js';
import { PATIENT_SCOPED } from '../http/context.js';

const matches = (status: number, outcome: Outcome) =>
  outcome === 'ok' ? status >= 200 && status < 300 : status === outcome;

/**
 * Every route the app registers, called by every role: anonymous, the patient, another patient, a linked
 * clinician, an unlinked colleague in the same clinic, and a clinician of another clinic.
 */
describe('authorization of every route', () => {
  let t: TestApp;
  let world: World;
  let routes: string[];

  beforeAll(async () => {
    t = await testApp();
    world = await makeWorld(t);
    routes = t.app.registeredRoutes.map((r) => `${r.method} ${r.url}`);
  });
  afterAll(async () => {
    await t.close();
  });

  const caseOf = (route: string): RouteCase => {
    const found = ROUTE_CASES[route];
    if (found === undefined) throw new Error(`no authorization case for ${route}`);
    return found;
  };

  it('has a case for every registered route, with the access the route declares, and no stale case', () => {
    expect([...routes].sort()).toEqual(Object.keys(ROUTE_CASES).sort());
    for (const r of t.app.registeredRoutes) {
      expect(r.access ?? 'public', `${r.method} ${r.url}`).toBe(caseOf(`${r.method} ${r.url}`).access);
    }
  });

  it('documents every /api route in the OpenAPI document', async () => {
    const doc = (await t.request('GET', '/api/openapi.json')).json<{ paths: Record<string, object> }>();
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.sort()).toEqual(routes.filter((r) => r.includes(' /api/')).sort());
  });

  it('answers 401 "sign in first" to anonymous callers of exactly the routes that need a user', async () => {
    for (const route of routes) {
      const spec = caseOf(route);
      if (spec.destructive === true && spec.access === 'public') continue;
      const response = await callAs(t, world, 'anonymous', route, spec.body?.());
      const refused =
        response.statusCode === 401 && response.json<{ error: string }>().error === 'sign in first';
      expect(refused, route).toBe(spec.access !== 'public');
    }
  });

  it('gives every signed-in role the outcome of the route’s rule; refusals change nothing', async () => {
    for (const route of routes) {
      const spec = caseOf(route);
      for (const role of ROLES.filter((r) => r !== 'anonymous')) {
        const outcome = spec.outcomes?.[role] ?? outcomeOf(spec.access, role);
        if (spec.destructive === true && outcome === 'ok') {
          const own = await makeWorld(t);
          const response = await callAs(t, own, role, route, spec.body?.());
          expect(matches(response.statusCode, outcome), `${role} ${route}: ${response.statusCode}`).toBe(
            true,
          );
          continue;
        }
        const before = outcome === 'ok' ? undefined : await t.dump();
        const response = await callAs(t, world, role, route, spec.body?.());
        expect(matches(response.statusCode, outcome), `${role} ${route}: ${response.statusCode}`).toBe(true);
        if (outcome === 404) expect(response.json(), `${role} ${route}`).toEqual({ error: 'not found' });
        if (before !== undefined) expect(await t.dump(), `${role} ${route}`).toEqual(before);
      }
    }
  }, 60_000); // every route x every role, each refusal with a dump of the database: long on a busy machine

  it('answers the same 404 for a patient who does not exist', async () => {
    const scoped = t.app.registeredRoutes.filter(
      (r) => r.access !== undefined && PATIENT_SCOPED.includes(r.access),
    );
    expect(scoped.length).toBeGreaterThan(5);
    for (const r of scoped) {
      const route = `${r.method} ${r.url}`;
      for (const patientId of [randomUUID(), 'not-a-uuid']) {
        for (const role of ['self', 'linked'] as Role[]) {
          const response = await callAs(t, world, role, route, caseOf(route).body?.(), patientId);
          expect(response.statusCode, `${role} ${route}`).toBe(404);
          expect(response.json()).toEqual({ error: 'not found' });
        }
      }
    }
  });
});
