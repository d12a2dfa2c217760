import type { Case, CaseEvent } from '../../schema/types.js';
import { runningMinutes } from '../../protocol/types.js';
import { toDay, type Day } from '../days.js';
import type { Judgement } from '../judge.js';
import { startText } from '../replay.js';
import { screenIntake } from '../screen.js';
import { acknowledge, active, applyClinician, applySymptoms, inProgram, startProgram } from './clinician.js';
import type { ContextV2 } from './context.js';
import { evalDayOf, judgeV2, type LoadV2 } from './judge.js';
import { applyBreak, applySessionV2 } from './ladder.js';
import { applyRunV2, offPlanWhy, runBreak, tryStartRunningV2, type RunMeta } from './running.js';
import { initialStateV2, setOutcomeV2, type StateV2 } from './state.js';

export interface SessionMeta {
  eligible: boolean;
  counted: boolean;
}

const LIGHT = (ctx: ContextV2, id: string): boolean =>
  id === 'treadmill-eccentric' || ctx.p.exercises.find((e) => e.id === id)?.type === 'isometric';

/** The ceiling in force at the end of each day, from `set-ceiling` events (for day E of red-at-once). */
export function ceilingOn(ctx: ContextV2, first: number): (day: Day) => number {
  const changes: [Day, number][] = [];
  const { orderedEvents: events, orderedDays: days } = ctx.h;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as CaseEvent;
    if (event.type === 'clinician' && event.action === 'set-ceiling' && event.painCeiling !== undefined)
      changes.push([days[i] as Day, event.painCeiling]);
  }
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
  /** The position the next event would take (checkpoints continue the count). */
  nextPos: number;
  sessionMeta: Map<Day, SessionMeta>;
  runMeta: Map<Day, RunMeta>;
}

/** Where a pht-v2 replay resumes (a checkpoint): the state at the end of `after`, and what the replay kept. */
export interface ResumeV2 {
  state: StateV2;
  after: Day;
  /** The position of the first event after `after` in the full history. */
  nextPos: number;
  /** The ceiling in force before the case's first event (the checkpoint keeps only recent events). */
  ceiling: number;
  /** The loads of the last days whose judgment may come after `after`. */
  sessionMeta: Map<Day, SessionMeta>;
  runMeta: Map<Day, RunMeta>;
}

function startState(ctx: ContextV2, c: Case, log: boolean): StateV2 {
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
  return s;
}

/** Replays a case under pht-v2 (PROTOCOL.md sections 2-7): events and judgments in replay order. */
export function replayV2(ctx: ContextV2, c: Case, log: boolean, resume?: ResumeV2): ReplayV2 {
  const h = ctx.h;
  const s = resume ? resume.state : startState(ctx, c, log);
  const after = resume ? resume.after : -Infinity;

  // the timeline: every event at its position; every load's judgment on its day E
  const ceil = ceilingOn(ctx, resume ? resume.ceiling : (c.patient.painCeiling ?? ctx.p.pain.defaultCeiling));
  const { orderedEvents: events, orderedDays: dayOf } = h;
  // a resumed replay starts at the first event after `after`, whose position the checkpoint gives
  let first = 0;
  while (first < events.length && (dayOf[first] as Day) <= after) first++;
  const offset = resume ? resume.nextPos - first : 0;
  ctx.posOffset = offset;
  const lastMorning = new Map<Day, number>();
  const lastLoad = { session: new Map<Day, number>(), run: new Map<Day, number>() };
  for (let pos = 0; pos < events.length; pos++) {
    const event = events[pos] as CaseEvent;
    const day = dayOf[pos] as Day;
    if (event.type === 'morning-check') lastMorning.set(day, pos + offset);
    else if (event.type === 'session' || event.type === 'run') lastLoad[event.type].set(day, pos + offset);
  }
  const judgments: LoadV2[] = [];
  const pendingAll: PendingV2[] = [];
  const loads: ['session' | 'run', typeof h.sessions][] = [
    ['session', h.sessions],
    ['run', ctx.runner ? h.runs : []],
  ];
  for (const [kind, list] of loads) {
    for (const l of list) {
      const load = evalDayOf(h, kind, l.day, l.painDuring, l.painAfter, ceil(l.day));
      const E = load.evalDay;
      if (E <= after) continue;
      if (E > h.asOf) {
        pendingAll.push({ kind, day: l.day, evalDay: E });
        continue;
      }
      let sub: number;
      if (E === l.day) sub = (lastLoad[kind].get(l.day) ?? 0) + 0.5;
      else if (load.readsMorningOfE) sub = (lastMorning.get(E) ?? -1) + 0.5;
      else sub = -0.5;
      if (kind === 'run') sub += 0.25;
      load.sub = sub;
      judgments.push(load);
    }
  }
  judgments.sort((x, y) => x.evalDay - y.evalDay || x.sub - y.sub);

  // events (already in replay order) and judgments merged by (day, position); running may start after each day
  const sessionMeta = resume ? resume.sessionMeta : new Map<Day, SessionMeta>();
  const runMeta = resume ? resume.runMeta : new Map<Day, RunMeta>();
  let i = first;
  let j = 0;
  while (i < events.length || j < judgments.length) {
    const ju = judgments[j];
    const day = Math.min(dayOf[i] ?? Infinity, ju?.evalDay ?? Infinity);
    for (;;) {
      const e = events[i];
      const g = judgments[j];
      const eOk = e !== undefined && dayOf[i] === day;
      const gOk = g !== undefined && g.evalDay === day;
      if (gOk && (!eOk || g.sub < i + offset)) {
        applyJudgment(ctx, s, g, g.sub, sessionMeta, runMeta);
        j++;
      } else if (eOk) {
        applyEvent(ctx, s, e, day, { pos: i + offset, index: i }, sessionMeta, runMeta);
        i++;
      } else break;
    }
    if (ctx.runner) tryStartRunningV2(ctx, s, day);
  }
  const pending = pendingAll.filter((p) =>
    p.kind === 'session' ? sessionMeta.get(p.day)?.eligible === true : runMeta.get(p.day) !== undefined,
  );
  return { state: s, pending, nextPos: events.length + offset, sessionMeta, runMeta };
}

function applyEvent(
  ctx: ContextV2,
  s: StateV2,
  e: CaseEvent,
  day: Day,
  at: { pos: number; index: number },
  sessionMeta: Map<Day, SessionMeta>,
  runMeta: Map<Day, RunMeta>,
): void {
  const { pos, index } = at;
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
      const counted = s.stage === 1 || isCounted(ctx, s, day, pos, index);
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
function isCounted(ctx: ContextV2, s: StateV2, day: Day, pos: number, index: number): boolean {
  if (s.countedDays.has(day - 1)) return false;
  if (s.reds.some((r) => r.pos < pos && (r.day === day || r.day === day - 1) && r.ackPos === undefined))
    return false;
  // the day's sessions follow this first one in replay order
  const { orderedEvents: events, orderedDays: dayOf } = ctx.h;
  for (let k = index; k < events.length && dayOf[k] === day; k++) {
    const e = events[k] as CaseEvent;
    if (e.type !== 'session') continue;
    const light =
      e.exercises !== undefined && e.exercises.length > 0 && e.exercises.every((x) => LIGHT(ctx, x.id));
    if (!light) return true;
  }
  return false;
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
