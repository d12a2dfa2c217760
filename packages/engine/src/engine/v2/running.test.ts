import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../schema/types.js';
import { day, decideV2Case, lt, mc, review, rules, run, sess, setStage } from '../../../test/kit.js';

/** pht-v2 section 7 (running) and the rows of section 13 that change it. */
const start: CaseEvent[] = [setStage(0, 2, 1), mc(0, 1), lt(0, 'single-leg-bridge', 1, 'left')];
const calm = (from: number, to: number): CaseEvent[] =>
  Array.from({ length: to - from + 1 }, (_, i) => mc(from + i, 1));

describe('pht-v2 running (PROTOCOL.md section 7)', () => {
  it('gait-cadence is given when running starts (first we look at running gait)', () => {
    const d = decideV2Case({ asOf: 1, runner: true, events: [...start, mc(1, 1)] });
    expect(d.plan.running?.level).toBe(1);
    expect(d.plan.running?.change).toBe('start');
    expect(d.plan.advice).toContain('gait-cadence');
    expect(rules(d)).toContain('running-start');
  });

  it('off-plan-running: a hill run at R1 is flagged and its green does not count', () => {
    const d = decideV2Case({
      asOf: 12,
      runner: true,
      events: [...start, ...calm(1, 12), run(8, 1, 'easy', 18), run(10, 1, 'hills', 18)],
    });
    expect(d.flags).toContain('off-plan-running');
    expect(d.plan.advice).toContain('follow-running-plan');
    expect(d.plan.running?.level).toBe(1);
  });

  it('off-plan runs never move running up: a run the day after another at R1 does not count', () => {
    const d = decideV2Case({
      asOf: 12,
      runner: true,
      events: [...start, ...calm(1, 12), run(8, 1, 'easy', 18), run(9, 1, 'easy', 18)],
    });
    expect(d.plan.running?.level).toBe(1);
    expect(d.flags).toContain('off-plan-running');
  });

  it('short runs are not off plan, but a short green does not count', () => {
    const d = decideV2Case({
      asOf: 12,
      runner: true,
      events: [...start, ...calm(1, 12), run(8, 1, 'easy', 10), run(10, 1, 'easy', 10)],
    });
    expect(d.flags).not.toContain('off-plan-running');
    expect(d.plan.running?.level).toBe(1);
    expect(rules(d)).toContain('run-short');
  });

  it('two on-plan green runs 7 days into a level move running up', () => {
    const d = decideV2Case({
      asOf: 12,
      runner: true,
      events: [...start, ...calm(1, 12), run(8, 1, 'easy', 18), run(10, 1, 'easy', 18)],
    });
    expect(d.plan.running?.level).toBe(2);
    expect(d.plan.running?.change).toBe('progress');
  });

  it('red runs are flare days: flag flare, pain-relief plan and running paused until the day after', () => {
    const d = decideV2Case({
      asOf: 8,
      runner: true,
      events: [...start, ...calm(1, 7), run(8, 6, 'easy', 18)],
    });
    expect(d.flags).toContain('flare');
    expect(d.plan.mode).toBe('pain-relief');
    expect(d.plan.running?.pausedUntil).toBe(day(9));
  });

  it('running moves up only when no block holds (nerve signs)', () => {
    const ev = [
      ...start,
      ...calm(1, 12),
      { type: 'symptoms' as const, date: day(2), answers: { 'tingling-below-knee': true } },
      run(8, 1, 'easy', 18),
      run(10, 1, 'easy', 18),
    ];
    const d = decideV2Case({ asOf: 12, runner: true, events: ev });
    expect(d.plan.running?.level).toBe(1);
    expect(decideV2Case({ asOf: 12, runner: true, events: [...ev, review(3)] }).plan.running?.level).toBe(2);
  });

  it('running stops in stage 1 and restarts one level below (running-restart)', () => {
    const ev = [
      ...start,
      ...calm(1, 30),
      run(8, 1, 'easy', 18),
      run(10, 1, 'easy', 18),
      sess(12, 7),
      lt(20, 'single-leg-bridge', 1, 'left'),
      setStage(20, 2, 1),
    ];
    const stopped = decideV2Case({ asOf: 14, runner: true, events: ev });
    expect([stopped.stage, stopped.plan.running]).toEqual([1, null]);
    expect(stopped.plan.advice).toContain('reduce-running');
    const back = decideV2Case({ asOf: 20, runner: true, events: ev });
    expect(back.plan.running?.level).toBe(1);
    expect(rules(back)).toContain('running-restart');
  });

  it("a non-runner's 8/10 run raises severe-pain", () => {
    expect(decideV2Case({ asOf: 3, events: [run(3, 8)] }).flags).toContain('severe-pain');
  });
});
