import type { Day } from '../days.js';
import type { History } from '../history.js';
import { latestMorningOnOrBefore } from '../history.js';
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
  const base = { kind, day, during, after };
  if (during > ceiling || (after ?? 0) > ceiling) return { ...base, evalDay: day, readsMorningOfE: false };
  const next = h.morning.get(day + 1);
  const loadedNext = h.sessionDays.has(day + 1) || h.runDays.has(day + 1);
  if (next !== undefined && (next > ceiling || loadedNext))
    return { ...base, evalDay: day + 1, readsMorningOfE: true };
  if (next === undefined && loadedNext) return { ...base, evalDay: day + 2, readsMorningOfE: false };
  return { ...base, evalDay: day + 2, readsMorningOfE: h.morning.has(day + 2) };
}

/** The band of a load judged on its day E (the caller makes sure E is on or before asOf). */
export function judgeV2(
  h: History,
  load: LoadV2,
  ceiling: number,
  amberFrom: number,
  settleMargin: number,
): Judgement & { settled: boolean } {
  const { day } = load;
  const next = h.morning.get(day + 1);
  const loadedNext = h.sessionDays.has(day + 1) || h.runDays.has(day + 1);
  const second = load.evalDay >= day + 2 && !loadedNext ? h.morning.get(day + 2) : undefined;
  const baseline = latestMorningOnOrBefore(h, day);
  const named: [string, number | undefined][] = [
    ['during', load.during],
    ['after', load.after],
    ['next', next],
    ['second', second],
  ];
  const present = named.filter((x): x is [string, number] => x[1] !== undefined);
  const above = present.filter(([, v]) => v > ceiling).map(([k]) => k);
  const high = present.filter(([, v]) => v >= amberFrom).map(([k]) => k);
  const unsettled = next !== undefined && baseline !== undefined && next >= baseline.score + settleMargin;
  let band: Band;
  let causes: string[];
  if (above.length > 0) {
    band = 'red';
    causes = above;
  } else if (high.length > 0 || unsettled) {
    band = 'amber';
    causes = unsettled ? [...high, 'settle'] : high;
  } else if (next === undefined) {
    band = 'incomplete';
    causes = ['no-next'];
  } else {
    band = 'green';
    causes = [];
  }
  const checks = [next, second].filter((x): x is number => x !== undefined);
  const settled = checks.length > 0 && checks.every((v) => v <= 3);
  return {
    kind: load.kind,
    day,
    evalDay: load.evalDay,
    band,
    during: load.during,
    after: load.after,
    next,
    second,
    baseline,
    ceiling,
    causes,
    settled,
  };
}
