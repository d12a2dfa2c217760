import { getProtocol } from '../protocol/registry.js';
import type { Case, CaseEvent } from '../schema/types.js';
import { loadState, saveState } from './checkpoint-state.js';
import { toDay, toIso, yearOf, type Day } from './days.js';
import { decideCase, type DecideOptions, type DecisionWithHistory, type Resumer } from './decide.js';
import { buildHistory } from './history.js';
import { replay } from './replay.js';
import { makeContext, type HistoryEntry, type State } from './state.js';
import { extendContext } from './v2/context.js';
import { replayV2, type SessionMeta } from './v2/replay.js';
import type { RunMeta } from './v2/running.js';
import type { StateV2 } from './v2/state.js';

/**
 * The engine's state at the end of a day, as plain JSON, from which a replay continues with later events
 * only and gives exactly the decision a full replay gives (ADR 011). Valid for decisions dated later in
 * the same calendar year, for the same patient details and screening, and only while no event dated on or
 * before `day` is added: `decideFrom` answers undefined otherwise, and the caller replays in full.
 */
export interface Checkpoint {
  version: 1;
  protocol: Case['protocol'];
  /** The state is the one at the end of this day (ISO date). */
  day: string;
  /** The patient and screening the state came from. */
  inputs: string;
  /** The earlier events the rules still read: the last 28 days, the latest mornings, a session, ... */
  events: CaseEvent[];
  state: Record<string, unknown>;
  /**
   * The end of the decision history: every change dated in the last 28 days, from the last one before them
   * that showed a stage. A continued decision's `history` starts here.
   */
  history: HistoryEntry[];
  /** pht-v2: the next event's position, the ceiling before `events`, the loads still to be judged. */
  v2?: { nextPos: number; ceiling: number; sessionMeta: [Day, SessionMeta][]; runMeta: [Day, RunMeta][] };
}

/** Every window the rules read is 14 days or less; twice that is kept. */
const KEEP_DAYS = 28;

const inputsOf = (c: Case): string => JSON.stringify([c.protocol, c.patient, c.screening]);
const isLoad = (e: CaseEvent): boolean => e.type === 'session' || e.type === 'run';

/** Whether `c`, holding only events dated after the checkpoint, may continue from it. */
export function canContinue(cp: Checkpoint, c: Case): boolean {
  const day = toDay(cp.day);
  const asOf = toDay(c.asOf);
  if (cp.version !== 1 || cp.protocol !== c.protocol || cp.inputs !== inputsOf(c)) return false;
  if (asOf <= day || yearOf(asOf) !== yearOf(day)) return false;
  return c.events.every((e) => e.date > cp.day);
}

/**
 * The decision for `c` (its events: those dated after the checkpoint), or undefined: replay in full. With
 * `history`, the decision history from the checkpoint's `history` on (the full one ends the same way).
 */
export function decideFrom(
  cp: Checkpoint,
  c: Case,
  options: DecideOptions = {},
): DecisionWithHistory | undefined {
  if (!canContinue(cp, c)) return undefined;
  return decideCase(withKept(cp, c), options.history === true, resumerOf(cp));
}

function withKept(cp: Checkpoint, c: Case): Case {
  return { ...c, events: [...cp.events, ...c.events] };
}

/** Where the replay resumes; the state keeps a decision history when the continued replay does. */
function resumerOf(cp: Checkpoint): Resumer {
  const after = toDay(cp.day);
  const v2 = cp.v2;
  const load = (ctx: Parameters<typeof loadState>[0], log: boolean): State | StateV2 => {
    const s = loadState(ctx, cp.state);
    s.log = log ? cp.history.map((e) => ({ ...e, rules: [...e.rules] })) : undefined;
    return s;
  };

  if (v2) {
    return {
      ruleSet: 'pht-v2',
      resume: (ctx, log) => ({
        state: load(ctx, log) as StateV2,
        after,
        nextPos: v2.nextPos,
        ceiling: v2.ceiling,
        sessionMeta: new Map(v2.sessionMeta.map(([d, m]) => [d, { ...m }])),
        runMeta: new Map(v2.runMeta.map(([d, m]) => [d, { ...m, kinds: [...m.kinds] }])),
      }),
    };
  }
  return { ruleSet: 'pht-v1', resume: (ctx, log) => ({ state: load(ctx, log) as State, after }) };
}

/**
 * The latest checkpoint that can be taken for `c`: at the latest day before `asOf`, in asOf's year and on
 * or after the screening, at which nothing can change any more (ADR 011). With `from`, `c` holds only the
 * events after that checkpoint, and the new one is taken from it (it must come later).
 */
export function latestCheckpoint(c: Case, from?: Checkpoint): Checkpoint | undefined {
  if (from && !canContinue(from, c)) return undefined;
  const base = from ? withKept(from, c) : c;
  const asOf = toDay(c.asOf);
  const lowest = Math.max(
    toDay(c.screening.date),
    toDay(`${yearOf(asOf)}-01-01`),
    from ? toDay(from.day) + 1 : -Infinity,
  );
  const loadDays = new Set(base.events.filter(isLoad).map((e) => toDay(e.date)));
  const v1 = getProtocol(c.protocol).ruleSet !== 'pht-v2';
  for (let day = asOf - 1, tries = 0; day >= lowest && tries < 7; day--) {
    // pht-v1 judges a load on the next morning but reads the morning after that too
    if (v1 && loadDays.has(day - 1)) continue;
    tries++;
    const cp = checkpointAt(base, day, from);
    if (cp) return cp;
  }
  return undefined;
}

