import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, testApp, type TestApp } from '../test/app.js';
import { badBodies, badTexts } from '../test/fuzz-arbitraries.js';
import { FUZZ_CASES, type FuzzCase } from '../test/fuzz-cases.js';
import { makeWorld, type World } from '../test/world.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/**
 * Every write route, called by someone allowed to call it, with bodies built to be wrong (random JSON,
 * wrong types, huge strings, deep nesting, odd unicode, SQL and HTML injection): always a 4xx with an
 * error message, never a 5xx, and nothing stored changes (the audit log of refused attempts aside).
 */
describe('fuzzed bodies on every write route', () => {
  let t: TestApp;
  let world: World;
  let writes: string[];
  beforeAll(async () => {
    t = await testApp();
    world = await makeWorld(t);
    writes = t.app.registeredRoutes.filter((r) => WRITES.has(r.method)).map((r) => `${r.method} ${r.url}`);
  });
  afterAll(async () => {
    await t.close();
  });

  const caseOf = (route: string): FuzzCase => {
    const found = FUZZ_CASES[route];
    if (found === undefined) throw new Error(`no fuzz case for ${route}`);
    return found;
  };
  const dump = () => t.dump(['audit_log']);

  /** The request as the browser of a user allowed to call the route sends it, with this exact body text. */
  const send = (route: string, spec: FuzzCase, payload: string) => {
    const [method, url] = route.split(' ') as ['POST' | 'PUT' | 'DELETE', string];
    const session = spec.as === 'anonymous' ? undefined : world.sessions[spec.as];
    return t.app.inject({
      method,
      url: url
        .replace(':patientId', world.patientId)
        .replace(':clinicianId', world.sessions.linked.userId)
        .replace(/:(eventId|noteId)/, randomUUID()),
      headers: {
        origin: ORIGIN,
        'content-type': 'application/json',
        ...(session === undefined ? {} : { cookie: session.cookie }),
      },
      payload,
    });
  };

  /** Refused by validation (or as the route refuses its valid body), not by authorization nor by a crash. */
  const expectRefused = (spec: FuzzCase, status: number, body: string) => {
    expect([400, 413, ...(spec.refusals ?? [])], `${status} ${body.slice(0, 300)}`).toContain(status);
  };

  it('has a case for every write route, and no stale case', () => {
    expect([...writes].sort()).toEqual(Object.keys(FUZZ_CASES).sort());
  });

  it.each(Object.keys(FUZZ_CASES))('%s refuses bad bodies with 4xx, changing nothing', async (route) => {
    const spec = caseOf(route);
    const before = await dump();
    await fc.assert(
      fc.asyncProperty(badBodies(spec), async (body) => {
        const response = await send(route, spec, JSON.stringify(body));
        expectRefused(spec, response.statusCode, response.body);
        expect(typeof response.json<{ error: unknown }>().error).toBe('string');
        expect(await dump()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(Object.keys(FUZZ_CASES))(
    '%s refuses text that is not JSON with 4xx, changing nothing',
    async (route) => {
      const spec = caseOf(route);
      const before = await dump();
      await fc.assert(
        fc.asyncProperty(badTexts, async (payload) => {
          const response = await send(route, spec, payload);
          expectRefused(spec, response.statusCode, response.body);
          expect(await dump()).toEqual(before);
        }),
        { numRuns: Math.ceil(RUNS / 3) },
      );
    },
  );
});
