import type { Case, CaseEvent, EventOf, Reason } from '../../schema/types.js';
import type { Day } from '../days.js';
import type { History } from '../history.js';
import { lazyReason, type Context } from '../state.js';
import type { SevereMark, StateV2 } from './state.js';

/** What the pht-v2 rules read besides the state. */
export interface ContextV2 extends Context {
  sport: boolean;
  side: 'left' | 'right' | 'both' | undefined;
  /** Session and run events of each day, in replay order. */
  /** Run events of each day (runners only; empty otherwise). */
  runsOn: Map<Day, EventOf<'run'>[]>;
  /** Position minus index of each event in `h.orderedEvents` (not 0 when resumed from a checkpoint). */
  posOffset: number;
}

function byDay<T extends CaseEvent['type']>(h: History, type: T): Map<Day, EventOf<T>[]> {
  const out = new Map<Day, EventOf<T>[]>();
  const { orderedEvents: events, orderedDays: days } = h;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as CaseEvent;
    if (event.type !== type) continue;
    const day = days[i] as Day;
    const list = out.get(day);
    if (list) list.push(event as EventOf<T>);
    else out.set(day, [event as EventOf<T>]);
  }
  return out;
}

export function extendContext(ctx: Context, c: Case): ContextV2 {
  // pain at both sitting bones (answer pain-both-sides) makes the affected side `both` (section 2)
  const both = c.screening.answers['pain-both-sides'] === true;
  return {
    ...ctx,
    sport: c.patient.sport === true,
    side: both ? 'both' : c.patient.affectedSide,
    runsOn: ctx.runner ? byDay(ctx.h, 'run') : new Map<Day, EventOf<'run'>[]>(),
    posOffset: 0,
  };
}

/** The last stage: 4 for runners and sport, or when a clinician set stage 4; else 3. */
export const lastStage = (ctx: ContextV2, s: StateV2): number =>
  ctx.runner || ctx.sport || s.stage === 4 ? 4 : 3;

/** Index of the last morning check dated on or before `day` (replay order), or -1. */
function lastCheckIndex(h: History, day: Day): number {
  const list = h.morningEvents;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.day ?? Infinity) <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The last morning check in replay order dated on or before `day` (the baseline of section 12). */
export function lastCheckOnOrBefore(h: History, day: Day): { day: Day; score: number } | undefined {
  return h.morningEvents[lastCheckIndex(h, day)];
}

/** Sum and count of every morning check dated in [from, to] (several a day each count). */
const scratch = { sum: 0, count: 0 };

/** Sum and count of the checks in [from, to], in a shared record (read it before the next call). */
function checksBetween(h: History, from: Day, to: Day): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (let i = lastCheckIndex(h, to); i >= 0; i--) {
    const m = h.morningEvents[i] as { day: Day; score: number };
    if (m.day < from) break;
    sum += m.score;
    count++;
  }
  scratch.sum = sum;
  scratch.count = count;
  return scratch;
}

export interface TrendV2 {
  recent: number;
  before: number;
}

/** Section 6: the recent 7-day morning mean exceeds the week before by 1.0 or more and is itself 2.0 or more. */
export function worseningV2(ctx: Context, day: Day): TrendV2 | undefined {
  const w = ctx.p.pain.windowDays;
  const min = ctx.p.flags.worseningMinChecks;
  const recent = checksBetween(ctx.h, day - w + 1, day);
  if (recent.count < min) return undefined;
  const r = recent.sum / recent.count;
  const before = checksBetween(ctx.h, day - 2 * w + 1, day - w);
  if (before.count < min) return undefined;
  const b = before.sum / before.count;
  return r - b >= ctx.p.flags.worseningDelta && r >= (ctx.p.flags.worseningMinMean ?? 0)
    ? { recent: r, before: b }
    : undefined;
}

/** The three latest morning checks dated on or before `day` are all 3 or less (fewer than three: no). */
function calmLatestThree(h: History, day: Day, max: number): boolean {
  const last = lastCheckIndex(h, day);
  if (last < 2) return false;
  for (let i = last; i > last - 3; i--) if ((h.morningEvents[i]?.score ?? 0) > max) return false;
  return true;
}

/** A score of 8+ from pain after or a morning check ends on the first day X, 14+ days on, with three calm mornings. */
export function softSevereEnded(ctx: Context, m: SevereMark, day: Day): Day | undefined {
  const from = m.day + 14;
  if (day < from) return undefined;
  if (m.endedOn !== undefined) return m.endedOn <= day ? m.endedOn : undefined;
  const found = firstCalmDay(ctx, Math.max(from, m.searchFrom ?? from), ctx.h.asOf);
  m.endedOn = found ?? Infinity;
  return found !== undefined && found <= day ? found : undefined;
}

function firstCalmDay(ctx: Context, from: Day, day: Day): Day | undefined {
  const max = ctx.p.pain.gatePassMax;
  if (calmLatestThree(ctx.h, from, max)) return from;
  for (const d of ctx.h.morningDays) {
    if (d <= from) continue;
    if (d > day) break;
    if (calmLatestThree(ctx.h, d, max)) return d;
  }
  return undefined;
}

/** The severe-pain mark that holds on `day` (a clinician event after it ends it), if any. */
export function severeHolding(ctx: Context, s: StateV2, day: Day): SevereMark | undefined {
  for (let i = s.severe.length - 1; i >= 0; i--) {
    const m = s.severe[i] as SevereMark;
    if (m.ackPos !== undefined || m.day > day) continue;
    if (m.hard || softSevereEnded(ctx, m, day) === undefined) return m;
  }
  return undefined;
}

/** The block of section 5 that holds on `day`, as a reason; undefined when moving up is allowed. */
export function blockAt(ctx: ContextV2, s: StateV2, day: Day): Reason | undefined {
  const sev = severeHolding(ctx, s, day);
  if (sev) {
    return lazyReason(
      'progress-blocked-severe-pain',
      () =>
        `Pain of ${sev.score}/10 ${sev.source} on ${ctx.fmt(sev.day)}: no moving up until ${sev.hard ? 'a clinician has seen you' : 'a clinician has seen you, or 14 days have passed with three calm mornings in a row'}.`,
    );
  }
  const tingling = s.tingling;
  if (tingling && tingling.ackPos === undefined) {
    return lazyReason(
      'progress-blocked-nerve-signs',
      () =>
        `New tingling below the knee reported on ${ctx.fmt(tingling.day)}: no moving up, and no deep hip bending, until a clinician has checked it.`,
    );
  }
  const trend = worseningV2(ctx, day);
  if (trend) {
    return lazyReason(
      'progress-blocked-trend',
      () =>
        `Your morning scores are rising (average ${trend.recent.toFixed(1)}/10 in the 7 days up to ${ctx.fmt(day)} against ${trend.before.toFixed(1)}/10 the week before): no moving up until they settle.`,
    );
  }
  return undefined;
}
