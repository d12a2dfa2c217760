export interface IntervalStep {
  kind: 'walk' | 'run';
  seconds: number;
}

/** Walk/run repeats as timed steps. */
export function intervalSteps(walkMinutes: number, runMinutes: number, repeats: number): IntervalStep[] {
  return Array.from({ length: repeats }, () => [
    { kind: 'walk' as const, seconds: walkMinutes * 60 },
    { kind: 'run' as const, seconds: runMinutes * 60 },
  ]).flat();
}

/** The step at `elapsed` seconds, its index and the seconds left in it; undefined when finished. */
export function stepAt(steps: readonly IntervalStep[], elapsed: number) {
  let start = 0;
  for (const [index, step] of steps.entries()) {
    if (elapsed < start + step.seconds)
      return { index, step, remaining: Math.ceil(start + step.seconds - elapsed) };
    start += step.seconds;
  }
  return undefined;
}
