import { runningMinutes, type RunningLevel } from '../../protocol/types.js';
import type { Day } from '../days.js';
import { capitalise, describeCalm, describeCauses } from '../evidence.js';
import type { Judgement } from '../judge.js';
import { lazyReason } from '../state.js';
import { blockAt, lastCheckOnOrBefore, type ContextV2 } from './context.js';
import { anyQualifying } from './gate.js';
import type { StateV2 } from './state.js';

export const levelOf = (ctx: ContextV2, level: number): RunningLevel | undefined =>
  ctx.p.running.levels.find((l) => l.level === level);

function highestAllowed(ctx: ContextV2, stage: number): number {
  return Math.max(1, ...ctx.p.running.levels.filter((l) => l.minimumStage <= stage).map((l) => l.level));
}

export function setRunLevel(s: StateV2, level: number, day: Day): void {
  const r = s.running;
  if (level === 0) r.startedOn = undefined;
  else if (r.startedOn === undefined) r.startedOn = day;
  if (level > 0 && r.firstStarted === undefined) r.firstStarted = day;
  if (level !== r.level) r.topGreens = [];
  r.level = level;
  r.levelStart = day;
  r.greens = 0;
  r.ambers = 0;
}

/** Stops running (stage 1, or a red flag), remembering the level for the restart rule. */
export function stopRunning(ctx: ContextV2, s: StateV2, day: Day, why: string): void {
  if (s.running.level === 0) return;
  s.running.held = s.running.level;
  s.running.stoppedOn = day;
  const from = s.running.level;
  setRunLevel(s, 0, day);
  s.runChange = 'regress';
  s.runReason = {
    rule: 'running-stopped',
    text: `Running stops on ${ctx.fmt(day)} at R${from}: ${why}. It restarts a level lower once the start rule holds again.`,
  };
}

/** When the stage falls: stage 1 stops running; below R7/R8's stage the level falls to the highest allowed. */
export function capRunningV2(ctx: ContextV2, s: StateV2, day: Day): void {
  if (!ctx.runner || s.running.level === 0) return;
  if (s.stage < ctx.p.running.startStage) {
    stopRunning(ctx, s, day, `back at stage ${s.stage}, where running rests`);
    return;
  }
  const cap = highestAllowed(ctx, s.stage);
  if (s.running.level <= cap) return;
  const from = s.running.level;
  setRunLevel(s, cap, day);
  s.runChange = 'regress';
  s.runReason = {
    rule: 'running-level-capped',
    text: `Back at stage ${s.stage} on ${ctx.fmt(day)}, running steps down from R${from} to R${cap}, the highest level stage ${s.stage} allows.`,
  };
}

/** Section 7's start rule, checked at the end of each day: stage 2+, a calm bridge test on the affected side, a calm morning. */
export function tryStartRunningV2(ctx: ContextV2, s: StateV2, day: Day): void {
  const r = ctx.p.running;
  if (!ctx.runner || s.status !== 'active' || s.running.level > 0 || s.stage < r.startStage) return;
  const max = ctx.p.pain.gatePassMax;
  const tests = anyQualifying(ctx, r.startTest, day);
  if (!tests.every((t) => t.result !== undefined && t.result.pain <= max)) return;
  const paused = s.running.pausedOn;
  if (paused !== undefined && tests.some((t) => (t.result?.day ?? 0) <= paused)) return;
  const morning = lastCheckOnOrBefore(ctx.h, day);
  if (!morning || morning.score > max) return;
  const bridge = tests
    .map((t) => `${t.label} of ${t.result?.pain ?? 0}/10 on ${ctx.fmt(t.result?.day ?? day)}`)
    .join(' and ');
  const evidence = `stage ${s.stage}, ${bridge}, and a morning score of ${morning.score}/10 on ${ctx.fmt(morning.day)}`;
  const restart = s.running.held > 0 && s.running.stoppedOn !== undefined;
  let level = 1;
  if (restart) {
    const off = day - (s.running.stoppedOn ?? day);
    level = Math.min(highestAllowed(ctx, s.stage), Math.max(1, s.running.held - 1 - Math.floor(off / 14)));
  }
  const held = s.running.held;
  s.running.held = 0;
  s.running.stoppedOn = undefined;
  s.running.pausedOn = undefined;
  setRunLevel(s, level, day);
  s.running.lastRunDay = undefined;
  s.running.ambersForCue = 0;
  s.runChange = 'start';
  if (ctx.p.running.gaitCueAtStart) s.gaitCues = Math.max(s.gaitCues, 1);
  const l = levelOf(ctx, level);
  const what = `R${level} (${l?.session ?? ''}, ${l?.perWeek ?? 0} times a week)`;
  s.runReason = restart
    ? {
        rule: 'running-restart',
        text: `Running restarts at ${what} on ${ctx.fmt(day)}, below the R${held} held before it stopped: ${evidence}. First gait cue: quicker, shorter steps.`,
      }
    : {
        rule: 'running-start',
        text: `Running starts at ${what} on ${ctx.fmt(day)}: ${evidence}. First we look at running gait: take quicker, shorter steps.`,
      };
}

