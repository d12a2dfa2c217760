import type { PlannedExercise } from '@hamstring-rehab/engine';

/** A dose in plain words: "5 holds of 45 s at 60% effort, 2 min rest, twice a day". */
export function doseText(d: PlannedExercise): string {
  const parts: string[] = [];
  if (d.holdSeconds !== undefined) parts.push(`${d.sets} holds of ${d.holdSeconds} s`);
  else if (d.reps !== undefined) parts.push(`${d.sets} sets of ${d.reps}`);
  else parts.push(`${d.sets} sets`);
  // the protocol's tempo may already say how it is assisted
  if (d.assisted === true && !(d.tempo ?? '').includes('assist'))
    parts.push('assisted (a band or a partner helps, short range)');
  if (d.effortPercent !== undefined) parts.push(`at ${d.effortPercent}% effort`);
  if (d.tempo !== undefined) parts.push(d.tempo);
  if (d.restSeconds !== undefined) {
    parts.push(
      d.restSeconds >= 60 && d.restSeconds % 60 === 0
        ? `${d.restSeconds / 60} min rest`
        : `${d.restSeconds} s rest`,
    );
  }
  if (d.timesPerDay === 2) parts.push('twice a day');
  else if (d.timesPerDay !== undefined && d.timesPerDay > 2) parts.push(`${d.timesPerDay} times a day`);
  return parts.join(', ');
}

/** The load to choose for a strength exercise (pht-v2 `repMax`), or undefined for bodyweight work. */
export function loadText(d: PlannedExercise): string | undefined {
  if (d.repMax === undefined) return undefined;
  return `Load: a weight you could lift about ${d.repMax} times, no more.`;
}
