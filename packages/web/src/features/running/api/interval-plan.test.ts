import { describe, expect, it } from 'vitest';
import { intervalSteps, stepAt } from './interval-plan';

describe('walk/run intervals', () => {
  const steps = intervalSteps(2, 1, 6);
  it('alternates walking and running', () => {
    expect(steps).toHaveLength(12);
    expect(steps.slice(0, 2)).toEqual([
      { kind: 'walk', seconds: 120 },
      { kind: 'run', seconds: 60 },
    ]);
  });
  it('finds the current step', () => {
    expect(stepAt(steps, 0)).toMatchObject({ index: 0, remaining: 120 });
    expect(stepAt(steps, 125)).toMatchObject({ index: 1, step: { kind: 'run' }, remaining: 55 });
    expect(stepAt(steps, 6 * 180)).toBeUndefined();
  });
});