export interface RunMeta {
  /** Running had started and the stage was 2 or more on the run's day: it may move the running ladder. */
  ladder: boolean;
  offPlan: string | undefined;
  short: boolean;
  kinds: string[];
  minutes: number;
  previousRun: Day | undefined;
}

/** Off plan (section 7) at the level held on the run's day. */
export function offPlanWhy(
  ctx: ContextV2,
  s: StateV2,
  day: Day,
  kinds: string[],
  minutes: number,
): string | undefined {
  const l = levelOf(ctx, s.running.level);
  if (!l) return undefined;
  const bad = kinds.filter((k) => !(l.kindsAllowed as string[]).includes(k));
  if (bad.length > 0)
    return `${bad.join(' and ')} runs are not part of R${l.level} (${l.kindsAllowed.join(', ')} runs only)`;
  const full = runningMinutes(l);
  if (minutes > full * (ctx.p.running.offPlanFactor ?? 1.5))
    return `${minutes} minutes is well over R${l.level}'s ${full}`;
  let count = 0;
  for (let d = day - 6; d <= day; d++) count += ctx.runsOn.get(d)?.length ?? 0;
  if (count > l.perWeek)
    return `${count} runs in the 7 days up to ${ctx.fmt(day)}, over R${l.level}'s ${l.perWeek} a week`;
  if (l.noConsecutiveDays && ctx.h.runDays.has(day - 1))
    return `it came the day after the run of ${ctx.fmt(day - 1)}, and R${l.level} asks for a day between runs`;
  return undefined;
}

/** Return after a running break: one level down per full 14 days since the previous run, not below R1. */
export function runBreak(ctx: ContextV2, s: StateV2, day: Day, previous: Day): void {
  const steps = Math.floor((day - previous) / 14);
  const from = s.running.level;
  const to = Math.max(1, from - steps);
  setRunLevel(s, to, day);
  s.runChange = to < from ? 'regress' : 'hold';
  s.runReason = {
    rule: 'running-return-after-break',
    text: `${day - previous} days passed between the runs of ${ctx.fmt(previous)} and ${ctx.fmt(day)}, so running ${to < from ? `steps back from R${from} to R${to}` : `restarts gently at R${to}`}.`,
  };
}

