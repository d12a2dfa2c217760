import type { Change, Reason } from '../../schema/types.js';
import type { Day } from '../days.js';
import { capitalise, describeCalm, describeCauses } from '../evidence.js';
import type { Judgement } from '../judge.js';
import { lazyReason, stageOf, topLevel, where } from '../state.js';
import { blockAt, lastStage, type ContextV2 } from './context.js';
import { gateV2 } from './gate.js';
import { capRunningV2 } from './running.js';
import { setOutcomeV2, type StateV2 } from './state.js';

const placeOf = (s: StateV2): { stage: number; level: number } => ({ stage: s.stage, level: s.level });

function resetStreaks(s: StateV2): void {
  s.greens = 0;
  s.lastGreenDay = undefined;
  s.ambers = [];
}

/** Steps down `n` levels across stages, not below stage 1 level 1. Returns how many it moved. */
export function stepDownV2(ctx: ContextV2, s: StateV2, day: Day, n: number): number {
  let moved = 0;
  const stageBefore = s.stage;
  for (; moved < n; moved++) {
    if (s.level > 1) s.level -= 1;
    else if (s.stage > 1) {
      s.stage -= 1;
      s.level = topLevel(ctx, s.stage);
    } else break;
  }
  if (moved > 0) {
    if (s.stage !== stageBefore) s.stageEntry = day;
    s.levelStart = day;
    resetStreaks(s);
    if (s.persistent && (s.persistent.stage !== s.stage || s.persistent.level !== s.level))
      s.persistent = undefined;
    capRunningV2(ctx, s, day);
  }
  return moved;
}

function stepUp(s: StateV2, day: Day): void {
  s.level += 1;
  s.levelStart = day;
  s.lastUp = day;
  resetStreaks(s);
  s.persistent = undefined;
}

function applyRed(ctx: ContextV2, s: StateV2, j: Judgement): void {
  const from = placeOf(s);
  const moved = stepDownV2(ctx, s, j.evalDay, 1) > 0;
  const to = placeOf(s);
  resetStreaks(s);
  setOutcomeV2(s, j.evalDay, moved ? 'regress' : 'hold', [
    lazyReason('response-red', () => {
      const evidence = capitalise(describeCauses(ctx, j));
      const e = j.evalDay;
      const asOf = ctx.h.asOf;
      const rest =
        asOf === e
          ? `Today (${ctx.fmt(e)}) and tomorrow are pain-relief days: only the gentle holds`
          : asOf === e + 1
            ? `Yesterday and today (${ctx.fmt(e + 1)}) are pain-relief days: only the gentle holds`
            : `${ctx.fmt(e)} and ${ctx.fmt(e + 1)} were pain-relief days`;
      return moved
        ? `${evidence}: above your ceiling of ${j.ceiling}, so the exercises step back from ${where(from)} to ${where(to)}. ${rest}. Then carry on at the lower level.`
        : `${evidence}: above your ceiling of ${j.ceiling}. You stay at ${where(to)}, the gentlest level. ${rest}.`;
    }),
  ]);
}

function blockedHold(s: StateV2, day: Day, block: Reason, before: () => string): void {
  setOutcomeV2(s, day, 'hold', [lazyReason(block.rule, () => `${before()} ${block.text}`)]);
}

function applyAmber(ctx: ContextV2, s: StateV2, j: Judgement & { settled: boolean }): void {
  s.greens = 0;
  s.lastGreenDay = undefined;
  const last = s.ambers[s.ambers.length - 1];
  if (last && j.day - last.day > 7) s.ambers = [];
  s.ambers.push({ day: j.day, settled: j.settled, acked: false });
  const at = placeOf(s);
  const three = s.ambers.slice(-3);
  const evidence = (): string => capitalise(describeCauses(ctx, j));
  if (three.length === 3) {
    if (!three.every((a) => a.settled)) {
      if (three.every((a) => !a.acked)) s.persistent = { ...at, day: j.evalDay };
      setOutcomeV2(s, j.evalDay, 'hold', [
        lazyReason(
          'persistent-amber',
          () =>
            `${evidence()}: the third response in a row of 4/10 or more at ${where(at)}, and pain has not always settled by the next mornings. You stay at ${where(at)}; your clinician will review the plan.`,
        ),
      ]);
      return;
    }
    if (s.level < topLevel(ctx, s.stage)) {
      const block = blockAt(ctx, s, j.evalDay);
      if (block) {
        blockedHold(
          s,
          j.evalDay,
          block,
          () =>
            `Three acceptable responses in a row at ${where(at)}, each settled by the next morning, but you stay there.`,
        );
        return;
      }
      stepUp(s, j.evalDay);
      const to = placeOf(s);
      setOutcomeV2(s, j.evalDay, 'progress', [
        lazyReason(
          'settled-ambers',
          () =>
            `Three responses in a row at ${where(at)} of 4 or 5/10, each settled to 3/10 or less by the next mornings (latest: ${describeCauses(ctx, j)}), so you move up to ${where(to)}.`,
        ),
      ]);
      return;
    }
  }
  setOutcomeV2(s, j.evalDay, 'hold', [
    lazyReason(
      'response-amber',
      () =>
        `${evidence()}: acceptable but watched (4 or 5/10), so you stay at ${where(at)}. Pain that settles to 3/10 or less by the next morning is fine; three such responses in a row move you up.`,
    ),
  ]);
}

