// For tests only: a stand-in for the server's API behind `fetch`, and the patients it serves.
import { vi } from 'vitest';
import type { Me, Profile, Screening } from './types';

export const alice: Me = { id: 'u-alice', role: 'patient', patientId: 'p-alice' };
export const bob: Me = { id: 'u-bob', role: 'patient', patientId: 'p-bob' };
export const profile: Profile = {
  birthYear: 1985,
  affectedSide: 'left',
  runner: false,
  sport: false,
  painCeiling: 5,
  timeZone: 'UTC',
};
export const screening: Screening = {
  date: '2025-03-01',
  answers: {
    'pain-at-sitting-bone': true,
    'worse-when-sitting': true,
    'worse-with-stretch-or-bending': true,
  },
};

export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Answers to `METHOD path` (the path without /api/v1/). */
export type Routes = Record<string, () => Response | Promise<Response>>;

/** Stubs the global `fetch` with `routes`; anything else answers 404. Returns the stub. */
export function fakeApi(routes: Routes) {
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url.replace('/api/v1/', '')}`;
    const route = routes[key];
    return Promise.resolve(route === undefined ? json(404, { error: `no ${key}` }) : route());
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The server as it holds a set-up patient (profile and screening) with these events. */
export const setUpPatient = (me: Me, events: unknown[]): Routes => ({
  'POST auth/login': () => json(200, me),
  'GET me': () => json(200, me),
  [`GET patients/${String(me.patientId)}/profile`]: () => json(200, profile),
  [`GET patients/${String(me.patientId)}/screening`]: () => json(200, screening),
  [`GET patients/${String(me.patientId)}/events`]: () => json(200, { events }),
  'POST auth/logout': () => new Response(null, { status: 204 }),
});