/** Applies one judged run to the running ladder (section 7). */
export function applyRunV2(ctx: ContextV2, s: StateV2, j: Judgement, m: RunMeta): void {
  const run = s.running;
  const at = run.level;
  if (m.previousRun !== undefined && j.day - m.previousRun > 7) {
    run.greens = 0;
    run.ambers = 0;
  }
  switch (j.band) {
    case 'incomplete':
      run.greens = 0;
      s.runChange = 'hold';
      s.runReason = lazyReason(
        'run-response-incomplete',
        () =>
          `No morning check on ${ctx.fmt(j.day + 1)} after the run on ${ctx.fmt(j.day)}, so it can't be judged: running stays at R${at}.`,
      );
      return;
    case 'red': {
      const to = Math.max(1, at - 1);
      setRunLevel(s, to, j.evalDay);
      s.runChange = to < at ? 'regress' : 'hold';
      s.runReason = lazyReason(
        'run-response-red',
        () =>
          `${capitalise(describeCauses(ctx, j))}: above your ceiling of ${j.ceiling}, so running ${to < at ? `steps back from R${at} to R${to}` : `stays at R${to}`} and pauses on the pain-relief days.`,
      );
      return;
    }
    case 'amber': {
      run.greens = 0;
      run.ambers += 1;
      let cue = '';
      if (at >= ctx.p.running.gaitCueFromLevel) {
        run.ambersForCue += 1;
        if (
          run.ambersForCue >= ctx.p.running.ambersPerGaitCue &&
          s.gaitCues < ctx.p.running.gaitCues.length
        ) {
          s.gaitCues += 1;
          run.ambersForCue = 0;
          cue = ` New gait cue: ${(ctx.p.running.gaitCues[s.gaitCues - 1] ?? '').replace(/^gait-/, '').replace(/-/g, ' ')}.`;
        }
      }
      if (run.ambers >= 2) {
        const to = Math.max(1, at - 1);
        setRunLevel(s, to, j.evalDay);
        s.runChange = to < at ? 'regress' : 'hold';
        s.runReason = lazyReason(
          'run-two-ambers',
          () =>
            `A second amber run in a row (${describeCauses(ctx, j)}), so running ${to < at ? `steps back to R${to}` : `stays at R${to}`}.${cue}`,
        );
      } else {
        s.runChange = 'hold';
        s.runReason = lazyReason(
          'run-response-amber',
          () =>
            `${capitalise(describeCauses(ctx, j))}: acceptable but watched, so running stays at R${at}.${cue}`,
        );
      }
      return;
    }
    case 'green': {
      run.ambers = 0;
      s.runChange = 'hold';
      if (m.offPlan !== undefined) {
        run.greens = 0;
        const why = m.offPlan;
        s.runReason = lazyReason(
          'run-off-plan',
          () =>
            `The run on ${ctx.fmt(j.day)} was comfortable but off plan (${why}), so it does not count: running stays at R${at}.`,
        );
        return;
      }
      if (m.short) {
        run.greens = 0;
        const full = runningMinutes(levelOf(ctx, at) as RunningLevel);
        s.runReason = lazyReason(
          'run-short',
          () =>
            `The run on ${ctx.fmt(j.day)} was comfortable but ${m.minutes} minutes, under three quarters of R${at}'s ${full}, so it does not count towards moving up.`,
        );
        return;
      }
      run.greens += 1;
      if (at === ctx.p.running.levelForCompletion)
        run.topGreens.push(
          m.kinds.find((k) => k === 'intervals' || k === 'hills' || k === 'sprints') ?? 'easy',
        );
      const next = levelOf(ctx, at + 1);
      const began = run.levelStart;
      const block = blockAt(ctx, s, j.evalDay);
      let hold: string | (() => string) | undefined;
      if (run.greens < 2) hold = 'one more comfortable run at this level moves you up';
      else if (!next) hold = 'this is the top of the running ladder';
      else if (next.minimumStage > s.stage) hold = `R${next.level} needs stage ${next.minimumStage}`;
      else if (j.day < began + ctx.p.running.minimumDaysAtLevel)
        hold = `R${at} began on ${ctx.fmt(began)}: the next level comes after at least ${ctx.p.running.minimumDaysAtLevel} days`;
      else if (block) hold = () => block.text;
      if (hold !== undefined || !next) {
        const why = hold ?? '';
        const whyText = (): string => (typeof why === 'function' ? why() : why);
        s.runReason = lazyReason(
          block && run.greens >= 2 && next ? block.rule : 'run-response-green',
          () => `${capitalise(describeCalm(ctx, j))}: comfortable. Running stays at R${at}: ${whyText()}`,
        );
        return;
      }
      setRunLevel(s, next.level, j.evalDay);
      s.runChange = 'progress';
      s.runReason = lazyReason(
        'run-repeated-green',
        () =>
          `Two comfortable runs in a row at R${at} (latest ${describeCalm(ctx, j)}), so running moves up to R${next.level}: ${next.session}, ${next.perWeek} times a week.`,
      );
      return;
    }
  }
}

/** A clinician's `set-running-level` (change `none`): 0 pauses until a new bridge test; capped by the stage. */
export function clinicianRunningV2(ctx: ContextV2, s: StateV2, day: Day, wanted: number): string {
  s.runChange = 'none';
  if (!ctx.runner)
    return `A clinician set running level R${wanted} on ${ctx.fmt(day)}, but this patient is not a runner, so nothing changed.`;
  if (wanted === 0) {
    setRunLevel(s, 0, day);
    s.running.held = 0;
    s.running.stoppedOn = undefined;
    s.running.pausedOn = day;
    return `A clinician paused running on ${ctx.fmt(day)}. It starts again at R1 after a new single-leg bridge test of ${ctx.p.pain.gatePassMax}/10 or less.`;
  }
  if (s.stage < ctx.p.running.startStage)
    return `A clinician set running level R${wanted} on ${ctx.fmt(day)}, but at stage ${s.stage} running rests, so nothing changed.`;
  s.running.pausedOn = undefined;
  s.running.held = 0;
  s.running.stoppedOn = undefined;
  const cap = highestAllowed(ctx, s.stage);
  const level = Math.min(wanted, cap);
  setRunLevel(s, level, day);
  if (ctx.p.running.gaitCueAtStart) s.gaitCues = Math.max(s.gaitCues, 1);
  return level < wanted
    ? `A clinician set running level R${wanted} on ${ctx.fmt(day)}; stage ${s.stage} allows at most R${cap}, so running is at R${level}.`
    : `A clinician set running level R${level} on ${ctx.fmt(day)}.`;
}
