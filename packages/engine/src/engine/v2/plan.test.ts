import { describe, expect, it } from 'vitest';
import { phtV2 } from '../../index.js';
import { decideV2Case, ids, mc, setStage, sit, greens } from '../../../test/kit.js';

const dose = (d: ReturnType<typeof decideV2Case>, id: string): Record<string, unknown> | undefined =>
  d.plan.exercises.find((e) => e.id === id);

/** pht-v2 sections 4, 8, 9 and 10: doses, plan modes, advice, sitting breaks and outcome. */
describe('pht-v2 plan (PROTOCOL.md sections 4, 8, 9, 10)', () => {
  it('stage 1 asks for 2 exercises, as seed 000 doses, two sessions a day', () => {
    const d = decideV2Case({ asOf: 1 });
    expect(ids(d)).toEqual(['isometric-leg-curl', 'bridge-hold']);
    expect(dose(d, 'bridge-hold')).toMatchObject({ sets: 3, holdSeconds: 30, effortPercent: 50 });
    expect(d.plan.sessionsPerDay).toBe(2);
  });

  it('repMax per level, reps + 3 where an exercise first appears', () => {
    const s3l2 = decideV2Case({ asOf: 1, events: [setStage(0, 3, 2)] });
    expect(dose(s3l2, 'single-leg-rdl')).toMatchObject({ sets: 3, reps: 10, repMax: 13 });
    expect(dose(s3l2, 'hip-thrust')).toMatchObject({ sets: 3, reps: 10, repMax: 10 });
    expect(dose(s3l2, 'side-plank')).toMatchObject({ sets: 3, holdSeconds: 30 });
    expect(dose(s3l2, 'side-plank')?.repMax).toBeUndefined();
    const s2l1 = decideV2Case({ asOf: 1, events: [setStage(0, 2, 1)] });
    expect(dose(s2l1, 'side-lying-hip-abduction')).toMatchObject({ sets: 3, reps: 15, repMax: 18 });
  });

  it('Nordic assisted through stage 3 level 3, then 3 x 6; sliders 3 x 8 to 3 x 12 to single-leg', () => {
    const at = (stage: number, level: number): ReturnType<typeof decideV2Case> =>
      decideV2Case({ asOf: 1, events: [setStage(0, stage, level)] });
    expect(dose(at(2, 4), 'nordic-curl')).toMatchObject({ sets: 2, reps: 5, assisted: true });
    expect(dose(at(3, 3), 'nordic-curl')).toMatchObject({ sets: 3, reps: 6, assisted: true });
    expect(dose(at(3, 4), 'nordic-curl')?.assisted).toBeUndefined();
    expect(dose(at(2, 1), 'supine-slider-curl')).toMatchObject({ sets: 3, reps: 8 });
    expect(dose(at(2, 3), 'supine-slider-curl')).toMatchObject({ sets: 3, reps: 12 });
    expect(String(dose(at(2, 4), 'supine-slider-curl')?.tempo)).toContain('single-leg');
  });

  it('stage 4 adds one new element a level', () => {
    const plyo = [1, 2, 3, 4].map((l) =>
      ids(decideV2Case({ asOf: 1, sport: true, events: [setStage(0, 4, l)] })).filter(
        (id) => phtV2.exercises.find((e) => e.id === id)?.type === 'plyometric',
      ),
    );
    expect(plyo.map((p) => p.length)).toEqual([2, 3, 4, 5]);
  });

  it('new exercises have a name, 3-5 steps, a common mistake, easier and harder', () => {
    for (const id of ['side-lying-hip-abduction', 'side-plank']) {
      const e = phtV2.exercises.find((x) => x.id === id);
      expect(e?.steps.length).toBeGreaterThanOrEqual(3);
      expect(e?.steps.length).toBeLessThanOrEqual(5);
      expect(e?.commonMistake && e.easier && e.harder && e.name).toBeTruthy();
    }
  });

  it('stage-3 rest days keep the treadmill eccentric', () => {
    const d = decideV2Case({ asOf: 4, events: [setStage(0, 3, 1), mc(0, 1), ...greens([3])] });
    expect(d.plan.mode).toBe('rest-day');
    expect(d.plan.restDay).toBe(true);
    expect(ids(d)).toEqual(['treadmill-eccentric']);
  });

  it('sitting break at least 2 minutes and below the tolerance', () => {
    expect(decideV2Case({ asOf: 1, events: [sit(1, 5)] }).plan.sittingBreakMinutes).toBe(4);
    expect(decideV2Case({ asOf: 1, events: [sit(1, 2)] }).plan.sittingBreakMinutes).toBe(2);
    expect(decideV2Case({ asOf: 1, events: [sit(1, 20)] }).plan.sittingBreakMinutes).toBe(15);
  });

  it('function scores per instrument, never mixed', () => {
    const d = decideV2Case({
      asOf: 30,
      events: [
        { type: 'function-check', date: '2026-03-02', score: 40, instrument: 'own' },
        { type: 'function-check', date: '2026-03-03', score: 50, instrument: 'visa-h' },
        { type: 'function-check', date: '2026-03-20', score: 60, instrument: 'own' },
      ],
    });
    expect(d.outcome?.byInstrument).toEqual({
      own: { latestScore: 60, changeFromFirst: 20 },
      'visa-h': { latestScore: 50, changeFromFirst: 0 },
    });
  });
});
