import type { Day } from '../days.js';
import { joinAnd } from '../evidence.js';
import type { LoadTestResult } from '../history.js';
import { stageOf } from '../state.js';
import { lastCheckOnOrBefore, lastStage, type ContextV2 } from './context.js';
import type { StateV2 } from './state.js';

const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');
const names = new Map<string, string>();
const testName = (id: string): string => {
  let n = names.get(id);
  if (n === undefined) {
    n = `${id.replace(/-test$/, '').replace(/-/g, ' ')} test`;
    names.set(id, n);
  }
  return n;
};

/** The latest result of a test in the window up to `day`, for one side (undefined side: tests without one). */
/** Index of the last result dated on or before `day` (binary search; the list is in date order), or -1. */
function lastIndexBy(list: LoadTestResult[], day: Day): number {
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

function latestOnSide(
  ctx: ContextV2,
  test: string,
  day: Day,
  side: 'left' | 'right' | undefined,
): LoadTestResult | undefined {
  const list = ctx.h.loadTests.get(test);
  if (!list) return undefined;
  let best: LoadTestResult | undefined;
  // from the latest back (the list is in replay order): the first in the window is the latest result
  for (let i = lastIndexBy(list, day); i >= 0 && !best; i--) {
    const r = list[i] as LoadTestResult;
    if (r.day <= day - ctx.p.pain.windowDays) break;
    if (r.side === side) best = r;
  }
  return best;
}

/** The results a gate test needs on the affected side (both sides: the latest left and right each). */
export function sideResults(
  ctx: ContextV2,
  test: string,
  day: Day,
): { label: string; result: LoadTestResult | undefined }[] {
  const name = testName(test);
  if (ctx.side === 'both')
    return (['left', 'right'] as const).map((side) => ({
      label: `${side} ${name}`,
      result: latestOnSide(ctx, test, day, side),
    }));
  return [{ label: name, result: latestOnSide(ctx, test, day, ctx.side) }];
}

/** The running start rule takes any qualifying result in its window, on each side it needs (section 12). */
export function anyQualifying(
  ctx: ContextV2,
  test: string,
  day: Day,
): { label: string; result: LoadTestResult | undefined }[] {
  const max = ctx.p.pain.gatePassMax;
  const sides: ('left' | 'right' | undefined)[] = ctx.side === 'both' ? ['left', 'right'] : [ctx.side];
  const list = ctx.h.loadTests.get(test) ?? [];
  return sides.map((side) => {
    let found: LoadTestResult | undefined;
    for (let i = lastIndexBy(list, day); i >= 0 && !found; i--) {
      const r = list[i] as LoadTestResult;
      if (r.day <= day - ctx.p.pain.windowDays) break;
      if (r.side === side && r.pain <= max) found = r;
    }
    return { label: `${side ? `${side} ` : ''}${testName(test)}`, result: found };
  });
}

export interface GateV2 {
  met: boolean;
  pendingText: () => string;
  metText: () => string;
}

/** The stage gate of section 5 at `day` (the session's day E, or asOf for a standing reason). */
export function gateV2(ctx: ContextV2, s: StateV2, day: Day, greens: number): GateV2 {
  const stage = stageOf(ctx, s.stage);
  const max = ctx.p.pain.gatePassMax;
  const w = ctx.p.pain.windowDays;
  const passed = s.stage < s.highestStage;
  const minDays = passed ? 7 : stage.minimumDays;
  const days = day - s.stageEntry;
  const results: { label: string; result: LoadTestResult | undefined }[] = [];
  for (const g of stage.gateTests) {
    if (g.kind === 'morning-check') {
      const last = lastCheckOnOrBefore(ctx.h, day);
      const r: LoadTestResult | undefined =
        last && last.day > day - w ? { day: last.day, pain: last.score } : undefined;
      results.push({ label: 'morning check', result: r });
    } else results.push(...sideResults(ctx, g.test ?? '', day));
  }
  const last = s.stage >= lastStage(ctx, s);
  const needRun = ctx.runner && last;
  const top = ctx.p.running.levelForCompletion;
  const runsOk =
    !needRun ||
    (s.running.level === top &&
      s.running.topGreens.length >= 2 &&
      s.running.topGreens.some((k) => k === 'intervals' || k === 'hills' || k === 'sprints'));
  const met =
    greens >= 3 &&
    days >= minDays &&
    results.every((x) => x.result !== undefined && x.result.pain <= max) &&
    runsOk;
  const describe = (): { missing: string[]; ok: string[] } => {
    const missing: string[] = [];
    const ok: string[] = [];
    if (greens < 3) {
      const more = 3 - greens;
      missing.push(
        `${more} more comfortable session${more === 1 ? '' : 's'} at this level (${greens} of 3 in a row)`,
      );
    } else ok.push(`${greens} comfortable sessions in a row at the top level`);
    const why = passed ? `, a stage you had already passed` : '';
    if (days < minDays)
      missing.push(
        `${minDays - days} more day${minDays - days === 1 ? '' : 's'} in stage ${stage.stage} (${days} of ${minDays} since ${ctx.fmt(s.stageEntry)}${why})`,
      );
    else ok.push(`${days} days in stage ${stage.stage} (${minDays} needed)`);
    for (const { label, result } of results) {
      if (result && result.pain <= max)
        ok.push(`${article(label)} ${label} of ${result.pain}/10 on ${ctx.fmt(result.day)}`);
      else if (result)
        missing.push(
          `${article(label)} ${label} of ${max}/10 or less (the latest, on ${ctx.fmt(result.day)}, was ${result.pain}/10)`,
        );
      else
        missing.push(
          `${article(label)} ${label} of ${max}/10 or less in the ${w} days up to ${ctx.fmt(day)}`,
        );
    }
    if (needRun) {
      if (runsOk) ok.push(`two comfortable runs at R${top}`);
      else
        missing.push(`two comfortable full-length runs at R${top}, one of them intervals, hills or sprints`);
    }
    return { missing, ok };
  };
  const target = last ? 'finishing the program' : `going on to stage ${stage.stage + 1}`;
  return {
    met,
    pendingText: () =>
      `You are at the top level of stage ${stage.stage}. Before ${target}, counted on ${ctx.fmt(day)}: ${joinAnd(describe().missing)}.`,
    metText: () => `Stage ${stage.stage} gate met: ${joinAnd(describe().ok)}.`,
  };
}
