import type { Day } from '../days.js';
import type { History } from '../history.js';
import { lastCheckOnOrBefore } from './context.js';
import type { Band, Judgement } from '../judge.js';

/** A loading day (sessions or runs of one day, judged as one) with its day E, PROTOCOL.md section 3. */
export interface LoadV2 {
  kind: 'session' | 'run';
  day: Day;
  during: number;
  after: number | undefined;
  /** Day E: the first day on which the band is final. */
  evalDay: Day;
  /** True when `next` was read at E (it is the morning check of E), or `second` was. */
  readsMorningOfE: boolean;
  /** Its position among the events of day E in replay order (set by the replay). */
  sub: number;
}

/**
 * Day E of a load: D when `during` or `after` is above the ceiling; D+1 when `next` is above the ceiling
 * or a session or run came on D+1; otherwise D+2.
 */
export function evalDayOf(
  h: History,
  kind: 'session' | 'run',
  day: Day,
  during: number,
  after: number | undefined,
  ceiling: number,
): LoadV2 {
  let evalDay = day + 2;
  let readsMorningOfE = false;
  if (during > ceiling || (after ?? 0) > ceiling) evalDay = day;
  else {
    const next = h.morning.get(day + 1);
    const loadedNext = h.sessionDays.has(day + 1) || h.runDays.has(day + 1);
    if (next !== undefined && (next > ceiling || loadedNext)) {
      evalDay = day + 1;
      readsMorningOfE = true;
    } else readsMorningOfE = !loadedNext && h.morning.has(day + 2);
  }
  return { kind, day, during, after, evalDay, readsMorningOfE, sub: 0 };
}

/** The names of the present responses that pass `test`, in order. */
function causesOf(
  during: number,
  after: number | undefined,
  next: number | undefined,
  second: number | undefined,
  test: (v: number) => boolean,
): string[] {
  const out: string[] = [];
  if (test(during)) out.push('during');
  if (after !== undefined && test(after)) out.push('after');
  if (next !== undefined && test(next)) out.push('next');
  if (second !== undefined && test(second)) out.push('second');
  return out;
}

const NONE: string[] = [];
const NO_NEXT = ['no-next'];

/** The band of a load judged on its day E (the caller makes sure E is on or before asOf). */
export function judgeV2(
  h: History,
  load: LoadV2,
  ceiling: number,
  amberFrom: number,
  settleMargin: number,
  calmMax: number,
): Judgement & { settled: boolean } {
  const { day, during, after } = load;
  const next = h.morning.get(day + 1);
  const loadedNext = h.sessionDays.has(day + 1) || h.runDays.has(day + 1);
  const second = load.evalDay >= day + 2 && !loadedNext ? h.morning.get(day + 2) : undefined;
  const baseline = lastCheckOnOrBefore(h, day);
  const highest = Math.max(during, after ?? -1, next ?? -1, second ?? -1);
  const unsettled = next !== undefined && baseline !== undefined && next >= baseline.score + settleMargin;
  let band: Band;
  let causes = NONE;
  if (highest > ceiling) {
    band = 'red';
    causes = causesOf(during, after, next, second, (v) => v > ceiling);
  } else if (highest >= amberFrom || unsettled) {
    band = 'amber';
    causes = causesOf(during, after, next, second, (v) => v >= amberFrom);
    if (unsettled) causes.push('settle');
  } else if (next === undefined) {
    band = 'incomplete';
    causes = NO_NEXT;
  } else band = 'green';
  const settled =
    (next !== undefined || second !== undefined) && (next ?? 0) <= calmMax && (second ?? 0) <= calmMax;
  return {
    kind: load.kind,
    day,
    evalDay: load.evalDay,
    band,
    during,
    after,
    next,
    second,
    baseline,
    ceiling,
    causes,
    settled,
  };
}
