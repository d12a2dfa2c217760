import { describe, expect, it } from 'vitest';
import { decideCase, ids, mc, sess, setStage, sit } from '../../test/kit.js';

describe("today's plan and load advice (PROTOCOL.md sections 4, 8, 9)", () => {
  it('stage 1 level doses: holds, effort, rest and twice a day', () => {
    const d = decideCase({ asOf: 0 });
    expect(ids(d)).toEqual(['isometric-leg-curl', 'straight-leg-pull-down', 'bridge-hold']);
    expect(d.plan.exercises[0]).toMatchObject({
      sets: 5,
      holdSeconds: 30,
      effortPercent: 50,
      restSeconds: 120,
      timesPerDay: 2,
    });
    const l3 = decideCase({ asOf: 1, events: [setStage(1, 1, 3)] });
    expect(l3.plan.exercises[0]).toMatchObject({ sets: 5, holdSeconds: 45, effortPercent: 70 });
  });

  it('stage 2 doses, with assisted Nordic curls from level 4', () => {
    const l1 = decideCase({ asOf: 1, events: [setStage(1, 2, 1)] });
    expect(ids(l1)).toEqual(['prone-leg-curl', 'supine-slider-curl', 'glute-bridge']);
    expect(l1.plan.exercises[0]).toMatchObject({ sets: 3, reps: 15 });
    const l4 = decideCase({ asOf: 1, events: [setStage(1, 2, 4)] });
    expect(l4.plan.exercises.find((e) => e.id === 'nordic-curl')).toMatchObject({ sets: 2, reps: 5 });
    expect(l4.plan.exercises[0]).toMatchObject({ sets: 4, reps: 8 });
  });

  it('stage 3 adds single-leg RDL from level 2 and lunges from level 3; treadmill eccentric 3 x 15 twice a day', () => {
    expect(ids(decideCase({ asOf: 1, events: [setStage(1, 3, 1)] }))).not.toContain('single-leg-rdl');
    expect(ids(decideCase({ asOf: 1, events: [setStage(1, 3, 2)] }))).toContain('single-leg-rdl');
    const l3 = decideCase({ asOf: 1, events: [setStage(1, 3, 3)] });
    expect(ids(l3)).toContain('lunge');
    expect(l3.plan.exercises.find((e) => e.id === 'treadmill-eccentric')).toMatchObject({
      sets: 3,
      reps: 15,
      timesPerDay: 2,
    });
  });

  it('stage 4 adds bounding and sprinter’s curls from level 2 and cutting drills from level 3', () => {
    const l1 = ids(decideCase({ asOf: 1, events: [setStage(1, 4, 1)] }));
    expect(l1).toEqual(
      expect.arrayContaining(['skipping', 'pogo-jumps', 'single-leg-rdl', 'nordic-curl', 'hip-thrust']),
    );
    expect(l1).not.toContain('bounding');
    expect(ids(decideCase({ asOf: 1, events: [setStage(1, 4, 2)] }))).toEqual(
      expect.arrayContaining(['bounding', 'sprinters-curl']),
    );
    expect(ids(decideCase({ asOf: 1, events: [setStage(1, 4, 3)] }))).toContain('cutting-drills');
  });

  it('restDay: at stage 2 or more when a session was logged yesterday, with no exercises', () => {
    const d = decideCase({ asOf: 3, events: [setStage(0, 2, 1), mc(1, 1), sess(2, 2)] });
    expect(d.plan.restDay).toBe(true);
    expect(d.plan.exercises).toEqual([]);
    expect(
      decideCase({ asOf: 4, events: [setStage(0, 2, 1), mc(1, 1), sess(2, 2), mc(3, 1)] }).plan.restDay,
    ).toBe(false);
  });

  it('restDay: stage 1 is never a rest day', () => {
    const d = decideCase({ asOf: 3, events: [mc(1, 1), sess(2, 2)] });
    expect(d.plan.restDay).toBe(false);
    expect(d.plan.exercises.length).toBeGreaterThan(0);
  });

  it('advice by stage: stretching, deep hip flexion, relative rest, sitting', () => {
    const s1 = decideCase({ asOf: 0 }).plan.advice;
    expect(s1).toEqual(
      expect.arrayContaining([
        'avoid-prolonged-sitting',
        'no-hamstring-stretching',
        'avoid-deep-hip-flexion',
        'relative-rest',
        'isometrics-for-pain',
      ]),
    );
    const s2 = decideCase({ asOf: 1, events: [setStage(1, 2, 1)] }).plan.advice;
    expect(s2).toEqual(expect.arrayContaining(['no-hamstring-stretching', 'avoid-deep-hip-flexion']));
    expect(s2).not.toContain('relative-rest');
    const s3 = decideCase({ asOf: 1, events: [setStage(1, 3, 1)] }).plan.advice;
    expect(s3).toContain('avoid-prolonged-sitting');
    expect(s3).not.toContain('no-hamstring-stretching');
    const s4 = decideCase({ asOf: 1, events: [setStage(1, 4, 1)] });
    expect(s4.plan.advice).not.toContain('avoid-prolonged-sitting');
    expect(s4.plan.sittingBreakMinutes).toBeNull();
  });

  it('sittingBreakMinutes: 80% of the latest sitting tolerance, down to a multiple of 5, kept in 10-30', () => {
    expect(decideCase({ asOf: 0 }).plan.sittingBreakMinutes).toBe(30);
    expect(decideCase({ asOf: 1, events: [sit(1, 24)] }).plan.sittingBreakMinutes).toBe(15);
    expect(decideCase({ asOf: 1, events: [sit(1, 25)] }).plan.sittingBreakMinutes).toBe(20);
    expect(decideCase({ asOf: 1, events: [sit(1, 5)] }).plan.sittingBreakMinutes).toBe(10);
    expect(decideCase({ asOf: 1, events: [sit(1, 120)] }).plan.sittingBreakMinutes).toBe(30);
    expect(decideCase({ asOf: 2, events: [sit(0, 120), sit(2, 20)] }).plan.sittingBreakMinutes).toBe(15);
  });

  it('outcome: latest function score and its change from the first', () => {
    const fc = (n: number, score: number) => ({
      type: 'function-check' as const,
      date: `2026-03-0${n + 1}`,
      score,
    });
    const d = decideCase({ asOf: 5, events: [fc(0, 40), fc(3, 55), fc(4, 61.5)] });
    expect(d.outcome).toEqual({ latestScore: 61.5, changeFromFirst: 21.5 });
    expect(decideCase({ asOf: 0 }).outcome).toEqual({ latestScore: null, changeFromFirst: null });
  });

  it('expectedWeeks is [12, 16]', () => {
    expect(decideCase({ asOf: 0 }).expectedWeeks).toEqual([12, 16]);
  });
});
