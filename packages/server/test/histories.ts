import { randomUUID } from 'node:crypto';
import type { Session, TestApp } from './app.js';
import { morningCheck, session, typicalProfile, typicalScreening } from './fixtures.js';

type Event = Record<string, unknown>;

/** Every day from `from` to `to`, inclusive (ISO days in March 2026 and around). */
export function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** Calm days: a morning check (2/10) every day, a session (2/10) every day but the last. */
export function calmDays(from: string, to: string): Event[] {
  const list = days(from, to);
  return list.flatMap((d, i) =>
    i < list.length - 1 ? [morningCheck(d, 2), session(d, 2)] : [morningCheck(d, 2)],
  );
}

/** A red session: 7/10 during, above the default ceiling of 5, below severe pain (8+). */
export const redSession = (date: string): Event => session(date, 7);

export const redFlag = (date: string): Event => ({
  id: randomUUID(),
  type: 'symptoms',
  date,
  answers: { 'saddle-numbness': true },
});

/** A patient set up with the typical profile and screening, and these events. */
export async function patientWith(t: TestApp, events: Event[], email?: string): Promise<Session> {
  const me = await t.signup(email);
  const base = `/api/v1/patients/${me.patientId}`;
  await t.request('PUT', `${base}/profile`, { session: me, body: typicalProfile });
  await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening });
  if (events.length > 0) {
    const response = await t.request('POST', `${base}/events`, { session: me, body: { events } });
    if (response.statusCode !== 201) throw new Error(`events refused: ${response.body}`);
  }
  return me;
}
