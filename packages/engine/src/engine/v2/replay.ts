import type { Case, CaseEvent, EventOf } from '../../schema/types.js';
import { toDay, type Day } from '../days.js';
import { lazyReason, topLevel, where } from '../state.js';
import { moreSerious, screenIntake, screenSymptoms } from '../screen.js';
import { startText } from '../replay.js';
import type { Judgement } from '../judge.js';
import { type ContextV2 } from './context.js';
import { evalDayOf, judgeV2, type LoadV2 } from './judge.js';
import { applyBreak, applySessionV2, stepDownV2 } from './ladder.js';
import {
  applyRunV2,
  capRunningV2,
  clinicianRunningV2,
  offPlanWhy,
  runBreak,
  setRunLevel,
  stopRunning,
  tryStartRunningV2,
  type RunMeta,
} from './running.js';
import { initialStateV2, setOutcomeV2, type StateV2 } from './state.js';
import { runningMinutes } from '../../protocol/types.js';

interface SessionMeta {
  eligible: boolean;
  counted: boolean;
}

/** A load's judgment on its day E, at position `sub` in replay order (between events). */
interface Judgment {
  day: Day;
  sub: number;
  load: LoadV2;
}

const LIGHT = (ctx: ContextV2, id: string): boolean =>
  id === 'treadmill-eccentric' || ctx.p.exercises.find((e) => e.id === id)?.type === 'isometric';

/** The ceiling in force at the end of each day, from `set-ceiling` events (for day E of red-at-once). */
function ceilingOn(c: Case, ctx: ContextV2): (day: Day) => number {
  const changes: [Day, number][] = [];
  for (const { day, event } of ctx.h.ordered)
    if (event.type === 'clinician' && event.action === 'set-ceiling' && event.painCeiling !== undefined)
      changes.push([day, event.painCeiling]);
  const first = c.patient.painCeiling ?? ctx.p.pain.defaultCeiling;
  return (day) => {
    let v = first;
    for (const [d, x] of changes) if (d <= day) v = x;
    return v;
  };
}

export interface PendingV2 {
  kind: 'session' | 'run';
  day: Day;
  evalDay: Day;
}

export interface ReplayV2 {
  state: StateV2;
  pending: PendingV2[];
}

/** Replays a case under pht-v2 (PROTOCOL.md sections 2-7): events and judgments in replay order. */
export function replayV2(ctx: ContextV2, c: Case, log: boolean): ReplayV2 {
  const h = ctx.h;
  const screeningDay = toDay(c.screening.date);
  const s = initialStateV2(c.patient.painCeiling ?? ctx.p.pain.defaultCeiling, screeningDay, log);
  const intake = screenIntake(ctx, c.screening.answers, screeningDay, c.patient.birthYear);
  if (intake.status === 'active') {
    startProgram(s, screeningDay);
    setOutcomeV2(s, screeningDay, 'start', [
      ...intake.reasons,
      { rule: 'start-stage-1', text: startText(ctx, screeningDay) },
    ]);
  } else {
    s.status = intake.status;
    s.fromRedFlag = intake.fromRedFlag;
    setOutcomeV2(s, screeningDay, 'none', intake.reasons);
  }

  // the timeline: every event at its position; every load's judgment on its day E
  const ceil = ceilingOn(c, ctx);
  const events = h.ordered;
  const lastMorning = new Map<Day, number>();
  const lastLoad = { session: new Map<Day, number>(), run: new Map<Day, number>() };
  for (let pos = 0; pos < events.length; pos++) {
    const { day, event } = events[pos] as (typeof events)[number];
    if (event.type === 'morning-check') lastMorning.set(day, pos);
    else if (event.type === 'session' || event.type === 'run') lastLoad[event.type].set(day, pos);
  }
  const judgments: Judgment[] = [];
  const pendingAll: PendingV2[] = [];
  const loads: ['session' | 'run', typeof h.sessions][] = [
    ['session', h.sessions],
    ['run', ctx.runner ? h.runs : []],
  ];
  for (const [kind, list] of loads) {
    for (const l of list) {
      const load = evalDayOf(h, kind, l.day, l.painDuring, l.painAfter, ceil(l.day));
      const E = load.evalDay;
      if (E > h.asOf) {
        pendingAll.push({ kind, day: l.day, evalDay: E });
        continue;
      }
      let sub: number;
      if (E === l.day) sub = (lastLoad[kind].get(l.day) ?? 0) + 0.5;
      else if (load.readsMorningOfE) sub = (lastMorning.get(E) ?? -1) + 0.5;
      else sub = -0.5;
      if (kind === 'run') sub += 0.25;
      judgments.push({ day: E, sub, load });
    }
  }
  judgments.sort((x, y) => x.day - y.day || x.sub - y.sub);

  // events (already in replay order) and judgments merged by (day, position); running may start after each day
  const sessionMeta = new Map<Day, SessionMeta>();
  const runMeta = new Map<Day, RunMeta>();
  let i = 0;
  let j = 0;
  while (i < events.length || j < judgments.length) {
    const ev = events[i];
    const ju = judgments[j];
    const day = Math.min(ev?.day ?? Infinity, ju?.day ?? Infinity);
    for (;;) {
      const e = events[i];
      const g = judgments[j];
      const eOk = e !== undefined && e.day === day;
      const gOk = g !== undefined && g.day === day;
      if (gOk && (!eOk || g.sub < i)) {
        applyJudgment(ctx, s, g.load, g.sub, sessionMeta, runMeta);
        j++;
      } else if (eOk) {
        applyEvent(ctx, s, e.event, day, i, sessionMeta, runMeta);
        i++;
      } else break;
    }
    if (ctx.runner) tryStartRunningV2(ctx, s, day);
  }
  const pending = pendingAll.filter((p) =>
    p.kind === 'session' ? sessionMeta.get(p.day)?.eligible === true : runMeta.get(p.day) !== undefined,
  );
  return { state: s, pending };
}

