import { describe, expect, it } from 'vitest';
import { decideCase, lt, mc, reason, rules, run, sess, setRunning, setStage } from '../../test/kit.js';
import type { CaseEvent } from '../schema/types.js';

/** A runner at stage 2 whose running started at R1 on day 2. */
const started: CaseEvent[] = [setStage(0, 2, 2), lt(1, 'single-leg-bridge', 2), mc(2, 1)];
const dailyChecks = (from: number, to: number, score = 1) =>
  Array.from({ length: to - from + 1 }, (_, i) => mc(from + i, score));
const greenRun = (n: number): CaseEvent[] => [run(n, 2), mc(n + 1, 1)];

describe('running (PROTOCOL.md section 7)', () => {
  it('not for non-runners: plan.running is null and no running advice', () => {
    const d = decideCase({ asOf: 2, events: started });
    expect(d.plan.running).toBeNull();
    expect(d.plan.advice).not.toContain('reduce-running');
    expect(d.plan.advice).not.toContain('avoid-hills-and-sprints');
  });

  it('running-start: R1 on the first day with stage 2+, a calm single-leg bridge within 7 days and a calm morning', () => {
    expect(decideCase({ asOf: 1, runner: true, events: started }).plan.running).toBeNull();
    const d = decideCase({ asOf: 2, runner: true, events: started });
    expect(d.plan.running).toEqual({
      level: 1,
      perWeek: 3,
      session: 'walk 2 min / run 1 min, × 6, never on consecutive days',
      kindsAllowed: ['easy'],
    });
    expect(rules(d)).toContain('running-start');
    expect(reason(d, 'running-start')).toContain('3 March');
  });

  it('before running starts: reduce-running advice, and runs logged change nothing', () => {
    const d = decideCase({
      asOf: 4,
      runner: true,
      events: [setStage(0, 1, 2), run(2, 9), mc(3, 1), lt(3, 'single-leg-bridge', 1)],
    });
    expect(d.plan.running).toBeNull();
    expect(d.plan.advice).toEqual(expect.arrayContaining(['reduce-running', 'avoid-hills-and-sprints']));
    expect(d.flags).not.toContain('flare');
  });

  it('running start waits for every condition: stage 2, a bridge of 3 or less in 7 days, a morning of 3 or less', () => {
    const stage1 = decideCase({ asOf: 3, runner: true, events: [lt(1, 'single-leg-bridge', 2), mc(2, 1)] });
    expect(stage1.plan.running).toBeNull();
    const oldTest = decideCase({
      asOf: 12,
      runner: true,
      events: [setStage(0, 2, 1), lt(1, 'single-leg-bridge', 2), mc(12, 1)],
    });
    expect(oldTest.plan.running).toBeNull();
    const sore = decideCase({
      asOf: 3,
      runner: true,
      events: [setStage(0, 2, 1), lt(1, 'single-leg-bridge', 2), mc(2, 4)],
    });
    expect(sore.plan.running).toBeNull();
  });

  it('run-repeated-green: two green runs at least 7 days after the level began move up one level', () => {
    const early = decideCase({ asOf: 7, runner: true, events: [...started, ...greenRun(4), ...greenRun(6)] });
    expect(early.plan.running?.level).toBe(1);
    expect(reason(early, 'run-response-green')).toContain('7 days');
    const events = [...started, ...greenRun(4), ...greenRun(6), ...greenRun(9)];
    const d = decideCase({ asOf: 10, runner: true, events });
    expect(d.plan.running?.level).toBe(2);
    expect(rules(d)).toContain('run-repeated-green');
    const next = decideCase({ asOf: 12, runner: true, events: [...events, ...greenRun(11)] });
    expect(next.plan.running?.level).toBe(2);
    expect(rules(next)).toContain('run-response-green');
  });

  it('run-response-amber holds; run-two-ambers moves down one level', () => {
    const base = [...started, setRunning(2, 3)];
    const amber = decideCase({ asOf: 5, runner: true, events: [...base, run(4, 4), mc(5, 1)] });
    expect([amber.plan.running?.level, rules(amber)]).toEqual([
      3,
      expect.arrayContaining(['run-response-amber']),
    ]);
    const two = decideCase({
      asOf: 7,
      runner: true,
      events: [...base, run(4, 4), mc(5, 1), run(6, 4), mc(7, 1)],
    });
    expect(two.plan.running?.level).toBe(2);
    expect(rules(two)).toContain('run-two-ambers');
  });

  it('run-response-red moves down one level; runs are judged like sessions (next morning)', () => {
    const d = decideCase({
      asOf: 5,
      runner: true,
      events: [...started, setRunning(2, 3), run(4, 2), mc(5, 7)],
    });
    expect(d.plan.running?.level).toBe(2);
    expect(rules(d)).toContain('run-response-red');
  });

  it('R7 needs stage 3 and R8 needs stage 4', () => {
    const atStage2 = decideCase({ asOf: 3, runner: true, events: [...started, setRunning(3, 8)] });
    expect(atStage2.plan.running?.level).toBe(6);
    const atStage3 = decideCase({
      asOf: 3,
      runner: true,
      events: [...started, setStage(3, 3, 1), setRunning(3, 8)],
    });
    expect(atStage3.plan.running).toMatchObject({ level: 7, kindsAllowed: ['easy', 'tempo'] });
    const atStage4 = decideCase({
      asOf: 3,
      runner: true,
      events: [...started, setStage(3, 4, 1), setRunning(3, 8)],
    });
    expect(atStage4.plan.running?.kindsAllowed).toEqual(['easy', 'tempo', 'intervals', 'hills', 'sprints']);
    expect(atStage4.plan.advice).not.toContain('avoid-hills-and-sprints');
  });

  it('green runs do not climb past what the stage allows', () => {
    const events = [...started, setRunning(2, 6), ...greenRun(10), ...greenRun(12)];
    const d = decideCase({ asOf: 13, runner: true, events });
    expect(d.plan.running?.level).toBe(6);
    expect(reason(d, 'run-response-green')).toContain('R7 needs stage 3');
  });

  it('running-level-capped: when the stage falls, running falls to the highest level allowed', () => {
    const events = [...started, setStage(3, 3, 1), setRunning(3, 7), mc(3, 1), sess(4, 8), mc(5, 1)];
    const d = decideCase({ asOf: 5, runner: true, events });
    expect([d.stage, d.level]).toEqual([2, 4]);
    expect(d.plan.running?.level).toBe(6);
    expect(rules(d)).toContain('running-level-capped');
  });

  it('gait cues: cadence after two amber runs at R4 or above, then run tall, then pelvic tilt', () => {
    const amberRuns = (days: number[]) => days.flatMap((n) => [run(n, 4), mc(n + 1, 1)]);
    const base = [...started, ...dailyChecks(2, 3), setRunning(3, 5)];
    const one = decideCase({ asOf: 5, runner: true, events: [...base, ...amberRuns([4])] });
    expect(one.plan.advice).not.toContain('gait-cadence');
    const two = decideCase({ asOf: 8, runner: true, events: [...base, ...amberRuns([4, 7])] });
    expect(two.plan.advice).toContain('gait-cadence');
    const six = decideCase({
      asOf: 30,
      runner: true,
      events: [
        ...base,
        setRunning(9, 6),
        setRunning(15, 6),
        setRunning(21, 6),
        ...amberRuns([4, 7, 10, 13, 22, 25]),
      ],
    });
    expect(six.plan.advice).toEqual(
      expect.arrayContaining(['gait-cadence', 'gait-run-tall', 'gait-pelvic-tilt']),
    );
    const order = six.plan.advice.filter((a) => a.startsWith('gait-'));
    expect(order).toEqual(['gait-cadence', 'gait-run-tall', 'gait-pelvic-tilt']);
  });

  it('amber runs below R4 add no gait cue', () => {
    const d = decideCase({
      asOf: 8,
      runner: true,
      events: [...started, setRunning(2, 3), run(4, 4), mc(5, 1), run(7, 4), mc(8, 1)],
    });
    expect(d.plan.advice.some((a) => a.startsWith('gait-'))).toBe(false);
  });

  it('set-running-level: clinician sets the level; 0 pauses running', () => {
    const events = [...started, setRunning(4, 0)];
    const d = decideCase({ asOf: 4, runner: true, events });
    expect(d.plan.running).toBeNull();
    expect(rules(d)).toContain('clinician-set-running-level');
    expect(decideCase({ asOf: 6, runner: true, events: [...events, mc(6, 1)] }).plan.running).toBeNull();
    const retested = decideCase({
      asOf: 6,
      runner: true,
      events: [...events, lt(5, 'single-leg-bridge', 1), mc(6, 1)],
    });
    expect(retested.plan.running?.level).toBe(1);
  });
});
