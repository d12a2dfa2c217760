export interface HoldPlan {
  sets: number;
  holdSeconds: number;
  restSeconds: number;
}

export interface HoldPhase {
  phase: 'hold' | 'rest' | 'done';
  /** 1-based hold number. */
  set: number;
  /** Whole seconds left in this phase. */
  remaining: number;
}

/** Where a hold timer is after `elapsed` seconds: hold, rest, hold, … with no rest after the last hold. */
export function holdPhase(plan: HoldPlan, elapsed: number): HoldPhase {
  const cycle = plan.holdSeconds + plan.restSeconds;
  const total = plan.sets * plan.holdSeconds + (plan.sets - 1) * plan.restSeconds;
  if (elapsed >= total) return { phase: 'done', set: plan.sets, remaining: 0 };
  const set = Math.floor(elapsed / cycle) + 1;
  const within = elapsed - (set - 1) * cycle;
  if (within < plan.holdSeconds)
    return { phase: 'hold', set, remaining: Math.ceil(plan.holdSeconds - within) };
  return { phase: 'rest', set, remaining: Math.ceil(cycle - within) };
}

export interface TempoPhase {
  phase: 'lift' | 'lower' | 'pause' | 'done';
  rep: number;
  /** Seconds left in the phase (for lowering: the count 3, 2, 1). */
  remaining: number;
}

const LIFT = 1;
const PAUSE = 1;

/** A slow-lowering rep: lift in 1 s, lower over `lowerSeconds`, pause 1 s. */
export function tempoPhase(reps: number, lowerSeconds: number, elapsed: number): TempoPhase {
  const cycle = LIFT + lowerSeconds + PAUSE;
  if (elapsed >= reps * cycle) return { phase: 'done', rep: reps, remaining: 0 };
  const rep = Math.floor(elapsed / cycle) + 1;
  const within = elapsed - (rep - 1) * cycle;
  if (within < LIFT) return { phase: 'lift', rep, remaining: Math.ceil(LIFT - within) };
  if (within < LIFT + lowerSeconds)
    return { phase: 'lower', rep, remaining: Math.ceil(LIFT + lowerSeconds - within) };
  return { phase: 'pause', rep, remaining: Math.ceil(cycle - within) };
}

/** The lowering time in seconds from a dose's tempo ("lower over 3 s"), if any. */
export function lowerSecondsOf(tempo: string | undefined): number | undefined {
  const m = tempo === undefined ? null : /lower over (\d+)\s*s/i.exec(tempo);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

export interface SetPlan {
  sets: number;
  reps: number;
  restSeconds: number;
  /** Slow lowering paces each rep; without it the patient ends each set with a tap. */
  lowerSeconds?: number | undefined;
}

export type SetPhase =
  | { phase: 'work'; set: number; rep?: TempoPhase }
  | { phase: 'rest'; set: number; remaining: number }
  | { phase: 'done'; set: number };

/**
 * Where a strength timer is after `elapsed` seconds: set 1, rest, set 2, … with no rest after the last set.
 * A paced set lasts its reps at the tempo; an unpaced one ends at the time in `ended` (the patient's tap).
 */
export function setPhase(plan: SetPlan, elapsed: number, ended: readonly number[] = []): SetPhase {
  const { lowerSeconds } = plan;
  let start = 0;
  for (let set = 1; set <= plan.sets; set++) {
    const end =
      lowerSeconds === undefined ? ended[set - 1] : start + plan.reps * (LIFT + lowerSeconds + PAUSE);
    if (end === undefined || elapsed < end) {
      return lowerSeconds === undefined
        ? { phase: 'work', set }
        : { phase: 'work', set, rep: tempoPhase(plan.reps, lowerSeconds, elapsed - start) };
    }
    if (set === plan.sets) break;
    const restEnd = end + plan.restSeconds;
    if (elapsed < restEnd) return { phase: 'rest', set, remaining: Math.ceil(restEnd - elapsed) };
    start = restEnd;
  }
  return { phase: 'done', set: plan.sets };
}
