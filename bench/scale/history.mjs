// Synthetic patients for the scale run: a year of history each, lived against the real engine.
//
// Replaying the engine every day of a year costs about a second per patient, far too slow for 100,000 of
// them; so each seeding worker first lives a few dozen *template* years day by day against the engine (the
// demo's simulator, extended: slow and fast healers, runners, relapses that send a patient back to stage 1),
// then every patient is one template varied by their own seeded chances (skipped sessions and check-ins,
// noisier mornings) and an ending (a flare, repeated flares, a worsening trend, missing check-ins, a red
// flag, or never finishing sign-up). Their status and flags come from the engine on the stored history.
import { decide } from '@hamstring-rehab/engine';
import { addDays, DEMO_SCREENING, liveDay, prng } from '@hamstring-rehab/server/tools';

export const HISTORY_DAYS = 365;
export { DEMO_SCREENING as SCREENING, prng };

const clamp = (v) => Math.max(0, Math.min(10, Math.round(v)));

/**
 * One template year ending on `today`: each morning a check, then the demo's day of a patient who follows
 * the plan (`liveDay`: the session the plan asks for, gate and start tests when the engine waits for them,
 * runs, a function score every two weeks, sitting tolerance now and then); after completing, a relapse may
 * restart the program at stage 1.
 */
export function liveTemplate(seed, today) {
  const random = prng(seed);
  const runner = random() < 0.35;
  const persona = {
    birthYear: 1955 + Math.floor(random() * 50),
    side: /** @type {const} */ (['left', 'right', 'both'])[Math.floor(random() * 3)],
    runner,
    startPain: 2 + random() * 4,
    amberChance: 0.1 + random() * 0.6,
    relapses: random() < 0.6,
  };
  const start = addDays(today, -HISTORY_DAYS);
  /** @type {import('@hamstring-rehab/engine').CaseEvent[]} */
  const events = [];
  /** @type {Omit<import('@hamstring-rehab/engine').Case, 'asOf' | 'events'>} */
  const base = {
    protocol: 'pht-v2',
    patient: { birthYear: persona.birthYear, affectedSide: persona.side, runner, painCeiling: 5 },
    screening: { date: start, answers: DEMO_SCREENING },
  };
  let lastRun = '';
  let completedOn = -1;
  let relapseAfter = 10 + Math.floor(random() * 60);
  let sinceRestart = 0;
  for (let i = 0; i < HISTORY_DAYS; i++) {
    const day = addDays(start, i);
    sinceRestart++;
    const ease = Math.max(0.3, 1 - (0.6 * sinceRestart) / 180);
    const pain = (extra = 0) => clamp(persona.startPain * ease + extra + (random() - 0.5) * 2);
    events.push({ type: 'morning-check', date: day, score: Math.min(3, pain(-1)) });
    const decision = decide({ ...base, asOf: day, events });
    if (decision.status === 'completed') {
      if (completedOn < 0) completedOn = i;
      if (persona.relapses && i - completedOn >= relapseAfter) {
        events.push({
          type: 'clinician',
          date: day,
          action: 'set-stage',
          stage: 1,
          level: 1,
          note: 'Symptoms back after return to sport: restarting at stage 1.',
        });
        completedOn = -1;
        relapseAfter = 20 + Math.floor(random() * 90);
        sinceRestart = 0;
      }
      continue;
    }
    if (decision.status !== 'active') continue;
    lastRun = liveDay(events, {
      day,
      index: i,
      decision,
      random,
      runner,
      side: persona.side,
      lastRun,
      session: () => {
        const during = random() < persona.amberChance ? 4 : Math.min(3, pain());
        return { during, after: Math.min(during, 3) };
      },
      functionScore: () => Math.round(35 + (45 * Math.min(sinceRestart, 180)) / 180 + random() * 6),
      sittingMinutes: () => Math.round(20 + random() * 40),
    });
  }
  return { ...persona, screeningDate: start, events };
}

