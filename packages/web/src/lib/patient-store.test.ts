import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDevice, getKey } from './db';
import { enqueue } from './outbox';
import { fetchMe, loadLocal, pullFromServer, readCachedPatient, signIn, signOut } from './patient-store';
import type { Me, Profile, Screening } from './types';

const alice: Me = { id: 'u-alice', role: 'patient', patientId: 'p-alice' };
const bob: Me = { id: 'u-bob', role: 'patient', patientId: 'p-bob' };
const profile: Profile = {
  birthYear: 1985,
  affectedSide: 'left',
  runner: false,
  painCeiling: 5,
  timeZone: 'UTC',
};
const screening: Screening = {
  date: '2025-03-01',
  answers: {
    'pain-at-sitting-bone': true,
    'worse-when-sitting': true,
    'worse-with-stretch-or-bending': true,
  },
};
const check = { id: 'e1', type: 'morning-check', date: '2025-03-02', score: 1 } as const;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fake server for one signed-in user: `routes` answers `METHOD path` (without /api/v1/). */
function serve(routes: Record<string, () => Response>) {
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url.replace('/api/v1/', '')}`;
    const route = routes[key];
    return Promise.resolve(route === undefined ? json(404, { message: `no ${key}` }) : route());
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The server as it holds a set-up patient with one event. */
const setUp = (me: Me) => ({
  'POST auth/login': () => json(200, me),
  'GET me': () => json(200, me),
  [`GET patients/${me.patientId}/profile`]: () => json(200, profile),
  [`GET patients/${me.patientId}/screening`]: () => json(200, screening),
  [`GET patients/${me.patientId}/events`]: () => json(200, { events: [check] }),
  'POST auth/logout': () => new Response(null, { status: 204 }),
});

describe('the copy the app opens from before the server answers', () => {
  beforeEach(async () => {
    await clearDevice();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is there once a pull wrote a set-up patient’s data, for that patient only', async () => {
    serve(setUp(alice));
    await signIn('login', 'a@example.test', 'pw');
    expect(await readCachedPatient()).toBeNull();
    await pullFromServer();
    expect(await readCachedPatient()).toEqual(alice);
    expect(await loadLocal(alice.id)).toMatchObject({ profile, screening, events: [check] });
    // Queued events are part of it, as offline.
    const queued = await enqueue({ type: 'session', date: '2025-03-02', painDuring: 2 });
    expect((await loadLocal(alice.id)).events.map((e) => e.id)).toEqual([check.id, queued.id]);
    // Asked for anyone else, the device has nothing.
    expect(await loadLocal(bob.id)).toEqual({ profile: undefined, screening: undefined, events: [] });
  });

  it('is not there before the patient is set up', async () => {
    serve({ ...setUp(alice), [`GET patients/${alice.patientId}/screening`]: () => json(404, {}) });
    await signIn('login', 'a@example.test', 'pw');
    await pullFromServer();
    expect(await getKey('pulledFor')).toBe(alice.id);
    expect(await readCachedPatient()).toBeNull();
  });

  it('is not marked complete by a pull that could not reach the server', async () => {
    serve(setUp(alice));
    await signIn('login', 'a@example.test', 'pw');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    await pullFromServer();
    expect(await readCachedPatient()).toBeNull();
  });

  it('is gone when another user signs in, when the server answers for another user, and on sign-out', async () => {
    serve(setUp(alice));
    await signIn('login', 'a@example.test', 'pw');
    await pullFromServer();
    serve(setUp(bob));
    await signIn('login', 'b@example.test', 'pw');
    expect(await readCachedPatient()).toBeNull();
    expect(await loadLocal(alice.id)).toMatchObject({ profile: undefined, events: [] });
    expect(await loadLocal(bob.id)).toMatchObject({ profile: undefined, events: [] });

    await pullFromServer();
    expect(await readCachedPatient()).toEqual(bob);
    serve(setUp(alice));
    expect(await fetchMe()).toEqual(alice);
    expect(await readCachedPatient()).toBeNull();
    expect(await loadLocal(alice.id)).toMatchObject({ profile: undefined, events: [] });

    await pullFromServer();
    expect(await readCachedPatient()).toEqual(alice);
    await signOut();
    expect(await readCachedPatient()).toBeNull();
  });

  it('is never a clinician’s', async () => {
    const doc: Me = { id: 'u-doc', role: 'clinician' };
    serve({ 'GET me': () => json(200, doc) });
    expect(await fetchMe()).toEqual(doc);
    expect(await readCachedPatient()).toBeNull();
  });
});
