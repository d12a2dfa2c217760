import { describe, expect, it } from 'vitest';
import { holdPhase, lowerSecondsOf, setPhase, tempoPhase } from './timer-phases';

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

describe('setPhase', () => {
  const paced = { sets: 2, reps: 3, restSeconds: 90, lowerSeconds: 3 };

  it('paces set 1 rep by rep, rests, then set 2, and stops after the last set', () => {
    expect(setPhase(paced, 0)).toEqual({
      phase: 'work',
      set: 1,
      rep: { phase: 'lift', rep: 1, remaining: 1 },
    });
    expect(setPhase(paced, 6)).toMatchObject({ phase: 'work', set: 1, rep: { phase: 'lower', rep: 2 } });
    expect(setPhase(paced, 15)).toEqual({ phase: 'rest', set: 1, remaining: 90 });
    expect(setPhase(paced, 104.5)).toEqual({ phase: 'rest', set: 1, remaining: 1 });
    expect(setPhase(paced, 105)).toMatchObject({ phase: 'work', set: 2, rep: { rep: 1 } });
    expect(setPhase(paced, 119.9)).toMatchObject({ phase: 'work', set: 2, rep: { rep: 3 } });
    expect(setPhase(paced, 120)).toEqual({ phase: 'done', set: 2 });
    expect(setPhase(paced, 10_000)).toEqual({ phase: 'done', set: 2 });
  });

  it('waits for the tap that ends an unpaced set, then rests', () => {
    const unpaced = { sets: 3, reps: 10, restSeconds: 60 };
    expect(setPhase(unpaced, 500)).toEqual({ phase: 'work', set: 1 });
    expect(setPhase(unpaced, 40, [30])).toEqual({ phase: 'rest', set: 1, remaining: 50 });
    expect(setPhase(unpaced, 95, [30])).toEqual({ phase: 'work', set: 2 });
    expect(setPhase(unpaced, 200, [30, 120, 190])).toEqual({ phase: 'done', set: 3 });
  });
});
