import { describe, expect, it } from 'vitest';
import { holdPhase, lowerSecondsOf, tempoPhase } from './timer-phases';

describe('hold timer phases', () => {
  const plan = { sets: 3, holdSeconds: 30, restSeconds: 120 };
  it('counts down holds and rests, with no rest after the last hold', () => {
    expect(holdPhase(plan, 0)).toEqual({ phase: 'hold', set: 1, remaining: 30 });
    expect(holdPhase(plan, 29.5)).toEqual({ phase: 'hold', set: 1, remaining: 1 });
    expect(holdPhase(plan, 30)).toEqual({ phase: 'rest', set: 1, remaining: 120 });
    expect(holdPhase(plan, 150)).toEqual({ phase: 'hold', set: 2, remaining: 30 });
    expect(holdPhase(plan, 2 * 150 + 29)).toEqual({ phase: 'hold', set: 3, remaining: 1 });
    expect(holdPhase(plan, 2 * 150 + 30)).toEqual({ phase: 'done', set: 3, remaining: 0 });
  });
});

describe('tempo cue', () => {
  it('lifts, lowers over the tempo and pauses, rep by rep', () => {
    expect(tempoPhase(2, 3, 0)).toEqual({ phase: 'lift', rep: 1, remaining: 1 });
    expect(tempoPhase(2, 3, 1)).toEqual({ phase: 'lower', rep: 1, remaining: 3 });
    expect(tempoPhase(2, 3, 3.5)).toEqual({ phase: 'lower', rep: 1, remaining: 1 });
    expect(tempoPhase(2, 3, 4)).toEqual({ phase: 'pause', rep: 1, remaining: 1 });
    expect(tempoPhase(2, 3, 5)).toEqual({ phase: 'lift', rep: 2, remaining: 1 });
    expect(tempoPhase(2, 3, 10)).toEqual({ phase: 'done', rep: 2, remaining: 0 });
  });

  it('reads the lowering time from the dose', () => {
    expect(lowerSecondsOf('lower over 3 s')).toBe(3);
    expect(lowerSecondsOf(undefined)).toBeUndefined();
    expect(lowerSecondsOf('fast')).toBeUndefined();
  });
});
