import { describe, expect, it } from 'vitest';
import { decideCase, greens, ids, lt, mc, reason, rules, sess, setStage } from '../../test/kit.js';

describe('moving through the ladder (PROTOCOL.md section 5)', () => {
  it('start-stage-1: a new patient starts at stage 1 level 1', () => {
    const d = decideCase({ asOf: 0 });
    expect([d.status, d.stage, d.level, d.change]).toEqual(['active', 1, 1, 'start']);
    expect(rules(d)).toContain('start-stage-1');
  });

  it('response-red: down one level, with flare-rest advice', () => {
    const d = decideCase({ asOf: 2, events: [setStage(0, 2, 3), mc(0, 1), sess(1, 7), mc(2, 1)] });
    expect([d.stage, d.level, d.change]).toEqual([2, 2, 'regress']);
    expect(d.plan.advice).toContain('flare-rest');
    expect(d.flags).toContain('flare');
  });

  it('response-red: from level 1 of a stage to the top level of the stage below, entered on E', () => {
    const d = decideCase({ asOf: 12, events: [setStage(10, 3, 1), mc(10, 1), sess(11, 7), mc(12, 1)] });
    expect([d.stage, d.level, d.change]).toEqual([2, 4, 'regress']);
    expect((d as { stageStarted?: string }).stageStarted).toBe('2026-03-13');
  });

  it('response-red: at stage 1 level 1 the patient stays, change hold', () => {
    const d = decideCase({ asOf: 2, events: [mc(0, 1), sess(1, 7), mc(2, 1)] });
    expect([d.stage, d.level, d.change]).toEqual([1, 1, 'hold']);
    expect(rules(d)[0]).toBe('response-red');
  });

  it('response-amber then two-ambers: the second consecutive amber at a level goes down one', () => {
    const events = [setStage(0, 2, 2), mc(0, 2), sess(1, 4), mc(2, 2), sess(3, 4), mc(4, 2)];
    const first = decideCase({ asOf: 2, events });
    expect([first.level, first.change, rules(first)[0]]).toEqual([2, 'hold', 'response-amber']);
    const second = decideCase({ asOf: 4, events });
    expect([second.level, second.change, rules(second)[0]]).toEqual([1, 'regress', 'two-ambers']);
  });

  it('two-ambers: a green between two ambers resets the streak', () => {
    const events = [
      setStage(0, 2, 2),
      mc(0, 2),
      sess(1, 4),
      mc(2, 2),
      sess(3, 2),
      mc(4, 2),
      sess(5, 4),
      mc(6, 2),
    ];
    const d = decideCase({ asOf: 6, events });
    expect([d.level, rules(d)[0]]).toEqual([2, 'response-amber']);
  });

  it('response-green then repeated-green: two consecutive greens move up one level', () => {
    const one = decideCase({ asOf: 2, events: greens([1]) });
    expect([one.level, one.change, rules(one)[0]]).toEqual([1, 'hold', 'response-green']);
    const two = decideCase({ asOf: 4, events: greens([1, 3]) });
    expect([two.level, two.change, rules(two)[0]]).toEqual([2, 'progress', 'repeated-green']);
    expect(reason(two, 'repeated-green')).toContain('stage 1 level 2');
  });

  it('streaks reset when the level changes', () => {
    const d = decideCase({ asOf: 6, events: greens([1, 3, 5]) });
    expect([d.level, rules(d)[0]]).toEqual([2, 'response-green']);
  });

  it('an incomplete session breaks a green streak', () => {
    const events = [...greens([1]), sess(3, 1), ...greens([6])];
    const d = decideCase({ asOf: 7, events });
    expect(d.level).toBe(1);
  });

  it('stage-gate-pending: at the top level, names what is missing', () => {
    const d = decideCase({ asOf: 4, events: [setStage(0, 1, 3), ...greens([1, 3])] });
    expect([d.stage, d.level, d.change]).toEqual([1, 3, 'hold']);
    expect(rules(d)[0]).toBe('stage-gate-pending');
    expect(reason(d, 'stage-gate-pending')).toMatch(/1 more comfortable session/);
    expect(reason(d, 'stage-gate-pending')).toMatch(/3 more days in stage 1 \(4 of 7/);
  });

  it('stage-gate-met: stage 1 to stage 2 after 3 greens at the top, 7 days and a calm morning check', () => {
    const events = [setStage(0, 1, 3), ...greens([3, 5, 7])];
    const d = decideCase({ asOf: 8, events });
    expect([d.stage, d.level, d.change]).toEqual([2, 1, 'advance']);
    expect(rules(d)[0]).toBe('stage-gate-met');
    expect(reason(d, 'stage-gate-met')).toMatch(/3 comfortable sessions.*8 days in stage 1/);
    expect(d.plan.restDay).toBe(true);
    expect(ids(decideCase({ asOf: 9, events }))).toContain('prone-leg-curl');
  });

  it('stage gate: stage 2 needs a single-leg bridge of 3 or less within 7 days', () => {
    const base = [setStage(0, 2, 4), ...greens([12, 14, 16])];
    const without = decideCase({ asOf: 17, events: base });
    expect([without.stage, rules(without)[0]]).toEqual([2, 'stage-gate-pending']);
    expect(reason(without, 'stage-gate-pending')).toContain('single leg bridge test');
    const painful = decideCase({ asOf: 17, events: [...base, lt(15, 'single-leg-bridge', 5)] });
    expect(painful.stage).toBe(2);
    const old = decideCase({ asOf: 17, events: [...base, lt(9, 'single-leg-bridge', 1)] });
    expect(old.stage).toBe(2);
    const calm = decideCase({ asOf: 17, events: [...base, lt(11, 'single-leg-bridge', 2)] });
    expect([calm.stage, calm.level, rules(calm)[0]]).toEqual([3, 1, 'stage-gate-met']);
  });

  it('stage gate: stage 2 needs 14 days since its entry date', () => {
    const d = decideCase({
      asOf: 13,
      events: [setStage(0, 2, 4), ...greens([8, 10, 12]), lt(12, 'single-leg-bridge', 1)],
    });
    expect(d.stage).toBe(2);
    expect(reason(d, 'stage-gate-pending')).toMatch(/1 more days in stage 2/);
  });

  it('stage gate: stage 3 needs both platform-bridge and arabesque', () => {
    const base = [setStage(0, 3, 4), ...greens([20, 22, 24])];
    const one = decideCase({ asOf: 25, events: [...base, lt(24, 'platform-bridge', 1)] });
    expect([one.stage, rules(one)[0]]).toEqual([3, 'stage-gate-pending']);
    expect(reason(one, 'stage-gate-pending')).toContain('arabesque');
    const both = decideCase({
      asOf: 25,
      events: [...base, lt(24, 'platform-bridge', 1), lt(24, 'arabesque', 3)],
    });
    expect([both.stage, both.level]).toEqual([4, 1]);
  });

  it('program-completed: passing stage 4 gives a maintenance plan', () => {
    const d = decideCase({
      asOf: 18,
      events: [setStage(0, 4, 4), ...greens([12, 14, 16]), lt(16, 'hop-test', 2)],
    });
    expect([d.status, d.change, rules(d)[0]]).toEqual(['completed', 'advance', 'program-completed']);
    expect(d.stage).toBe(4);
    expect(ids(d).sort()).toEqual(['hip-thrust', 'nordic-curl', 'single-leg-rdl']);
    expect(d.flags).not.toContain('stalled');
    const pending = decideCase({ asOf: 17, events: [setStage(0, 4, 4), ...greens([12, 14, 16])] });
    expect(reason(pending, 'stage-gate-pending')).toContain('a hop test of 3/10 or less');
  });

  it('program-completed: a runner also needs R8', () => {
    const d = decideCase({
      asOf: 17,
      runner: true,
      events: [setStage(0, 4, 4), ...greens([12, 14, 16]), lt(16, 'hop-test', 2)],
    });
    expect(d.status).toBe('active');
    expect(reason(d, 'stage-gate-pending')).toContain('R8');
  });

  it('clinician-set-stage: sets stage and level from its date, resetting streaks', () => {
    const d = decideCase({ asOf: 6, events: [...greens([1]), setStage(3, 2, 2), ...greens([4])] });
    expect([d.stage, d.level, rules(d)[0]]).toEqual([2, 2, 'response-green']);
    const set = decideCase({ asOf: 3, events: [setStage(3, 2, 2)] });
    expect([set.change, rules(set)[0]]).toEqual(['advance', 'clinician-set-stage']);
  });

  it('clinician-set-stage: a level above the stage top is clamped (stage 1 has 3 levels)', () => {
    const d = decideCase({ asOf: 3, events: [setStage(3, 1, 4)] });
    expect([d.stage, d.level]).toEqual([1, 3]);
  });
});
