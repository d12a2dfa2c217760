import type { Decision } from '@hamstring-rehab/engine';
import { todayIn } from '../cases/dates.js';
import type { SnapshotService } from '../snapshots/snapshot-service.js';
import { isFresh } from '../snapshots/snapshot-service.js';
import type { DueReminder, PushInput, ReminderKind, Store } from '../store/store.js';
import { nextLocalTime } from './local-time.js';

/**
 * What each reminder says (ADR 127): plain words a lock screen may show to anyone, no health details, and the
 * page a tap opens.
 */
export const REMINDER_TEXT: Record<ReminderKind, { title: string; body: string; url: string }> = {
  'check-in': { title: 'Good morning', body: 'Time for your morning check-in.', url: '/check-in' },
  'session-1': { title: 'Time for your exercises', body: 'Today’s session is ready.', url: '/today' },
  'session-2': { title: 'Second session', body: 'Today’s second session is ready.', url: '/today' },
  'pain-after': { title: 'Evening check', body: 'How did today go? One quick question.', url: '/today' },
  run: { title: 'Run day', body: 'Today’s run is in the app.', url: '/running' },
};

/** Sent once that day instead of any exercise reminder while the program is stopped or on a pain-relief day. */
export const GENTLE_TEXT = {
  title: 'Take it easy today',
  body: 'No exercises today. The app has today’s advice.',
  url: '/today',
};

/** A reminder later than this (a server was down) is not sent: it just moves on to its next time. */
const STALE_MS = 60 * 60_000;

/** What today is, for reminders: exercise as planned, a rest day, a quiet day (stopped, pain relief), no plan. */
type Day = 'training' | 'rest' | 'stopped' | 'pain-relief' | 'no-plan';

export function dayOf(decision: Decision | null): Day {
  if (decision === null) return 'no-plan';
  if (decision.status !== 'active' && decision.status !== 'completed') return 'stopped';
  const mode = decision.plan?.mode;
  if (mode === 'stopped') return 'stopped';
  if (mode === 'pain-relief') return 'pain-relief';
  if (mode === 'rest-day' || (decision.plan?.restDay ?? false)) return 'rest';
  return 'training';
}

/** Two sessions today: pht-v2 stage 1 (sessionsPerDay 2), or pht-v1 exercises done twice a day. */
function twoSessions(decision: Decision): boolean {
  const plan = decision.plan;
  if (plan === undefined) return false;
  if (plan.sessionsPerDay !== undefined) return plan.sessionsPerDay >= 2;
  return plan.exercises.some((e) => (e.timesPerDay ?? 1) >= 2);
}

function runsToday(decision: Decision, today: string): boolean {
  const running = decision.plan?.running;
  if (running === null || running === undefined) return false;
  return running.pausedUntil === undefined || running.pausedUntil === null || running.pausedUntil < today;
}

/**
 * The push a reminder becomes today, or undefined for none. Nothing exercise-related is sent while the program
 * is stopped or on a pain-relief day: one gentle message instead (its id is the patient's and the day's, so it
 * is queued once that day however many reminders ask). A stopped program gets no check-in reminder either.
 */
export function reminderPush(
  reminder: Pick<DueReminder, 'patientId' | 'userId' | 'kind' | 'nextAt'>,
  decision: Decision | null,
  today: string,
  now: string,
): PushInput | undefined {
  const day = dayOf(decision);
  const base = { channel: 'push' as const, userId: reminder.userId, dueAt: now };
  const exercise = reminder.kind !== 'check-in';
  if (day === 'stopped' || (day === 'pain-relief' && exercise))
    return { ...base, id: `gentle-${reminder.patientId}-${today}`, ...GENTLE_TEXT };
  const text = REMINDER_TEXT[reminder.kind];
  const push = { ...base, id: `reminder-${reminder.patientId}-${reminder.kind}-${reminder.nextAt}`, ...text };
  if (!exercise) return push;
  if (decision === null || day === 'rest' || day === 'no-plan') {
    return reminder.kind === 'run' && decision !== null && runsToday(decision, today) ? push : undefined;
  }
  if (reminder.kind === 'session-2' && !twoSessions(decision)) return undefined;
  if (reminder.kind === 'run' && !runsToday(decision, today)) return undefined;
  return push;
}

/**
 * Fires the reminders due now (each server calls this every minute): each is moved on to its next local time
 * and its push queued in one transaction, by whichever server gets there first (ADR 127). How many pushes were
 * queued.
 */
export async function fireDueReminders(
  store: Store,
  snapshots: SnapshotService,
  now: Date,
  batch = 200,
): Promise<number> {
  const at = now.toISOString();
  let queued = 0;
  // Batch after batch while full: many patients choose the same popular minute.
  for (;;) {
    const due = await store.dueReminders(at, batch);
    for (const reminder of due) if (await fireOne(store, snapshots, reminder, now)) queued += 1;
    if (due.length < batch) return queued;
  }
}

/** Fires one due reminder (moved on, its push queued); true when this server queued a push. */
async function fireOne(
  store: Store,
  snapshots: SnapshotService,
  reminder: DueReminder,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const following = nextLocalTime(reminder.timeZone, reminder.time, reminder.days, now).toISOString();
  // Its time as the zone and days now say: a time zone changed since it was scheduled moves it, unsent.
  const expected = nextLocalTime(
    reminder.timeZone,
    reminder.time,
    reminder.days,
    new Date(Date.parse(reminder.nextAt) - 1),
  ).toISOString();
  let push: PushInput | undefined;
  if (expected === reminder.nextAt && now.getTime() - Date.parse(reminder.nextAt) <= STALE_MS) {
    const today = todayIn(reminder.timeZone, now);
    push = reminderPush(reminder, await decisionOf(store, snapshots, reminder.patientId, at), today, at);
  }
  const fired = await store.fireReminder(
    {
      patientId: reminder.patientId,
      kind: reminder.kind,
      nextAt: reminder.nextAt,
      followingAt: following,
      now: at,
    },
    push === undefined ? [] : [push],
  );
  return fired && push !== undefined;
}

/** Today's decision: the snapshot's while fresh, else computed now. */
async function decisionOf(
  store: Store,
  snapshots: SnapshotService,
  patientId: string,
  now: string,
): Promise<Decision | null> {
  const snapshot = await store.getSnapshot(patientId);
  if (snapshot !== undefined && isFresh(snapshot, now))
    return snapshot.decision === null ? null : (JSON.parse(snapshot.decision) as Decision);
  return (await snapshots.refresh(patientId))?.decision ?? null;
}

/** After the patient's time zone changed: each reminder's next time, in the new zone. */
export async function rescheduleReminders(
  store: Store,
  patientId: string,
  timeZone: string,
  now: Date,
): Promise<void> {
  const reminders = await store.getReminders(patientId);
  if (reminders.length === 0) return;
  await store.setReminders(
    patientId,
    reminders.map((r) => ({ ...r, nextAt: nextLocalTime(timeZone, r.time, r.days, now).toISOString() })),
  );
}
