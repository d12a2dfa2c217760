import type { Day } from './days.js';
import { latestTestInWindow, morningTotalBetween, type LoadTestResult } from './history.js';
import { joinAnd } from './evidence.js';
import { stageOf, type Context, type State } from './state.js';

export interface Trend {
  recent: number;
  before: number;
}

/**
 * The worsening trend of PROTOCOL.md section 6 at `day`: the mean morning score of the 7 days up to it
 * exceeds the mean of the 7 days before by 1.0 or more, each window holding at least 3 checks.
 */
export function worseningAt(ctx: Context, day: Day): Trend | undefined {
  const w = ctx.p.pain.windowDays;
  const min = ctx.p.flags.worseningMinChecks;
  const recent = morningTotalBetween(ctx.h, day - w + 1, day);
  if (recent.count < min) return undefined;
  const before = morningTotalBetween(ctx.h, day - 2 * w + 1, day - w);
  if (before.count < min) return undefined;
  const r = recent.sum / recent.count;
  const b = before.sum / before.count;
  return r - b >= ctx.p.flags.worseningDelta ? { recent: r, before: b } : undefined;
}

/** The latest morning check in the window ending on `day`, as a test result. */
function latestMorningInWindow(ctx: Context, day: Day): LoadTestResult | undefined {
  for (let d = day; d > day - ctx.p.pain.windowDays; d--) {
    const score = ctx.h.morning.get(d);
    if (score !== undefined) return { day: d, pain: score };
  }
  return undefined;
}

export interface GateStatus {
  met: boolean;
  /** What is still missing, in plain words (built only when asked: most gates are never shown). */
  pendingText: () => string;
  metText: () => string;
}

/** Checks the stage gate of PROTOCOL.md section 5 at `day` for a patient at the top level. */
export function gateStatus(ctx: Context, s: State, day: Day): GateStatus {
  const stage = stageOf(ctx, s.stage);
  const { gatePassMax, windowDays } = ctx.p.pain;
  const needStreak = 3;
  const greens = s.greens;
  const days = day - s.stageEntry;
  const results = stage.gateTests.map((gate) => ({
    name:
      gate.kind === 'morning-check'
        ? 'morning check'
        : `${(gate.test ?? '').replace(/-test$/, '').replace(/-/g, ' ')} test`,
    result:
      gate.kind === 'morning-check'
        ? latestMorningInWindow(ctx, day)
        : latestTestInWindow(ctx.h, gate.test ?? '', day, windowDays),
  }));
  const last = s.stage === ctx.p.stages.length;
  const needRun = ctx.p.running.levelForCompletion;
  const runLevel = s.running.level;
  const runChecked = last && ctx.runner;
  const met =
    greens >= needStreak &&
    days >= stage.minimumDays &&
    results.every(({ result }) => result !== undefined && result.pain <= gatePassMax) &&
    (!runChecked || runLevel >= needRun);

  const describe = (): { missing: string[]; ok: string[] } => {
    const missing: string[] = [];
    const ok: string[] = [];
    if (greens < needStreak) {
      const more = needStreak - greens;
      missing.push(
        `${more} more comfortable session${more === 1 ? '' : 's'} at this level (${greens} of ${needStreak} in a row)`,
      );
    } else ok.push(`${greens} comfortable sessions in a row at the top level`);
    if (days < stage.minimumDays) {
      missing.push(
        `${stage.minimumDays - days} more days in stage ${stage.stage} (${days} of ${stage.minimumDays}, since ${ctx.fmt(s.stageEntry)})`,
      );
    } else ok.push(`${days} days in stage ${stage.stage} (${stage.minimumDays} needed)`);
    for (const { name, result } of results) {
      if (result && result.pain <= gatePassMax)
        ok.push(`a ${name} of ${result.pain}/10 on ${ctx.fmt(result.day)}`);
      else if (result) {
        missing.push(
          `a ${name} of ${gatePassMax}/10 or less (the latest, on ${ctx.fmt(result.day)}, was ${result.pain}/10)`,
        );
      } else
        missing.push(
          `a ${name} of ${gatePassMax}/10 or less in the ${windowDays} days up to ${ctx.fmt(day)}`,
        );
    }
    if (runChecked) {
      if (runLevel < needRun)
        missing.push(`running level R${needRun} (now ${runLevel > 0 ? `R${runLevel}` : 'not started'})`);
      else ok.push(`running at R${runLevel}`);
    }
    return { missing, ok };
  };
  const target = last ? 'finishing the program' : `stage ${stage.stage + 1}`;
  return {
    met,
    pendingText: () =>
      `You are at the top level of stage ${stage.stage}. Before ${target}: ${joinAnd(describe().missing)}.`,
    metText: () => `Stage ${stage.stage} gate met: ${joinAnd(describe().ok)}.`,
  };
}
