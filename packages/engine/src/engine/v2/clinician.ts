import type { EventOf } from '../../schema/types.js';
import type { Day } from '../days.js';
import { startText } from '../replay.js';
import { moreSerious, screenSymptoms } from '../screen.js';
import { lazyReason, topLevel, where } from '../state.js';
import type { ContextV2 } from './context.js';
import { stepDownV2 } from './ladder.js';
import { capRunningV2, clinicianRunningV2, setRunLevel, stopRunning } from './running.js';
import { setOutcomeV2, type StateV2 } from './state.js';

/** pht-v2 symptom reports and clinician actions (PROTOCOL.md sections 2 and 5). */

export const active = (s: StateV2): boolean => s.status === 'active';
export const inProgram = (s: StateV2): boolean => s.status === 'active' || s.status === 'completed';

export function startProgram(s: StateV2, day: Day): void {
  s.status = 'active';
  s.fromRedFlag = false;
  s.statusMid = false;
  s.started = true;
  s.stage = 1;
  s.level = 1;
  s.highestStage = 1;
  s.stageEntry = day;
  s.levelStart = day;
  s.lastUp = day;
  s.startDay = day;
  s.greens = 0;
  s.lastGreenDay = undefined;
  s.ambers = [];
}

/** A clinician event acknowledges what came before it (section 5). */
export function acknowledge(s: StateV2, e: EventOf<'clinician'>, pos: number): void {
  s.clinicianPos.push(pos);
  for (const r of s.reds) r.ackPos ??= pos;
  for (const m of s.severe) m.ackPos ??= pos;
  for (const a of s.ambers) a.acked = true;
  s.persistent = undefined;
  if (e.action === 'clear-screening' || e.action === 'review') {
    if (s.tingling) s.tingling.ackPos ??= pos;
    if (s.backPain) s.backPain.ackPos ??= pos;
  }
}

export function applySymptoms(
  ctx: ContextV2,
  s: StateV2,
  e: EventOf<'symptoms'>,
  day: Day,
  pos: number,
): void {
  if (e.answers['tingling-below-knee'] === true) s.tingling = { day, pos };
  if (e.answers['low-back-pain'] === true) s.backPain = { day, pos };
  const result = screenSymptoms(ctx, e.answers, day);
  if (!result) return;
  if (!inProgram(s) && !moreSerious(result.status, s.status)) return;
  s.statusMid = s.started;
  s.status = result.status;
  s.statusSince = day;
  s.fromRedFlag = true;
  if (result.status === 'emergency' || result.status === 'urgent-referral')
    stopRunning(ctx, s, day, 'a red flag stopped the program');
  setOutcomeV2(s, day, 'none', result.reasons);
}

export function applyClinician(ctx: ContextV2, s: StateV2, e: EventOf<'clinician'>, day: Day): void {
  const note = e.note ? ` Note: “${e.note}”` : '';
  switch (e.action) {
    case 'clear-screening':
      clearScreening(ctx, s, day, note);
      return;
    case 'set-stage': {
      const before = { stage: s.stage, level: s.level };
      const stage = e.stage ?? s.stage;
      const level = Math.min(e.level ?? 1, topLevel(ctx, stage));
      s.stage = stage;
      s.level = level;
      s.highestStage = s.started || s.presetStage ? Math.max(s.highestStage, stage) : stage;
      s.stageEntry = day;
      s.levelStart = day;
      s.greens = 0;
      s.lastGreenDay = undefined;
      s.ambers = [];
      s.resetDay = day;
      if (!s.started) s.presetStage = true;
      if (s.status === 'completed') s.status = 'active';
      const change =
        stage > before.stage
          ? 'advance'
          : stage < before.stage
            ? 'regress'
            : level > before.level
              ? 'progress'
              : level < before.level
                ? 'regress'
                : 'hold';
      if (change === 'advance' || change === 'progress') s.lastUp = day;
      const clamp = e.level !== undefined && level < e.level ? ` (stage ${stage} has ${level} levels)` : '';
      const paused = inProgram(s) ? '' : ' It applies once the screening is cleared.';
      capRunningV2(ctx, s, day);
      setOutcomeV2(s, day, change, [
        {
          rule: 'clinician-set-stage',
          text: `A clinician set ${where(s)} on ${ctx.fmt(day)}${clamp}.${paused}${note}`,
        },
      ]);
      return;
    }
    case 'set-ceiling': {
      const from = s.ceiling;
      s.ceiling = e.painCeiling ?? s.ceiling;
      setOutcomeV2(s, day, 'none', [
        {
          rule: 'clinician-set-ceiling',
          text: `A clinician set your pain ceiling to ${s.ceiling}/10 on ${ctx.fmt(day)} (it was ${from}).${note}`,
        },
      ]);
      return;
    }
    case 'set-running-level': {
      const text = clinicianRunningV2(ctx, s, day, e.runningLevel ?? 0);
      s.runReason = { rule: 'clinician-set-running-level', text: `${text}${note}` };
      return;
    }
    case 'review':
      setOutcomeV2(s, day, 'none', [
        {
          rule: 'clinician-review',
          text: `A clinician reviewed your progress on ${ctx.fmt(day)}; earlier flare, amber and pain warnings are acknowledged.${note}`,
        },
      ]);
      return;
  }
}

