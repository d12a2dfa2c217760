import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDevice, getKey } from './db';
import { enqueue } from './outbox';
import { fetchMe, loadLocal, pullFromServer, readCachedPatient, signIn, signOut } from './patient-store';
import { alice, bob, fakeApi, json, profile, screening, setUpPatient } from './fake-api';
import type { Me } from './types';

const check = { id: 'e1', type: 'morning-check', date: '2025-03-02', score: 1 } as const;

/** The server as it holds a set-up patient with one event. */
const setUp = (me: Me) => setUpPatient(me, [check]);

describe('the copy the app opens from before the server answers', () => {
  beforeEach(async () => {
    await clearDevice();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is there once a pull wrote a set-up patient’s data, for that patient only', async () => {
    fakeApi(setUp(alice));
    await signIn('a@example.test', 'pw');
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
    fakeApi({ ...setUp(alice), [`GET patients/${alice.patientId}/screening`]: () => json(404, {}) });
    await signIn('a@example.test', 'pw');
    await pullFromServer();
    expect(await getKey('pulledFor')).toBe(alice.id);
    expect(await readCachedPatient()).toBeNull();
  });

  it('is not marked complete by a pull that could not reach the server', async () => {
    fakeApi(setUp(alice));
    await signIn('a@example.test', 'pw');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    await pullFromServer();
    expect(await readCachedPatient()).toBeNull();
  });

  it('is gone when another user signs in, when the server answers for another user, and on sign-out', async () => {
    fakeApi(setUp(alice));
    await signIn('a@example.test', 'pw');
    await pullFromServer();
    fakeApi(setUp(bob));
    await signIn('b@example.test', 'pw');
    expect(await readCachedPatient()).toBeNull();
    expect(await loadLocal(alice.id)).toMatchObject({ profile: undefined, events: [] });
    expect(await loadLocal(bob.id)).toMatchObject({ profile: undefined, events: [] });

    await pullFromServer();
    expect(await readCachedPatient()).toEqual(bob);
    fakeApi(setUp(alice));
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
    fakeApi({ 'GET me': () => json(200, doc) });
    expect(await fetchMe()).toEqual(doc);
    expect(await readCachedPatient()).toBeNull();
  });
});
