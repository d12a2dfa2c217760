import { randomUUID } from 'node:crypto';
import { signupToken } from './mail.js';

export interface Patient {
  cookie: string;
  patientId: string;
  email: string;
}

export interface Reply {
  status: number;
  body: unknown;
}

/** A browser-like client of the API: same-origin Origin header, the session cookie when signed in. */
export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  cookie?: string,
): Promise<Reply & { setCookie: string | null }> {
  const headers: Record<string, string> = { origin: base };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie !== undefined) headers.cookie = cookie;
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed, setCookie: res.headers.get('set-cookie') };
}

export const TYPICAL_SCREENING = {
  date: '2026-01-05',
  answers: {
    'pain-at-sitting-bone': true,
    'worse-when-sitting': true,
    'worse-with-stretch-or-bending': true,
  },
};

/**
 * Signs up a patient (through the link mailed to the process's SMTP server, ./mail.ts), fills the profile and
 * screening, and returns the signed-in session.
 */
export async function newPatient(base: string, label: string): Promise<Patient> {
  const email = `${label}-${randomUUID()}@example.test`;
  const started = await call(base, 'POST', '/api/v1/auth/signup', {
    email,
    password: 'correct horse battery staple',
    name: label,
  });
  if (started.status !== 202) throw new Error(`signup: ${started.status} ${JSON.stringify(started.body)}`);
  const signup = await call(base, 'POST', '/api/v1/auth/signup/confirm', { token: await signupToken(email) });
  if (signup.status !== 201 || signup.setCookie === null)
    throw new Error(`signup: ${signup.status} ${JSON.stringify(signup.body)}`);
  const cookie = signup.setCookie.split(';')[0] ?? '';
  const patientId = (signup.body as { patientId: string }).patientId;
  const profile = await call(
    base,
    'PUT',
    `/api/v1/patients/${patientId}/profile`,
    { birthYear: 1985, runner: true },
    cookie,
  );
  if (profile.status !== 200) throw new Error(`profile: ${profile.status} ${JSON.stringify(profile.body)}`);
  const screening = await call(
    base,
    'PUT',
    `/api/v1/patients/${patientId}/screening`,
    TYPICAL_SCREENING,
    cookie,
  );
  if (screening.status !== 200)
    throw new Error(`screening: ${screening.status} ${JSON.stringify(screening.body)}`);
  return { cookie, patientId, email };
}

/** A morning check or a session on a day of 2026, with a fresh client id. */
export function someEvent(n: number): { id: string; type: string; date: string; [k: string]: unknown } {
  const date = new Date(Date.UTC(2026, 0, 6 + (n % 300))).toISOString().slice(0, 10);
  return n % 2 === 0
    ? { id: randomUUID(), type: 'morning-check', date, score: n % 4 }
    : { id: randomUUID(), type: 'session', date, painDuring: (n * 7) % 5 };
}

export async function storedIds(base: string, p: Patient): Promise<string[]> {
  const r = await call(base, 'GET', `/api/v1/patients/${p.patientId}/events`, undefined, p.cookie);
  if (r.status !== 200) throw new Error(`events: ${r.status}`);
  return (r.body as { events: { id: string }[] }).events.map((e) => e.id);
}
