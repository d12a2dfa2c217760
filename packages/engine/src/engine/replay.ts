import type { Case, EventOf } from '../schema/types.js';
import type { Day } from './days.js';
import { toDay } from './days.js';
import type { LoadDay } from './history.js';
import { judge } from './judge.js';
import { applySession } from './ladder.js';
import { applyRun, capRunning, clinicianSetsRunningLevel, tryStartRunning } from './running.js';
import { moreSerious, screenIntake, screenSymptoms } from './screen.js';
import { initialState, isActiveOn, setOutcome, topLevel, where, type Context, type State } from './state.js';

type Item =
  | { at: Day; order: 0 | 1; seq: number; kind: 'session' | 'run'; load: LoadDay }
  | { at: Day; order: 2; seq: number; kind: 'event'; event: EventOf<'symptoms'> | EventOf<'clinician'> };

/** The day a load's response becomes known (next morning's check, else two days later), or undefined while pending. */
function evalDayOf(ctx: Context, load: LoadDay): Day | undefined {
  if (ctx.h.morning.has(load.day + 1)) return load.day + 1;
  return ctx.h.asOf >= load.day + 2 ? load.day + 2 : undefined;
}

/** Everything that can change the state, in the order it applies: by day, judgements before actions. */
function schedule(ctx: Context): { items: Item[]; pending: { kind: 'session' | 'run'; day: Day }[] } {
  const items: Item[] = [];
  const pending: { kind: 'session' | 'run'; day: Day }[] = [];
  const loads: ['session' | 'run', LoadDay[]][] = [
    ['session', ctx.h.sessions],
    ['run', ctx.runner ? ctx.h.runs : []],
  ];
  for (const [kind, list] of loads) {
    for (const load of list) {
      const at = evalDayOf(ctx, load);
      if (at === undefined) pending.push({ kind, day: load.day });
      else items.push({ at, order: kind === 'session' ? 0 : 1, seq: load.day, kind, load });
    }
  }
  for (const { day, event, seq } of ctx.h.actions)
    items.push({ at: day, order: 2, seq, kind: 'event', event });
  items.sort((a, b) => a.at - b.at || a.order - b.order || a.seq - b.seq);
  return { items, pending };
}

function startProgram(s: State, day: Day): void {
  s.status = 'active';
  s.fromRedFlag = false;
  s.activeSince = day;
  s.started = true;
  s.stage = 1;
  s.level = 1;
  s.stageEntry = day;
  s.levelStart = day;
  s.lastUp = day;
  s.greens = 0;
  s.ambers = 0;
}