function startProgram(s: StateV2, day: Day): void {
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

const active = (s: StateV2): boolean => s.status === 'active';
const inProgram = (s: StateV2): boolean => s.status === 'active' || s.status === 'completed';

function applyEvent(
  ctx: ContextV2,
  s: StateV2,
  e: CaseEvent,
  day: Day,
  pos: number,
  sessionMeta: Map<Day, SessionMeta>,
  runMeta: Map<Day, RunMeta>,
): void {
  const severeFrom = ctx.p.pain.severeFrom ?? 8;
  switch (e.type) {
    case 'morning-check':
      if (e.score >= severeFrom)
        s.severe.push({ day, pos, hard: false, score: e.score, source: 'at the morning check' });
      return;
    case 'session': {
      if (e.painDuring >= severeFrom)
        s.severe.push({ day, pos, hard: true, score: e.painDuring, source: 'during the session' });
      if ((e.painAfter ?? 0) >= severeFrom)
        s.severe.push({ day, pos, hard: false, score: e.painAfter ?? 0, source: 'after the session' });
      if (sessionMeta.has(day)) return;
      if (!active(s)) {
        sessionMeta.set(day, { eligible: s.status === 'completed', counted: false });
        return;
      }
      const refs = [s.lastSessionDay, s.resetDay].filter((d): d is Day => d !== undefined);
      const ref = refs.length > 0 ? Math.max(...refs) : undefined;
      if (ref !== undefined && day - ref >= 14) applyBreak(ctx, s, day, ref);
      s.lastSessionDay = day;
      const counted = s.stage === 1 || isCounted(ctx, s, day, pos);
      if (counted) s.countedDays.add(day);
      sessionMeta.set(day, { eligible: true, counted });
      return;
    }
    case 'run': {
      if (e.painDuring >= severeFrom)
        s.severe.push({ day, pos, hard: true, score: e.painDuring, source: 'during the run' });
      if (!ctx.runner || runMeta.has(day)) return;
      const previous = s.running.lastRunDay;
      const started = active(s) && s.running.level > 0 && s.stage >= ctx.p.running.startStage;
      if (started && previous !== undefined && day - previous >= 14) runBreak(ctx, s, day, previous);
      const kinds: string[] = [];
      let minutes = 0;
      for (const r of ctx.runsOn.get(day) ?? []) {
        if (!kinds.includes(r.kind)) kinds.push(r.kind);
        minutes += r.minutes;
      }
      const offPlan = started ? offPlanWhy(ctx, s, day, kinds, minutes) : undefined;
      if (offPlan !== undefined) s.offPlanDays.push(day);
      const l = ctx.p.running.levels.find((x) => x.level === s.running.level);
      const short =
        started && l !== undefined && minutes < runningMinutes(l) * (ctx.p.running.shortRunFactor ?? 0.75);
      runMeta.set(day, {
        ladder: started,
        offPlan,
        short,
        kinds,
        minutes,
        previousRun: started ? previous : undefined,
      });
      if (inProgram(s)) s.running.lastRunDay = day;
      return;
    }
    case 'symptoms':
      applySymptoms(ctx, s, e, day, pos);
      return;
    case 'clinician':
      acknowledge(s, e, pos);
      applyClinician(ctx, s, e, day);
      return;
    default:
      return;
  }
}

/** Section 3's counted sessions at stage 2+: not the day after a counted one, not a pain-relief day, not light work only. */
function isCounted(ctx: ContextV2, s: StateV2, day: Day, pos: number): boolean {
  if (s.countedDays.has(day - 1)) return false;
  if (s.reds.some((r) => r.pos < pos && (r.day === day || r.day === day - 1) && r.ackPos === undefined))
    return false;
  const sessions = ctx.sessionsOn.get(day) ?? [];
  const light = sessions.every(
    (e) => e.exercises !== undefined && e.exercises.length > 0 && e.exercises.every((x) => LIGHT(ctx, x.id)),
  );
  return !light;
}

/** A clinician event acknowledges what came before it (section 5). */
function acknowledge(s: StateV2, e: EventOf<'clinician'>, pos: number): void {
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

function applyJudgment(
  ctx: ContextV2,
  s: StateV2,
  load: LoadV2,
  pos: number,
  sessionMeta: Map<Day, SessionMeta>,
  runMeta: Map<Day, RunMeta>,
): void {
  const j = judgeV2(
    ctx.h,
    load,
    s.ceiling,
    ctx.p.pain.amberFrom,
    ctx.p.pain.settleMargin,
    ctx.p.pain.gatePassMax,
  );
  if (load.kind === 'session') {
    const meta = sessionMeta.get(load.day);
    if (!meta?.eligible || !inProgram(s)) return;
    noteJudged(s, j, pos);
    if (s.status === 'active') applySessionV2(ctx, s, j, meta.counted);
    return;
  }
  const meta = runMeta.get(load.day);
  if (!meta || !inProgram(s)) return;
  noteJudged(s, j, pos);
  if (s.status === 'active' && meta.ladder && s.running.level > 0) applyRunV2(ctx, s, j, meta);
}

function noteJudged(s: StateV2, j: Judgement, pos: number): void {
  s.lastJudged = { band: j.band, day: j.evalDay, kind: j.kind };
  if (j.band === 'red') s.reds.push({ day: j.evalDay, pos, kind: j.kind });
}

function applySymptoms(ctx: ContextV2, s: StateV2, e: EventOf<'symptoms'>, day: Day, pos: number): void {
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

function applyClinician(ctx: ContextV2, s: StateV2, e: EventOf<'clinician'>, day: Day): void {
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
