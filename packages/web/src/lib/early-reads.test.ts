import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// early-reads keeps module state (the reads started, whether they are closed): a fresh copy per test.
type EarlyReads = typeof import('./early-reads');
type Api = typeof import('./api');
let early: EarlyReads;
let apiModule: Api;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const patient = { id: 'u1', email: 'p@example.org', role: 'patient', patientId: 'p 1' };

/** A fetch that answers each path from `answers` and records what was asked. */
function fakeFetch(answers: Record<string, () => Response | Promise<Response>>) {
  const asked: string[] = [];
  const fn = vi.fn((input: string, init?: RequestInit) => {
    asked.push(`${init?.method ?? 'GET'} ${input}`);
    const answer = answers[input];
    return answer === undefined ? Promise.reject(new TypeError('offline')) : Promise.resolve(answer());
  });
  return { fn, asked };
}

/** Lets the early chain's promises settle (answers and JSON are read in microtasks and tasks). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(async () => {
  vi.resetModules();
  early = await import('./early-reads');
  apiModule = await import('./api');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('early reads (ADR 229)', () => {
  it("on a patient's page: the session check at once, then the pull's three reads side by side", async () => {
    const { fn, asked } = fakeFetch({
      '/api/v1/me': () => json(patient),
      '/api/v1/patients/p%201/profile': () => json({ birthYear: 1980 }),
      '/api/v1/patients/p%201/screening': () => json({ error: 'no screening' }, 404),
      '/api/v1/patients/p%201/events': () => json({ events: [] }),
    });
    early.startEarlyReads('/today', fn);
    expect(asked).toEqual(['GET /api/v1/me']);
    await settle();
    expect(asked.slice(1).sort()).toEqual([
      'GET /api/v1/patients/p%201/events',
      'GET /api/v1/patients/p%201/profile',
      'GET /api/v1/patients/p%201/screening',
    ]);
    // api() takes each early answer instead of asking again, errors included.
    vi.stubGlobal('fetch', fn);
    expect(await apiModule.api<'GET /me'>('GET', 'me')).toEqual(patient);
    expect(await apiModule.api<'GET /patients/{patientId}/profile'>('GET', 'patients/p%201/profile')).toEqual(
      {
        birthYear: 1980,
      },
    );
    await expect(
      apiModule.api<'GET /patients/{patientId}/screening'>('GET', 'patients/p%201/screening'),
    ).rejects.toMatchObject({ status: 404 });
    expect(asked).toHaveLength(4);
    // Each answer is given once: a second read asks the server.
    await apiModule.api<'GET /me'>('GET', 'me');
    expect(asked).toHaveLength(5);
  });

  it('starts nothing on other pages', () => {
    const { fn, asked } = fakeFetch({ '/api/v1/me': () => json(patient) });
    early.startEarlyReads('/login', fn);
    early.startEarlyReads('/clinic', fn);
    expect(asked).toEqual([]);
  });

  it("reads no patient's data for a clinician or a signed-out visitor", async () => {
    const clinician = fakeFetch({
      '/api/v1/me': () => json({ ...patient, role: 'clinician', patientId: undefined }),
    });
    early.startEarlyReads('/today', clinician.fn);
    await settle();
    expect(clinician.asked).toEqual(['GET /api/v1/me']);

    vi.resetModules();
    const fresh: EarlyReads = await import('./early-reads');
    const signedOut = fakeFetch({ '/api/v1/me': () => json({ error: 'not signed in' }, 401) });
    fresh.startEarlyReads('/', signedOut.fn);
    await settle();
    expect(signedOut.asked).toEqual(['GET /api/v1/me']);
  });

  it('a write closes them: no later read gets an answer from before it', async () => {
    const { fn, asked } = fakeFetch({
      '/api/v1/me': () => json(patient),
      '/api/v1/patients/p%201/events': () => json({ events: [] }),
      '/api/v1/patients/p%201/profile': () => json({}),
      '/api/v1/patients/p%201/screening': () => json({}),
    });
    early.startEarlyReads('/today', fn);
    await settle();
    vi.stubGlobal('fetch', fn);
    await apiModule.api<'POST /patients/{patientId}/events'>('POST', 'patients/p%201/events', { events: [] });
    await apiModule.api<'GET /patients/{patientId}/events'>('GET', 'patients/p%201/events');
    expect(asked.filter((a) => a === 'GET /api/v1/patients/p%201/events')).toHaveLength(2);
  });

  it('once closed, a late session answer starts no reads', async () => {
    let answer: (r: Response) => void = () => undefined;
    const { fn, asked } = fakeFetch({
      '/api/v1/me': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    early.startEarlyReads('/today', fn);
    early.closeEarlyReads();
    answer(json(patient));
    await settle();
    expect(asked).toEqual(['GET /api/v1/me']);
    expect(early.takeEarlyRead('me')).toBeUndefined();
  });

  it('a failed early read is the same offline error for api()', async () => {
    const { fn } = fakeFetch({ '/api/v1/me': () => json(patient) });
    early.startEarlyReads('/today', fn);
    await settle();
    vi.stubGlobal('fetch', fn);
    await expect(
      apiModule.api<'GET /patients/{patientId}/profile'>('GET', 'patients/p%201/profile'),
    ).rejects.toBeInstanceOf(apiModule.NetworkError);
  });
});