function applyClinician(ctx: Context, s: State, e: EventOf<'clinician'>, day: Day): void {
  const note = e.note ? ` Note: “${e.note}”` : '';
  switch (e.action) {
    case 'clear-screening': {
      if (day < s.statusSince) {
        setOutcome(s, day, s.change, [
          ...s.reasons,
          {
            rule: 'clinician-cleared',
            text: `A clearance dated ${ctx.fmt(day)} comes before the screening or symptom check of ${ctx.fmt(s.statusSince)} it would clear, so it changes nothing.${note}`,
          },
        ]);
        return;
      }
      if (s.status === 'active' || s.status === 'completed') {
        setOutcome(s, day, 'none', [
          {
            rule: 'clinician-cleared',
            text: `A clinician cleared the screening on ${ctx.fmt(day)}; the program was already running.${note}`,
          },
        ]);
        return;
      }
      const resume = s.started;
      const preset = !resume && s.presetStage;
      if (resume || preset) {
        s.status = 'active';
        s.fromRedFlag = false;
        s.activeSince = day;
        s.started = true;
        s.greens = 0;
        s.ambers = 0;
        if (preset) {
          s.stageEntry = day;
          s.levelStart = day;
          s.lastUp = day;
        }
      } else startProgram(s, day);
      const cleared = `A clinician assessed you and cleared the screening on ${ctx.fmt(day)}`;
      const text = resume
        ? `${cleared}, so the program resumes at ${where(s)}.${note}`
        : preset
          ? `${cleared}, so the program starts at ${where(s)}, as the clinician set.${note}`
          : `${cleared}, so the program starts.${note}`;
      const reasons = [{ rule: 'clinician-cleared', text }];
      if (!resume && !preset) reasons.push({ rule: 'start-stage-1', text: startText(ctx, day) });
      setOutcome(s, day, resume ? 'none' : 'start', reasons);
      return;
    }
    case 'set-stage': {
      const before = { stage: s.stage, level: s.level };
      const stage = e.stage ?? s.stage;
      const level = Math.min(e.level ?? 1, topLevel(ctx, stage));
      s.stage = stage;
      s.level = level;
      s.stageEntry = day;
      s.levelStart = day;
      s.greens = 0;
      s.ambers = 0;
      if (!s.started) s.presetStage = true;
      if (s.status === 'completed') {
        s.status = 'active';
        s.activeSince = day;
      }
      const up = stage > before.stage || (stage === before.stage && level > before.level);
      if (up) s.lastUp = day;
      const change =
        stage > before.stage
          ? 'advance'
          : up
            ? 'progress'
            : stage === before.stage && level === before.level
              ? 'hold'
              : 'regress';
      const clamp = e.level !== undefined && level < e.level ? ` (stage ${stage} has ${level} levels)` : '';
      const paused = s.status === 'active' ? '' : ' It applies once the screening is cleared.';
      capRunning(ctx, s, day);
      setOutcome(s, day, change, [
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
      setOutcome(s, day, 'none', [
        {
          rule: 'clinician-set-ceiling',
          text: `A clinician set your pain ceiling to ${s.ceiling}/10 on ${ctx.fmt(day)} (it was ${from}).${note}`,
        },
      ]);
      return;
    }
    case 'set-running-level': {
      const text = clinicianSetsRunningLevel(ctx, s, day, e.runningLevel ?? 0);
      s.runReason = { rule: 'clinician-set-running-level', text: `${text}${note}` };
      return;
    }
    case 'review':
      // not part of pht-v1 (a pht-v2 action): the safe reading records it and changes nothing (ADR 009)
      setOutcome(s, day, 'none', [
        { rule: 'clinician-review', text: `A clinician reviewed your progress on ${ctx.fmt(day)}.${note}` },
      ]);
      return;
  }
}

function applySymptoms(ctx: Context, s: State, e: EventOf<'symptoms'>, day: Day): void {
  const result = screenSymptoms(ctx, e.answers, day);
  if (!result) return;
  if (s.status !== 'active' && s.status !== 'completed' && !moreSerious(result.status, s.status)) return;
  s.status = result.status;
  s.statusSince = day;
  s.fromRedFlag = true;
  s.activeSince = undefined;
  setOutcome(s, day, 'none', result.reasons);
}

function applyItem(ctx: Context, s: State, it: Item): void {
  if (it.kind === 'event') {
    if (it.event.type === 'clinician') applyClinician(ctx, s, it.event, it.at);
    else applySymptoms(ctx, s, it.event, it.at);
    return;
  }
  if (!isActiveOn(s, it.load.day)) return;
  const sameKind = it.kind === 'session' ? ctx.h.sessionDays : ctx.h.runDays;
  const r = judge(it.kind, it.load, ctx.h, sameKind, s.ceiling, ctx.p.pain);
  if (r.pending) return;
  if (it.kind === 'session') applySession(ctx, s, r.judgement);
  else if (s.running.startedOn !== undefined && it.load.day >= s.running.startedOn)
    applyRun(ctx, s, r.judgement);
}

export function startText(ctx: Context, day: Day): string {
  const first = ctx.p.stages[0];
  const lvl = first?.levels[0];
  return `You start at stage 1 level 1 on ${ctx.fmt(day)}: ${first?.name.toLowerCase() ?? ''} work, ${lvl?.summary ?? ''}, to ${first?.aim.charAt(0).toLowerCase() ?? ''}${first?.aim.slice(1) ?? ''}`;
}

/** Where a replay resumes: the state at the end of day `after` (a checkpoint's), and only what comes later. */
export interface Resume<S> {
  state: S;
  after: Day;
}

/** Replays a case's history through the protocol and returns the final state, PROTOCOL.md sections 2-7. */
export function replay(
  ctx: Context,
  c: Case,
  log: boolean,
  resume?: Resume<State>,
): { state: State; pending: { kind: 'session' | 'run'; day: Day }[] } {
  const s = resume ? resume.state : startState(ctx, c, log);
  const after = resume ? resume.after : -Infinity;
  const { items, pending } = schedule(ctx);
  // Walk the days that have an item or an event; after each, check whether running may start.
  const days = ctx.h.eventDays;
  let i = 0;
  let d = 0;
  while (i < items.length && (items[i] as Item).at <= after) i++;
  while (d < days.length && (days[d] as number) <= after) d++;
  while (i < items.length || (ctx.runner && d < days.length)) {
    const nextItem = items[i]?.at ?? Infinity;
    const nextEventDay = ctx.runner ? (days[d] ?? Infinity) : Infinity;
    const day = Math.min(nextItem, nextEventDay);
    for (; i < items.length && (items[i] as Item).at === day; i++) applyItem(ctx, s, items[i] as Item);
    while (d < days.length && (days[d] as number) <= day) d++;
    if (ctx.runner) tryStartRunning(ctx, s, day);
  }
  return {
    state: s,
    pending: pending.filter(
      (p) =>
        isActiveOn(s, p.day) &&
        (p.kind === 'session' || (s.running.startedOn !== undefined && p.day >= s.running.startedOn)),
    ),
  };
}

/** The state after the intake screening. */
function startState(ctx: Context, c: Case, log: boolean): State {
  const screeningDay = toDay(c.screening.date);
  const s = initialState(c.patient.painCeiling ?? ctx.p.pain.defaultCeiling, screeningDay, log);
  const intake = screenIntake(ctx, c.screening.answers, screeningDay, c.patient.birthYear);
  if (intake.status === 'active') {
    startProgram(s, screeningDay);
    setOutcome(s, screeningDay, 'start', [
      ...intake.reasons,
      { rule: 'start-stage-1', text: startText(ctx, screeningDay) },
    ]);
  } else {
    s.status = intake.status;
    s.fromRedFlag = intake.fromRedFlag;
    setOutcome(s, screeningDay, 'none', intake.reasons);
  }
  return s;
}