/** The latest safe checkpoint day of `c` (ISO), if any. */
export function checkpointDay(c: Case): string | undefined {
  return latestCheckpoint(c)?.day;
}

/** The checkpoint at the end of `day`, or undefined when a judgment on that day reads its own asOf. */
function checkpointAt(base: Case, day: Day, from: Checkpoint | undefined): Checkpoint | undefined {
  const iso = toIso(day);
  const c: Case = { ...base, asOf: iso };
  const protocol = getProtocol(c.protocol);
  const v2 = protocol.ruleSet === 'pht-v2';
  const ctx = makeContext(protocol, buildHistory(c, v2), c.patient.runner === true);
  const resumer = from ? resumerOf(from) : undefined;
  let state: State | StateV2;
  let extra: Checkpoint['v2'];
  if (v2) {
    const ctxV2 = extendContext(ctx, c);
    const r = replayV2(
      ctxV2,
      c,
      true,
      resumer?.ruleSet === 'pht-v2' ? resumer.resume(ctxV2, true) : undefined,
    );
    // a red judged on `day` words its pain-relief days by asOf ("today and tomorrow")
    if (r.state.reds.some((x) => x.day >= day)) return undefined;
    state = r.state;
    const recent = <T>(m: Map<Day, T>): [Day, T][] => [...m].filter(([d]) => d >= day - 1);
    extra = {
      nextPos: r.nextPos,
      ceiling: ceilingBefore(base, day - KEEP_DAYS + 1, from),
      sessionMeta: recent(r.sessionMeta),
      runMeta: recent(r.runMeta),
    };
  } else {
    state = replay(ctx, c, true, resumer?.ruleSet === 'pht-v1' ? resumer.resume(ctx, true) : undefined).state;
  }
  // words are built as for any later day (the decision is always for a later day)
  ctx.h.asOf = day + 1;
  const cp: Checkpoint = {
    version: 1,
    protocol: c.protocol,
    day: iso,
    inputs: inputsOf(c),
    events: keptEvents(base.events, day),
    state: saveState(ctx, state, day),
    history: historyTail(state.log ?? [], day),
  };
  if (extra) cp.v2 = extra;
  return cp;
}

/** The ceiling in force at the end of the day before `first` (pht-v2's day E of a red-at-once reads it). */
function ceilingBefore(base: Case, first: Day, from: Checkpoint | undefined): number {
  let ceiling =
    from?.v2?.ceiling ?? base.patient.painCeiling ?? getProtocol(base.protocol).pain.defaultCeiling;
  const limit = toIso(first);
  for (const e of inReplayOrder(base.events))
    if (e.date < limit && e.type === 'clinician' && e.action === 'set-ceiling' && e.painCeiling !== undefined)
      ceiling = e.painCeiling;
  return ceiling;
}

function historyTail(log: HistoryEntry[], day: Day): HistoryEntry[] {
  const windowStart = toIso(day - KEEP_DAYS + 1);
  let k = log.findIndex((e) => e.date >= windowStart);
  if (k < 0) k = log.length;
  let start = k;
  for (let j = k - 1; j >= 0; j--) {
    if (log[j]?.stage !== null) {
      start = j;
      break;
    }
  }
  return log.slice(start);
}

function inReplayOrder(events: CaseEvent[]): CaseEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map((x) => x.e);
}

/**
 * The events dated on or before `day` that a later replay reads: all of the last 28 days; every morning
 * check of the last three days with one (baselines, calm mornings, the latest check); the latest session
 * (whether there were any), sitting test and first and last function check of each instrument.
 */
function keptEvents(all: CaseEvent[], day: Day): CaseEvent[] {
  const events = inReplayOrder(all);
  const end = toIso(day);
  const windowStart = toIso(day - KEEP_DAYS + 1);
  const keep = new Set<number>();
  const mornings: string[] = [];
  const firstOf = new Map<string, number>();
  const lastOf = new Map<string, number>();
  let lastSession = -1;
  let lastSitting = -1;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as CaseEvent;
    if (e.date > end) continue;
    if (e.date >= windowStart) keep.add(i);
    if (e.type === 'morning-check') {
      if (!mornings.includes(e.date) && mornings.length < 3) mornings.push(e.date);
      if (mornings.includes(e.date)) keep.add(i);
    } else if (e.type === 'session' && lastSession < 0) lastSession = i;
    else if (e.type === 'sitting' && lastSitting < 0) lastSitting = i;
    else if (e.type === 'function-check') {
      const instrument = e.instrument ?? 'own';
      if (!lastOf.has(instrument)) lastOf.set(instrument, i);
      firstOf.set(instrument, i);
    }
  }
  for (const i of [lastSession, lastSitting, ...firstOf.values(), ...lastOf.values()])
    if (i >= 0) keep.add(i);
  return events.filter((_, i) => keep.has(i));
}