function clearScreening(ctx: ContextV2, s: StateV2, day: Day, note: string): void {
  if (day < s.statusSince) {
    setOutcomeV2(s, day, s.change, [
      ...s.reasons,
      {
        rule: 'clinician-cleared',
        text: `A clearance dated ${ctx.fmt(day)} comes before the screening or symptom check of ${ctx.fmt(s.statusSince)} it would clear, so it changes nothing.${note}`,
      },
    ]);
    return;
  }
  s.lastUp = day;
  const prevReset = s.resetDay;
  s.resetDay = day;
  if (inProgram(s)) {
    setOutcomeV2(s, day, 'none', [
      {
        rule: 'clinician-cleared',
        text: `A clinician cleared the screening on ${ctx.fmt(day)}; the program was already running.${note}`,
      },
    ]);
    return;
  }
  const cleared = `A clinician assessed you and cleared the screening on ${ctx.fmt(day)}`;
  if (!s.started) {
    const preset = s.presetStage;
    const keep = { stage: s.stage, level: s.level };
    startProgram(s, day);
    if (preset) {
      s.stage = keep.stage;
      s.level = keep.level;
      s.highestStage = keep.stage;
    }
    setOutcomeV2(s, day, 'start', [
      {
        rule: 'clinician-cleared',
        text: preset
          ? `${cleared}, so the program starts at ${where(s)}, as the clinician set.${note}`
          : `${cleared}, so the program starts.${note}`,
      },
      { rule: 'start-stage-1', text: startText(ctx, day) },
    ]);
    return;
  }
  const from = s.status;
  const was = { stage: s.stage, level: s.level };
  s.status = 'active';
  s.fromRedFlag = false;
  s.statusMid = false;
  if (from === 'emergency' || from === 'urgent-referral') {
    stopRunning(ctx, s, s.statusSince, 'a red flag stopped the program');
    s.stage = 1;
    s.level = 1;
    s.highestStage = 1;
    s.stageEntry = day;
    s.levelStart = day;
    s.greens = 0;
    s.lastGreenDay = undefined;
    s.ambers = [];
    s.persistent = undefined;
    setOutcomeV2(s, day, was.stage === 1 && was.level === 1 ? 'hold' : 'regress', [
      { rule: 'clinician-cleared', text: `${cleared}.${note}` },
      {
        rule: 'restart-after-red-flag',
        text: `After the ${from === 'emergency' ? 'emergency' : 'possible tendon tear'} reported on ${ctx.fmt(s.statusSince)}, the program restarts at stage 1 level 1 (you were at ${where(was)}): weeks without loading need a fresh start. Your clinician can set another stage.`,
      },
    ]);
    return;
  }
  // medical review (or an assessment reached mid-programme): one level down, plus one per full 14 days away
  const ref0 = s.lastSessionDay ?? Math.max(s.startDay, prevReset ?? s.startDay);
  const steps = 1 + Math.floor((day - ref0) / 14);
  const moved = stepDownV2(ctx, s, day, steps);
  s.greens = 0;
  s.lastGreenDay = undefined;
  s.ambers = [];
  if (ctx.runner && s.running.level > 0) {
    const lastRun = s.running.lastRunDay ?? s.running.firstStarted ?? day;
    const runSteps = 1 + Math.floor((day - lastRun) / 14);
    setRunLevel(s, Math.max(1, s.running.level - runSteps), day);
    s.runChange = 'regress';
    const level = s.running.level;
    s.runReason = lazyReason(
      'resume-after-clearance',
      () => `Running resumes at R${level}, one level below plus one per full 14 days since the last run.`,
    );
    capRunningV2(ctx, s, day);
  }
  setOutcomeV2(s, day, moved > 0 ? 'regress' : 'hold', [
    { rule: 'clinician-cleared', text: `${cleared}.${note}` },
    {
      rule: 'resume-after-clearance',
      text:
        moved > 0
          ? `You resume at ${where(s)}, ${moved} level${moved === 1 ? '' : 's'} below ${where(was)}: one level for the pause, and one more for every full 14 days since ${ctx.fmt(ref0)}.`
          : `You resume at ${where(s)}, the first level.`,
    },
  ]);
}