/** How a patient's year ends, with the share of patients that end that way. */
export const ENDINGS = [
  ['as-lived', 0.66],
  ['missing-check-ins', 0.1],
  ['flare', 0.07],
  ['repeated-flare', 0.04],
  ['worsening-trend', 0.05],
  ['skipped-sessions', 0.05],
  ['red-flag', 0.01],
  ['never-started', 0.02],
];

function pick(random, weighted) {
  let r = random() * weighted.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of weighted) if ((r -= w) < 0) return value;
  return weighted[weighted.length - 1][0];
}

const ZONES = [
  ['Europe/London', 0.85],
  ['Europe/Dublin', 0.1],
  ['Europe/Lisbon', 0.05],
];

/**
 * Patient `index`: a template's year varied by the patient's own seeded chances, then their ending. The
 * events come back in the order they are stored (by day, each day's in the order logged).
 */
export function patientHistory(index, templates, today) {
  const random = prng(0x5eed0000 + index);
  const template = templates[Math.floor(random() * templates.length)];
  const ending = pick(random, ENDINGS);
  const timeZone = pick(random, ZONES);
  /** @type {import('@hamstring-rehab/server').Profile} */
  const profile = {
    birthYear: template.birthYear + Math.floor(random() * 7) - 3,
    affectedSide: template.side,
    runner: template.runner,
    painCeiling: 5,
    sport: false,
    timeZone,
  };
  if (ending === 'never-started')
    return { ending, profile: { ...profile, birthYear: null }, screening: null, events: [] };
  const skipSession = ending === 'skipped-sessions' ? 0.6 : random() * 0.15;
  const skipCheck = random() * 0.08;
  const gap = ending === 'missing-check-ins' ? 4 + Math.floor(random() * 10) : 0;
  const lastCheck = gap > 0 ? addDays(today, -gap) : today;
  /** @type {import('@hamstring-rehab/engine').CaseEvent[]} */
  const events = [];
  let lastSession;
  for (const e of template.events) {
    if (e.type === 'session' && random() < skipSession) continue;
    if (e.type === 'morning-check') {
      if (e.date > lastCheck || random() < skipCheck) continue;
      const jitter = random() < 0.25 ? (random() < 0.5 ? -1 : 1) : 0;
      events.push({ ...e, score: clamp(e.score + jitter) });
      continue;
    }
    if (e.type === 'session') lastSession = e;
    events.push(e);
  }
  const exercises = lastSession?.exercises ?? [{ id: 'bridge-hold', sets: 5, holdSeconds: 30 }];
  /** @type {(date: string) => import('@hamstring-rehab/engine').CaseEvent} */
  const flareSession = (date) => ({ type: 'session', date, painDuring: 7, painAfter: 7, exercises });
  const drop = (predicate) => {
    for (let i = events.length - 1; i >= 0; i--) if (predicate(events[i])) events.splice(i, 1);
  };
  switch (ending) {
    case 'flare':
      events.push(flareSession(addDays(today, -1)));
      drop((e) => e.type === 'morning-check' && e.date === today);
      events.push({ type: 'morning-check', date: today, score: 6 });
      break;
    case 'repeated-flare':
      events.push(flareSession(addDays(today, -5)), flareSession(addDays(today, -1)));
      break;
    case 'worsening-trend': {
      const from = addDays(today, -6);
      drop((e) => e.type === 'morning-check' && e.date >= from);
      for (let d = 0; d < 7; d++)
        events.push({ type: 'morning-check', date: addDays(from, d), score: 5 + (d % 2) });
      break;
    }
    case 'red-flag':
      events.push({ type: 'symptoms', date: addDays(today, -2), answers: { 'saddle-numbness': true } });
      break;
  }
  // Stable: a day's events keep the order they were logged in.
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ending, profile, screening: { date: template.screeningDate, answers: DEMO_SCREENING }, events };
}
