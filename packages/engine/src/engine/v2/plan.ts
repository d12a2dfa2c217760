import type { Dose } from '../../protocol/types.js';
import type { FlagId, Plan } from '../../schema/types.js';
import { toIso, type Day } from '../days.js';
import { toPlanned } from '../plan.js';
import { stageOf } from '../state.js';
import { severeHolding, type ContextV2 } from './context.js';
import { levelOf } from './running.js';
import type { StateV2 } from './state.js';

type Mode = 'training' | 'rest-day' | 'pain-relief' | 'stopped' | 'maintenance';

/** Section 8: 80% of the latest tolerance, to a whole minute under 10, else down to a multiple of 5; 2 to 30. */
export function sittingBreakV2(ctx: ContextV2): number {
  const r = ctx.p.sitting;
  const t = ctx.h.latestSitting;
  if (t === undefined) return r.default;
  const v = t * r.fraction;
  const rounded = v < (r.smallBelow ?? 0) ? Math.floor(v) : Math.floor(v / r.roundTo) * r.roundTo;
  return Math.min(r.max, Math.max(r.min, rounded));
}

export interface PainReliefDay {
  /** The last known pain-relief day. */
  until: Day;
  /** True while a pain-during score of 8+ holds (no end known). */
  open: boolean;
  morningFlare: boolean;
}

/** Whether asOf is a pain-relief day (sections 3, 5, 9), and until when as far as known. */
export function painReliefAt(ctx: ContextV2, s: StateV2): PainReliefDay | undefined {
  const asOf = ctx.h.asOf;
  let until: Day | undefined;
  const extend = (d: Day): void => {
    until = until === undefined ? d : Math.max(until, d);
  };
  for (const r of s.reds)
    if (r.ackPos === undefined && (r.day === asOf || r.day === asOf - 1)) extend(r.day + 1);
  for (const m of s.severe) if (!m.hard && (m.day === asOf || m.day === asOf - 1)) extend(m.day + 1);
  const morning = ctx.h.morning.get(asOf);
  const morningFlare = morning !== undefined && morning > s.ceiling;
  if (morningFlare) extend(asOf);
  const sev = severeHolding(ctx, s, asOf);
  const open = sev?.hard === true;
  if (open) extend(asOf);
  return until === undefined ? undefined : { until, open, morningFlare };
}

export function modeOf(ctx: ContextV2, s: StateV2, relief: PainReliefDay | undefined): Mode {
  if (s.status !== 'active' && s.status !== 'completed') return 'stopped';
  if (relief) return 'pain-relief';
  if (s.status === 'completed') return 'maintenance';
  if (s.stage >= 2 && s.countedDays.has(ctx.h.asOf - 1)) return 'rest-day';
  return 'training';
}

/** Today's plan, sections 4, 7, 8 and 9. */
export function buildPlanV2(ctx: ContextV2, s: StateV2, flags: FlagId[]): Plan {
  const advice = new Set<string>();
  const relief = painReliefAt(ctx, s);
  const mode = modeOf(ctx, s, relief);
  const sessionsPerDay = s.stage === 1 && s.status === 'active' ? 2 : 1;
  if (mode === 'stopped') {
    advice.add(s.status === 'emergency' ? 'seek-emergency-care' : 'seek-clinician');
    return {
      exercises: [],
      restDay: false,
      running: null,
      advice: [...advice],
      sittingBreakMinutes: null,
      mode,
      sessionsPerDay,
    };
  }
  const completed = s.status === 'completed';
  const stage = stageOf(ctx, s.stage);
  let doses: Dose[];
  switch (mode) {
    case 'pain-relief':
      doses = ctx.p.painRelief?.doses ?? [];
      break;
    case 'maintenance':
      doses = ctx.p.maintenance.doses;
      break;
    case 'rest-day':
      doses = (stage.levels[s.level - 1]?.doses ?? []).filter((d) => d.exercise === 'treadmill-eccentric');
      break;
    case 'training':
      doses = stage.levels[s.level - 1]?.doses ?? [];
      break;
  }
  const tingling = s.tingling !== undefined && s.tingling.ackPos === undefined;
  if (tingling)
    doses = doses.filter((d) => ctx.p.exercises.find((e) => e.id === d.exercise)?.hipFlexion !== 'high');
  const exercises = doses.map((d) => toPlanned(ctx.p, d));

  if (!completed) {
    advice.add('isometrics-for-pain');
    if (s.stage <= 3) advice.add('avoid-prolonged-sitting');
    if (s.stage <= 2) {
      advice.add('no-hamstring-stretching');
      advice.add('avoid-deep-hip-flexion');
    }
    if (s.stage === 1) advice.add('relative-rest');
  }
  if (mode === 'pain-relief') advice.add('flare-rest');
  if (flags.includes('repeated-flare') || flags.includes('severe-pain') || flags.includes('nerve-signs'))
    advice.add('seek-clinician');

  let running: Plan['running'] = null;
  if (ctx.runner) {
    const r = levelOf(ctx, s.running.level);
    if (r) {
      const spacing = r.noConsecutiveDays ? ', never on consecutive days' : '';
      running = {
        level: r.level,
        perWeek: r.perWeek,
        session: `${r.session}${spacing}`,
        kindsAllowed: [...r.kindsAllowed],
        change: s.runChange,
        pausedUntil: mode === 'pain-relief' && relief ? toIso(relief.open ? ctx.h.asOf : relief.until) : null,
      };
    } else if (!completed) advice.add('reduce-running');
    if (s.stage < 4 && !completed) advice.add('avoid-hills-and-sprints');
    for (const cue of ctx.p.running.gaitCues.slice(0, s.gaitCues)) advice.add(cue);
    if (flags.includes('off-plan-running')) advice.add('follow-running-plan');
  }
  const order = ctx.p.advice.map((a) => a.id);
  return {
    exercises,
    restDay: mode === 'rest-day',
    running,
    advice: [...advice].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    sittingBreakMinutes: s.status === 'active' && s.stage <= 3 ? sittingBreakV2(ctx) : null,
    mode,
    sessionsPerDay,
  };
}