function applyGreen(ctx: ContextV2, s: StateV2, j: Judgement): void {
  s.ambers = [];
  if (s.lastGreenDay !== undefined && j.day - s.lastGreenDay > 7) s.greens = 0;
  s.greens += 1;
  s.lastGreenDay = j.day;
  const at = placeOf(s);
  const calm = (): string => capitalise(describeCalm(ctx, j));
  const block = blockAt(ctx, s, j.evalDay);
  if (s.level < topLevel(ctx, s.stage)) {
    if (s.greens >= 2 && !block) {
      stepUp(s, j.evalDay);
      const to = placeOf(s);
      setOutcomeV2(s, j.evalDay, 'progress', [
        lazyReason(
          'repeated-green',
          () =>
            `Two comfortable sessions in a row at ${where(at)} (latest ${describeCalm(ctx, j)}), so you move up to ${where(to)}.`,
        ),
      ]);
    } else if (block)
      blockedHold(s, j.evalDay, block, () => `${calm()}: comfortable, but you stay at ${where(at)}.`);
    else
      setOutcomeV2(s, j.evalDay, 'hold', [
        lazyReason(
          'response-green',
          () => `${calm()}: comfortable. One more comfortable session at ${where(at)} moves you up a level.`,
        ),
      ]);
    return;
  }
  const gate = gateV2(ctx, s, j.evalDay, s.greens);
  if (block) {
    blockedHold(s, j.evalDay, block, () => `${calm()}: comfortable, but you stay at ${where(at)}.`);
    return;
  }
  if (!gate.met) {
    // counted at asOf when shown: the decision re-reads the gate (see decide-v2)
    setOutcomeV2(s, j.evalDay, 'hold', [
      gatePendingReason(ctx, s, () => `${calm()}: comfortable.`, s.greens),
    ]);
    return;
  }
  advanceV2(ctx, s, j.evalDay, gate.metText());
}

/** A reason whose words re-read the gate at asOf; a checkpoint keeps its `gate` data to make it again. */
export type GatePendingReason = Reason & { gate: { greens: number; prefix: () => string } };

export function gatePendingReason(
  ctx: ContextV2,
  s: StateV2,
  prefix: () => string,
  greens: number,
): GatePendingReason {
  const r = lazyReason(
    'stage-gate-pending',
    () => `${prefix()} ${gateV2(ctx, s, ctx.h.asOf, greens).pendingText()}`,
  ) as GatePendingReason;
  r.gate = { greens, prefix };
  return r;
}

function advanceV2(ctx: ContextV2, s: StateV2, day: Day, metText: string): void {
  const stage = stageOf(ctx, s.stage);
  if (s.stage >= lastStage(ctx, s)) {
    s.status = 'completed';
    s.lastUp = day;
    setOutcomeV2(s, day, 'advance', [
      {
        rule: 'program-completed',
        text: `${metText} Stage ${stage.stage} (${stage.name.toLowerCase()}) is complete, and with it the program. Keep the tendon strong with the maintenance exercises twice a week.`,
      },
    ]);
    return;
  }
  s.stage += 1;
  s.highestStage = Math.max(s.highestStage, s.stage);
  s.level = 1;
  s.stageEntry = day;
  s.levelStart = day;
  s.lastUp = day;
  resetStreaks(s);
  s.persistent = undefined;
  const next = stageOf(ctx, s.stage);
  setOutcomeV2(s, day, 'advance', [
    {
      rule: 'stage-gate-met',
      text: `${metText} You move on to stage ${next.stage} (${next.name.toLowerCase()}), level 1: ${next.aim.charAt(0).toLowerCase()}${next.aim.slice(1)}`,
    },
  ]);
}

/** Applies one judged session to the ladder (section 5). `counted` is section 3's counted-session rule. */
export function applySessionV2(
  ctx: ContextV2,
  s: StateV2,
  j: Judgement & { settled: boolean },
  counted: boolean,
): void {
  switch (j.band) {
    case 'red':
      applyRed(ctx, s, j);
      return;
    case 'amber':
      applyAmber(ctx, s, j);
      return;
    case 'green':
      if (counted) applyGreen(ctx, s, j);
      else {
        const at = placeOf(s);
        setOutcomeV2(s, j.evalDay, 'hold', [
          lazyReason(
            'session-on-rest-day',
            () =>
              `${capitalise(describeCalm(ctx, j))}: comfortable, but it was ${restWhy(ctx, s, j.day)}, so it does not count towards moving up. You stay at ${where(at)}.`,
          ),
        ]);
      }
      return;
    case 'incomplete': {
      s.greens = 0;
      s.lastGreenDay = undefined;
      const at = placeOf(s);
      setOutcomeV2(s, j.evalDay, 'none', [
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

const restWhy = (ctx: ContextV2, s: StateV2, day: Day): string =>
  s.countedDays.has(day - 1)
    ? `the day after the session of ${ctx.fmt(day - 1)} (the plan asks for every other day)`
    : 'a rest or pain-relief day, or light work only';

/** Return after a break (section 5): one level down per full 14 days, on the session's day. */
export function applyBreak(ctx: ContextV2, s: StateV2, day: Day, ref: Day): void {
  const steps = Math.floor((day - ref) / 14);
  const from = placeOf(s);
  const moved = stepDownV2(ctx, s, day, steps);
  resetStreaks(s);
  const to = placeOf(s);
  const change: Change = moved > 0 ? 'regress' : 'hold';
  setOutcomeV2(s, day, change, [
    {
      rule: 'return-after-break',
      text:
        moved > 0
          ? `Welcome back: ${day - ref} days passed between ${ctx.fmt(ref)} and the session on ${ctx.fmt(day)}, so the exercises step back from ${where(from)} to ${where(to)} (one level for every full 14 days away).`
          : `Welcome back after ${day - ref} days away (since ${ctx.fmt(ref)}): you restart gently at ${where(to)}, the first level.`,
    },
  ]);
}
