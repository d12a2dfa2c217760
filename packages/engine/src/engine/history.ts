import type { Case, CaseEvent, EventOf } from '../schema/types.js';
import { toDay, type Day } from './days.js';

/** A day on which the tendon was loaded (sessions or runs), several of one kind judged as one. */
export interface LoadDay {
  day: Day;
  painDuring: number;
  painAfter: number | undefined;
}

export interface LoadTestResult {
  day: Day;
  pain: number;
  side?: 'left' | 'right' | undefined;
}

/** A case's events up to `asOf`, in date order (ties keep array order), indexed for the rules. */
export interface History {
  asOf: Day;
  /** Symptom checks and clinician actions dated on or before asOf, in date order (ties keep array order). */
  actions: { day: Day; event: EventOf<'symptoms'> | EventOf<'clinician'>; seq: number }[];
  /** Every day with an event, ascending, without repeats. */
  eventDays: Day[];
  /** Highest morning-check score of each day. */
  morning: Map<Day, number>;
  /** Days with a morning check, ascending. */
  morningDays: Day[];
  sessions: LoadDay[];
  sessionDays: Set<Day>;
  runs: LoadDay[];
  runDays: Set<Day>;
  /** Load-test results by test id, in date order. */
  loadTests: Map<string, LoadTestResult[]>;
  latestSitting: number | undefined;
  functionChecks: EventOf<'function-check'>[];
  /** Every event dated on or before asOf, in replay order (date, then array order), and its day; pht-v2 only. */
  orderedEvents: CaseEvent[];
  orderedDays: Day[];
  /** Every morning check in replay order (several a day kept apart); pht-v2 only. */
  morningEvents: { day: Day; score: number }[];
}

function addLoad(map: Map<Day, LoadDay>, day: Day, during: number, after: number | undefined): void {
  const prev = map.get(day);
  if (!prev) {
    map.set(day, { day, painDuring: during, painAfter: after });
    return;
  }
  prev.painDuring = Math.max(prev.painDuring, during);
  if (after !== undefined) prev.painAfter = Math.max(prev.painAfter ?? 0, after);
}

/** Indexes a case's events up to asOf; the replay-order lists only when `withOrder` (pht-v2). */
export function buildHistory(c: Case, withOrder = false): History {
  const asOf = toDay(c.asOf);
  const n = c.events.length;
  const days = new Array<number>(n);
  let sorted = true;
  let lastDate = '';
  let lastDay = 0;
  for (let i = 0; i < n; i++) {
    const date = (c.events[i] as CaseEvent).date;
    // a day's events usually come together: parse each date once
    if (date !== lastDate) {
      lastDate = date;
      lastDay = toDay(date);
    }
    days[i] = lastDay;
    if (i > 0 && lastDay < (days[i - 1] as number)) sorted = false;
  }
  // a stable sort by date; histories are usually appended in date order and need none
  let order: number[] | undefined;
  if (!sorted) {
    order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => (days[a] as number) - (days[b] as number) || a - b);
  }

  const morning = new Map<Day, number>();
  const sessions = new Map<Day, LoadDay>();
  const runs = new Map<Day, LoadDay>();
  const loadTests = new Map<string, LoadTestResult[]>();
  const functionChecks: EventOf<'function-check'>[] = [];
  const actions: History['actions'] = [];
  const eventDays: Day[] = [];
  const orderedEvents: CaseEvent[] = [];
  const orderedDays: Day[] = [];
  const morningEvents: History['morningEvents'] = [];
  let latestSitting: number | undefined;

  for (let k = 0; k < n; k++) {
    const seq = order ? (order[k] as number) : k;
    const day = days[seq] as number;
    if (day > asOf) continue;
    const event = c.events[seq] as CaseEvent;
    if (eventDays[eventDays.length - 1] !== day) eventDays.push(day);
    if (withOrder) {
      orderedEvents.push(event);
      orderedDays.push(day);
    }
    switch (event.type) {
      case 'morning-check':
        morning.set(day, Math.max(morning.get(day) ?? 0, event.score));
        if (withOrder) morningEvents.push({ day, score: event.score });
        break;
      case 'session':
        addLoad(sessions, day, event.painDuring, event.painAfter);
        break;
      case 'run':
        addLoad(runs, day, event.painDuring, undefined);
        break;
      case 'load-test': {
        const list = loadTests.get(event.test);
        const r: LoadTestResult = { day, pain: event.pain, side: event.side };
        if (list) list.push(r);
        else loadTests.set(event.test, [r]);
        break;
      }
      case 'sitting':
        latestSitting = event.minutes;
        break;
      case 'function-check':
        functionChecks.push(event);
        break;
      case 'symptoms':
      case 'clinician':
        actions.push({ day, event, seq });
        break;
    }
  }
  // maps keep insertion order, which is date order here
  return {
    asOf,
    actions,
    eventDays,
    morning,
    morningDays: [...morning.keys()],
    sessions: [...sessions.values()],
    sessionDays: new Set(sessions.keys()),
    runs: [...runs.values()],
    runDays: new Set(runs.keys()),
    loadTests,
    latestSitting,
    functionChecks,
    orderedEvents,
    orderedDays,
    morningEvents,
  };
}

/** The latest morning check dated on or before `day`, if any. */
export function latestMorningOnOrBefore(h: History, day: Day): { day: Day; score: number } | undefined {
  const days = h.morningDays;
  let lo = 0;
  let hi = days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] ?? Infinity) <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const d = days[found] as Day;
  return { day: d, score: h.morning.get(d) ?? 0 };
}

/** Sum and count of the morning-check scores dated in [from, to]. */
export function morningTotalBetween(h: History, from: Day, to: Day): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (let d = from; d <= to; d++) {
    const s = h.morning.get(d);
    if (s !== undefined) {
      sum += s;
      count++;
    }
  }
  return { sum, count };
}

/**
 * The latest result of a load test dated in the window of `windowDays` days ending on `day`
 * (the day itself included). Several results that day (both sides): the most painful counts.
 */
export function latestTestInWindow(
  h: History,
  test: string,
  day: Day,
  windowDays: number,
): LoadTestResult | undefined {
  const list = h.loadTests.get(test);
  if (!list) return undefined;
  let best: LoadTestResult | undefined;
  for (const r of list) {
    if (r.day > day) break;
    if (r.day <= day - windowDays) continue;
    if (!best || r.day > best.day) best = { ...r };
    else if (r.day === best.day) best.pain = Math.max(best.pain, r.pain);
  }
  return best;
}
