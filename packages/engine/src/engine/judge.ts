import type { PainRules } from '../protocol/types.js';
import type { Day } from './days.js';
import type { History, LoadDay } from './history.js';
import { latestMorningOnOrBefore } from './history.js';

export type Band = 'green' | 'amber' | 'red' | 'incomplete';

/** How one loading day (a session or a run) was tolerated, with the evidence that decided it. */
export interface Judgement {
  kind: 'session' | 'run';
  day: Day;
  /** The day the response is known and applied: the next morning's check, else two days later. */
  evalDay: Day;
  band: Band;
  during: number;
  after: number | undefined;
  next: number | undefined;
  second: number | undefined;
  baseline: { day: Day; score: number } | undefined;
  ceiling: number;
  /** What made it red or amber, in order: e.g. `during`, `next`, `settle`. */
  causes: string[];
}

const NO_CAUSES: string[] = [];

/** Which of the four responses pass `test`, by name. */
function namesOf(
  during: number,
  after: number,
  next: number,
  second: number,
  test: (v: number) => boolean,
): string[] {
  const out: string[] = [];
  if (test(during)) out.push('during');
  if (after >= 0 && test(after)) out.push('after');
  if (next >= 0 && test(next)) out.push('next');
  if (second >= 0 && test(second)) out.push('second');
  return out;
}

export type JudgeResult = { pending: true; day: Day } | { pending: false; judgement: Judgement };

/**
 * Judges a loading day by PROTOCOL.md section 3. `sameKindDays` holds the days with a load of the same
 * kind: a load the next day hides the 48-hour response, so `second` counts only when there was none.
 */
export function judge(
  kind: Judgement['kind'],
  load: LoadDay,
  h: History,
  sameKindDays: Set<Day>,
  ceiling: number,
  rules: PainRules,
): JudgeResult {
  const { day } = load;
  const next = h.morning.get(day + 1);
  if (next === undefined && h.asOf < day + 2) return { pending: true, day };
  const baseline = latestMorningOnOrBefore(h, day);
  if (next === undefined) {
    // No next-morning check by D+2: pain already above the ceiling is still a red (missing data never
    // hides a flare); anything else is incomplete, neither green nor amber.
    const above = namesOf(load.painDuring, load.painAfter ?? -1, -1, -1, (v) => v > ceiling);
    return {
      pending: false,
      judgement: {
        kind,
        day,
        evalDay: day + 2,
        band: above.length > 0 ? 'red' : 'incomplete',
        during: load.painDuring,
        after: load.painAfter,
        next,
        second: undefined,
        baseline,
        ceiling,
        causes: above.length > 0 ? above : ['no-next'],
      },
    };
  }
  const second = sameKindDays.has(day + 1) ? undefined : h.morning.get(day + 2);
  const during = load.painDuring;
  const after = load.painAfter ?? -1;
  const sec = second ?? -1;
  const highest = Math.max(during, after, next, sec);
  const unsettled = baseline !== undefined && next >= baseline.score + rules.settleMargin;
  let band: Band;
  let causes: string[] = NO_CAUSES;
  if (highest > ceiling) {
    band = 'red';
    causes = namesOf(during, after, next, sec, (v) => v > ceiling);
  } else if (highest >= rules.amberFrom || unsettled) {
    band = 'amber';
    causes = namesOf(during, after, next, sec, (v) => v >= rules.amberFrom);
    if (unsettled) causes.push('settle');
  } else band = 'green';
  return {
    pending: false,
    judgement: {
      kind,
      day,
      evalDay: day + 1,
      band,
      during: load.painDuring,
      after: load.painAfter,
      next,
      second,
      baseline,
      ceiling,
      causes,
    },
  };
}
