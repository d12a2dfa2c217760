import type { RunningLevel } from '../protocol/types.js';
import type { Day } from './days.js';
import type { Judgement } from './judge.js';
import { capitalise, describeCalm, describeCauses } from './evidence.js';
import { latestMorningOnOrBefore, latestTestInWindow } from './history.js';
import { worseningAt } from './gates.js';
import { lazyReason, type Context, type State } from './state.js';

export function runningLevelOf(ctx: Context, level: number): RunningLevel | undefined {
  return ctx.p.running.levels.find((l) => l.level === level);
}

/** The highest running level the stage allows (at least R1 once running has started). */
function highestAllowed(ctx: Context, stage: number): number {
  const allowed = ctx.p.running.levels.filter((l) => l.minimumStage <= stage).map((l) => l.level);
  return Math.max(1, ...allowed);
}

function setLevel(s: State, level: number, day: Day): void {
  if (level === 0) s.running.startedOn = undefined;
  else if (s.running.startedOn === undefined) s.running.startedOn = day;
  s.running.level = level;
  s.running.levelStart = day;
  s.running.greens = 0;
  s.running.ambers = 0;
}

/** When the stage falls below what the running level needs, the level falls to the highest allowed. */
export function capRunning(ctx: Context, s: State, day: Day): void {
  if (!ctx.runner || s.running.level === 0) return;
  const cap = highestAllowed(ctx, s.stage);
  if (s.running.level <= cap) return;
  const from = s.running.level;
  setLevel(s, cap, day);
  s.runReason = {
    rule: 'running-level-capped',
    text: `Back at stage ${s.stage} on ${ctx.fmt(day)}, running steps down from R${from} to R${cap}, the highest level stage ${s.stage} allows.`,
  };
}

/** Running starts at R1 on the first day with stage 2+, a calm single-leg bridge in 7 days, and a calm morning. */
export function tryStartRunning(ctx: Context, s: State, day: Day): void {
  const r = ctx.p.running;
  if (!ctx.runner || s.status !== 'active' || s.running.level > 0 || s.stage < r.startStage) return;
  const max = ctx.p.pain.gatePassMax;
  const test = latestTestInWindow(ctx.h, r.startTest, day, ctx.p.pain.windowDays);
  const morning = latestMorningOnOrBefore(ctx.h, day);
  if (!test || test.pain > max || !morning || morning.score > max) return;
  if (s.running.pausedOn !== undefined && test.day <= s.running.pausedOn) return;
  setLevel(s, 1, day);
  const first = runningLevelOf(ctx, 1);
  s.runReason = {
    rule: 'running-start',
    text: `Running starts at R1 (${first?.session ?? ''}, ${first?.perWeek ?? 0} times a week) on ${ctx.fmt(day)}: stage ${s.stage}, a single-leg bridge test of ${test.pain}/10 on ${ctx.fmt(test.day)} and a morning score of ${morning.score}/10 on ${ctx.fmt(morning.day)}.`,
  };
}

function addAmberForCue(ctx: Context, s: State, level: number): string {
  const r = ctx.p.running;
  if (level < r.gaitCueFromLevel) return '';
  s.running.ambersForCues += 1;
  const cues = Math.min(r.gaitCues.length, Math.floor(s.running.ambersForCues / r.ambersPerGaitCue));
  if (cues <= s.gaitCues) return '';
  s.gaitCues = cues;
  const cue = r.gaitCues[cues - 1] ?? '';
  return ` New gait cue: ${cue.replace(/^gait-/, '').replace(/-/g, ' ')}.`;
}

/** Applies one judged run to the running ladder, PROTOCOL.md section 7. */
export function applyRun(ctx: Context, s: State, j: Judgement): void {
  const run = s.running;
  const at = run.level;
  switch (j.band) {
    case 'incomplete':
      run.greens = 0;
      s.runReason = lazyReason(
        'run-response-incomplete',
        () =>
          `No morning check on ${ctx.fmt(j.day + 1)} after the run on ${ctx.fmt(j.day)}, so it can't be judged: running stays at R${at}.`,
      );
      return;
    case 'red': {
      const to = Math.max(1, at - 1);
      setLevel(s, to, j.evalDay);
      s.runReason = lazyReason(
        'run-response-red',
        () =>
          `${capitalise(describeCauses(ctx, j))}: above your ceiling of ${j.ceiling}, so running ${to < at ? `steps back from R${at} to R${to}` : `stays at R${to}`}.`,
      );
      return;
    }
    case 'amber': {
      run.greens = 0;
      run.ambers += 1;
      const cue = addAmberForCue(ctx, s, at);
      if (run.ambers >= 2) {
        const to = Math.max(1, at - 1);
        setLevel(s, to, j.evalDay);
        s.runReason = lazyReason(
          'run-two-ambers',
          () =>
            `A second amber run in a row (${describeCauses(ctx, j)}), so running steps back to R${to}.${cue}`,
        );
      } else {
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
      run.greens += 1;
      const next = runningLevelOf(ctx, at + 1);
      const waitUntil = run.levelStart + ctx.p.running.minimumDaysAtLevel;
      const began = run.levelStart;
      const minDays = ctx.p.running.minimumDaysAtLevel;
      let hold: (() => string) | undefined;
      if (run.greens < 2) hold = () => 'one more comfortable run at this level moves you up';
      else if (!next) hold = () => 'this is the top of the running ladder';
      else if (next.minimumStage > s.stage) hold = () => `R${next.level} needs stage ${next.minimumStage}`;
      else if (j.day < waitUntil)
        hold = () => `R${at} began on ${ctx.fmt(began)}: the next level comes after at least ${minDays} days`;
      else if (worseningAt(ctx, j.evalDay))
        hold = () => 'your morning scores are rising, so running holds until they settle';
      if (hold !== undefined || !next) {
        const why = hold;
        s.runReason = lazyReason(
          'run-response-green',
          () =>
            `${capitalise(describeCalm(ctx, j))}: comfortable. Running stays at R${at}: ${why ? why() : ''}.`,
        );
        return;
      }
      setLevel(s, next.level, j.evalDay);
      s.runReason = lazyReason(
        'run-repeated-green',
        () =>
          `Two comfortable runs in a row at R${at} (latest ${describeCalm(ctx, j)}), so running moves up to R${next.level}: ${next.session}, ${next.perWeek} times a week.`,
      );
      return;
    }
  }
}

/** A clinician's `set-running-level`: 0 stops running until the start rule is met again. */
export function clinicianSetsRunningLevel(ctx: Context, s: State, day: Day, wanted: number): string {
  if (!ctx.runner)
    return `A clinician set running level R${wanted} on ${ctx.fmt(day)}, but this patient is not a runner, so nothing changed.`;
  if (wanted === 0) {
    setLevel(s, 0, day);
    s.running.pausedOn = day;
    return `A clinician paused running on ${ctx.fmt(day)}. It starts again at R1 after a new single-leg bridge test of ${ctx.p.pain.gatePassMax}/10 or less.`;
  }
  s.running.pausedOn = undefined;
  const cap = highestAllowed(ctx, s.stage);
  const level = Math.min(wanted, cap);
  setLevel(s, level, day);
  return level < wanted
    ? `A clinician set running level R${wanted} on ${ctx.fmt(day)}; stage ${s.stage} allows at most R${cap}, so running is at R${level}.`
    : `A clinician set running level R${level} on ${ctx.fmt(day)}.`;
}
