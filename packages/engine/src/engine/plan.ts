import type { Dose, Protocol } from '../protocol/types.js';
import type { FlagId, Plan, PlannedExercise } from '../schema/types.js';
import { runningLevelOf } from './running.js';
import { stageOf, type Context, type State } from './state.js';

/**
 * A protocol dose as a plan line, naming the exercise. Shared by both protocols: pht-v1's doses carry no
 * `repMax` or `assisted`, so its plans are unchanged by the two pht-v2 fields.
 */
export function toPlanned(p: Protocol, d: Dose): PlannedExercise {
  const out: PlannedExercise & { name?: string; optional?: boolean; timesPerWeek?: number } = {
    id: d.exercise,
    sets: d.sets,
  };
  const name = p.exercises.find((e) => e.id === d.exercise)?.name;
  if (name !== undefined) out.name = name;
  if (d.reps !== undefined) out.reps = d.reps;
  if (d.holdSeconds !== undefined) out.holdSeconds = d.holdSeconds;
  if (d.restSeconds !== undefined) out.restSeconds = d.restSeconds;
  if (d.effortPercent !== undefined) out.effortPercent = d.effortPercent;
  if (d.timesPerDay !== undefined) out.timesPerDay = d.timesPerDay;
  if (d.timesPerWeek !== undefined) out.timesPerWeek = d.timesPerWeek;
  if (d.tempo !== undefined) out.tempo = d.tempo;
  if (d.repMax !== undefined) out.repMax = d.repMax;
  if (d.assisted) out.assisted = true;
  if (d.optional) out.optional = true;
  return out;
}

/** Minutes between sitting breaks: 80% of the latest tolerance, down to a multiple of 5, kept in 10-30. */
function sittingBreak(ctx: Context): number {
  const r = ctx.p.sitting;
  const t = ctx.h.latestSitting;
  if (t === undefined) return r.default;
  const rounded = Math.floor((t * r.fraction) / r.roundTo) * r.roundTo;
  return Math.min(r.max, Math.max(r.min, rounded));
}

/** Today's plan, PROTOCOL.md sections 4, 7, 8 and 9. */
export function buildPlan(ctx: Context, s: State, flags: FlagId[]): Plan {
  const advice = new Set<string>();
  if (s.status !== 'active' && s.status !== 'completed') {
    advice.add(s.status === 'emergency' ? 'seek-emergency-care' : 'seek-clinician');
    return { exercises: [], restDay: false, running: null, advice: [...advice], sittingBreakMinutes: null };
  }
  const completed = s.status === 'completed';
  const stage = s.stage;
  const restDay = stage >= 2 && ctx.h.sessionDays.has(ctx.h.asOf - 1);
  const level = completed ? ctx.p.maintenance : stageOf(ctx, stage).levels[s.level - 1];
  const exercises = restDay || !level ? [] : level.doses.map((d) => toPlanned(ctx.p, d));

  if (!completed) {
    advice.add('isometrics-for-pain');
    if (stage <= 3) advice.add('avoid-prolonged-sitting');
    if (stage <= 2) {
      advice.add('no-hamstring-stretching');
      advice.add('avoid-deep-hip-flexion');
    }
    if (stage === 1) advice.add('relative-rest');
  }
  if (s.lastSessionBand === 'red') advice.add('flare-rest');
  if (flags.includes('repeated-flare')) advice.add('seek-clinician');

  let running: Plan['running'] = null;
  if (ctx.runner) {
    const r = runningLevelOf(ctx, s.running.level);
    if (r) {
      const spacing = r.noConsecutiveDays ? ', never on consecutive days' : '';
      running = {
        level: r.level,
        perWeek: r.perWeek,
        session: `${r.session}${spacing}`,
        kindsAllowed: [...r.kindsAllowed],
      };
    } else advice.add('reduce-running');
    if (stage < 4 && !completed) advice.add('avoid-hills-and-sprints');
    for (const cue of ctx.p.running.gaitCues.slice(0, s.gaitCues)) advice.add(cue);
  }
  const order = ctx.p.advice.map((a) => a.id);
  const sorted = [...advice].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return {
    exercises,
    restDay,
    running,
    advice: sorted,
    sittingBreakMinutes: !completed && stage <= 3 ? sittingBreak(ctx) : null,
  };
}
