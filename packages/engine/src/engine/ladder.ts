import type { Day } from './days.js';
import type { Judgement } from './judge.js';
import { capRunning } from './running.js';
import { capitalise, describeCalm, describeCauses } from './evidence.js';
import { gateStatus, worseningAt } from './gates.js';
import { lazyReason, setOutcome, stageOf, topLevel, where, type Context, type State } from './state.js';

/** Steps down one level; from level 1 of stage s > 1 to the top level of stage s - 1. False at stage 1 level 1. */
function stepDown(ctx: Context, s: State, day: Day): boolean {
  if (s.level > 1) {
    s.level -= 1;
  } else if (s.stage > 1) {
    s.stage -= 1;
    s.level = topLevel(ctx, s.stage);
    s.stageEntry = day;
  } else {
    return false;
  }
  s.levelStart = day;
  s.greens = 0;
  s.ambers = 0;
  capRunning(ctx, s, day);
  return true;
}

function stepUp(s: State, day: Day): void {
  s.level += 1;
  s.levelStart = day;
  s.lastUp = day;
  s.greens = 0;
  s.ambers = 0;
}

/**
 * The day a judgement's evidence was complete, for the decision history: pht-v1 applies a judgement on
 * its evaluation day but may read the check 48 hours after, so the history dates it on that later day.
 */
const shownOn = (j: Judgement): Day => (j.second !== undefined ? j.day + 2 : j.evalDay);

const placeOf = (s: State): { stage: number; level: number } => ({ stage: s.stage, level: s.level });

function applyRed(ctx: Context, s: State, j: Judgement): void {
  const from = placeOf(s);
  const moved = stepDown(ctx, s, j.evalDay);
  const to = placeOf(s);
  s.greens = 0;
  s.ambers = 0;
  setOutcome(s, shownOn(j), moved ? 'regress' : 'hold', [
    lazyReason('response-red', () => {
      const evidence = capitalise(describeCauses(ctx, j));
      return moved
        ? `${evidence}: above your ceiling of ${j.ceiling}, so the exercises step back from ${where(from)} to ${where(to)}. Rest a day or two, then carry on at the lower level.`
        : `${evidence}: above your ceiling of ${j.ceiling}. You stay at ${where(to)}, the gentlest level: rest a day or two, then carry on.`;
    }),
  ]);
}

function applyAmber(ctx: Context, s: State, j: Judgement): void {
  s.greens = 0;
  s.ambers += 1;
  const from = placeOf(s);
  if (s.ambers < 2) {
    setOutcome(s, shownOn(j), 'hold', [
      lazyReason(
        'response-amber',
        () =>
          `${capitalise(describeCauses(ctx, j))}: acceptable but watched, so you stay at ${where(from)}. A second response like this in a row steps the exercises back a level.`,
      ),
    ]);
    return;
  }
  const moved = stepDown(ctx, s, j.evalDay);
  const to = placeOf(s);
  s.ambers = 0;
  setOutcome(s, shownOn(j), moved ? 'regress' : 'hold', [
    lazyReason('two-ambers', () =>
      moved
        ? `A second amber response in a row at ${where(from)} (${describeCauses(ctx, j)}), so the exercises step back to ${where(to)}.`
        : `A second amber response in a row (${describeCauses(ctx, j)}). You stay at ${where(to)}, the gentlest level.`,
    ),
  ]);
}

function applyGreen(ctx: Context, s: State, j: Judgement): void {
  s.ambers = 0;
  s.greens += 1;
  const at = placeOf(s);
  const trend = worseningAt(ctx, j.evalDay);
  if (trend) {
    setOutcome(s, shownOn(j), 'hold', [
      lazyReason(
        'progress-blocked-trend',
        () =>
          `${capitalise(describeCalm(ctx, j))} was comfortable, but your morning scores are rising (average ${trend.recent.toFixed(1)}/10 in the 7 days up to ${ctx.fmt(j.evalDay)} against ${trend.before.toFixed(1)}/10 the week before), so you stay at ${where(at)} until they settle.`,
      ),
    ]);
    return;
  }
  if (s.level < topLevel(ctx, s.stage)) {
    if (s.greens >= 2) {
      stepUp(s, j.evalDay);
      const to = placeOf(s);
      setOutcome(s, shownOn(j), 'progress', [
        lazyReason(
          'repeated-green',
          () =>
            `Two comfortable sessions in a row at ${where(at)} (latest ${describeCalm(ctx, j)}), so you move up to ${where(to)}.`,
        ),
      ]);
    } else {
      setOutcome(s, shownOn(j), 'hold', [
        lazyReason(
          'response-green',
          () =>
            `${capitalise(describeCalm(ctx, j))}: comfortable. One more comfortable session at ${where(at)} moves you up a level.`,
        ),
      ]);
    }
    return;
  }
  const gate = gateStatus(ctx, s, j.evalDay);
  if (!gate.met) {
    setOutcome(s, shownOn(j), 'hold', [
      lazyReason(
        'stage-gate-pending',
        () => `${capitalise(describeCalm(ctx, j))}: comfortable. ${gate.pendingText()}`,
      ),
    ]);
    return;
  }
  advance(ctx, s, j.evalDay, gate.metText());
}

function advance(ctx: Context, s: State, day: Day, metText: string): void {
  const stage = stageOf(ctx, s.stage);
  if (s.stage === ctx.p.stages.length) {
    s.status = 'completed';
    s.lastUp = day;
    setOutcome(s, day, 'advance', [
      {
        rule: 'program-completed',
        text: `${metText} Stage ${stage.stage} (${stage.name.toLowerCase()}) is complete, and with it the program. Keep the tendon strong with the maintenance exercises twice a week.`,
      },
    ]);
    return;
  }
  s.stage += 1;
  s.level = 1;
  s.stageEntry = day;
  s.levelStart = day;
  s.lastUp = day;
  s.greens = 0;
  s.ambers = 0;
  const next = stageOf(ctx, s.stage);
  setOutcome(s, day, 'advance', [
    {
      rule: 'stage-gate-met',
      text: `${metText} You move on to stage ${next.stage} (${next.name.toLowerCase()}), level 1: ${next.aim.charAt(0).toLowerCase()}${next.aim.slice(1)}`,
    },
  ]);
}

/** Applies one judged session to the ladder, PROTOCOL.md section 5. */
export function applySession(ctx: Context, s: State, j: Judgement): void {
  s.lastSessionBand = j.band;
  switch (j.band) {
    case 'red':
      s.redSessionDays.push(j.evalDay);
      applyRed(ctx, s, j);
      return;
    case 'amber':
      applyAmber(ctx, s, j);
      return;
    case 'green':
      applyGreen(ctx, s, j);
      return;
    case 'incomplete': {
      s.greens = 0;
      const at = placeOf(s);
      setOutcome(s, shownOn(j), 'none', [
        lazyReason(
          'response-incomplete',
          () =>
            `No morning check on ${ctx.fmt(j.day + 1)} after the session on ${ctx.fmt(j.day)}, so it can't be judged. You stay at ${where(at)}: a missing check-in never moves you up.`,
        ),
      ]);
      return;
    }
  }
}
