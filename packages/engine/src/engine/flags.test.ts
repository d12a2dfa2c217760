import { describe, expect, it } from 'vitest';
import { decideCase, greens, mc, reason, rules, sess, setStage, sym } from '../../test/kit.js';

const checks = (from: number, to: number, score: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => mc(from + i, score));

describe('flags for the clinician (PROTOCOL.md section 6)', () => {
  it('flare: the latest judged session was red', () => {
    const events = [mc(0, 1), sess(1, 7), mc(2, 1)];
    expect(decideCase({ asOf: 2, events }).flags).toContain('flare');
    const after = decideCase({ asOf: 4, events: [...events, sess(3, 1), mc(4, 1)] });
    expect(after.flags).not.toContain('flare');
    expect(after.plan.advice).not.toContain('flare-rest');
  });

  it('repeated-flare: two red sessions evaluated in the 7 days up to asOf, with seek-clinician', () => {
    const events = [setStage(0, 2, 4), mc(0, 1), sess(1, 7), mc(2, 1), sess(4, 7), mc(5, 1)];
    const d = decideCase({ asOf: 5, events });
    expect(d.flags).toEqual(expect.arrayContaining(['flare', 'repeated-flare']));
    expect(d.plan.advice).toContain('seek-clinician');
    expect(reason(d, 'repeated-flare')).toContain('3 March');
    expect(
      decideCase({ asOf: 9, events: [...events, mc(6, 1), mc(7, 1), mc(8, 1), mc(9, 1)] }).flags,
    ).not.toContain('repeated-flare');
  });

  it('worsening-trend: the 7-day mean of morning checks exceeds the week before by 1.0 or more', () => {
    const d = decideCase({ asOf: 13, events: [...checks(0, 6, 1), ...checks(7, 13, 2)] });
    expect(d.flags).toContain('worsening-trend');
    expect(reason(d, 'worsening-trend')).toMatch(/2\.0\/10.*1\.0\/10/);
    expect(decideCase({ asOf: 13, events: [...checks(0, 6, 1), ...checks(7, 13, 1)] }).flags).not.toContain(
      'worsening-trend',
    );
  });

  it('worsening-trend: each window needs at least 3 checks', () => {
    const d = decideCase({ asOf: 13, events: [mc(0, 0), mc(1, 0), ...checks(7, 13, 3)] });
    expect(d.flags).not.toContain('worsening-trend');
  });

  it('progress-blocked-trend: while the trend holds, a green session cannot move the patient up', () => {
    const events = [...checks(0, 6, 0), ...checks(7, 10, 2), sess(9, 1), mc(10, 2), sess(11, 1), mc(12, 2)];
    const d = decideCase({ asOf: 12, events });
    expect(d.level).toBe(1);
    expect(rules(d)[0]).toBe('progress-blocked-trend');
    expect(d.flags).toContain('worsening-trend');
  });

  it('stalled: active and no move up in the last 21 days, counted from the start', () => {
    const events = checks(0, 21, 1);
    expect(decideCase({ asOf: 20, events }).flags).not.toContain('stalled');
    const d = decideCase({ asOf: 21, events });
    expect(d.flags).toContain('stalled');
    expect(reason(d, 'stalled')).toContain('1 March');
    const moved = decideCase({ asOf: 25, events: [...checks(0, 25, 1), ...greens([8, 10])] });
    expect(moved.flags).not.toContain('stalled');
  });

  it('missing-check-ins: a session logged and no morning check on asOf, asOf-1 or asOf-2', () => {
    const events = [mc(0, 1), sess(1, 2), mc(2, 1)];
    expect(decideCase({ asOf: 4, events }).flags).not.toContain('missing-check-ins');
    expect(decideCase({ asOf: 5, events }).flags).toContain('missing-check-ins');
    expect(decideCase({ asOf: 5, events: [mc(0, 1)] }).flags).not.toContain('missing-check-ins');
  });

  it('red-flag: status from a red flag, at intake or later', () => {
    expect(decideCase({ asOf: 3, events: [sym(2, { 'fever-or-unwell': true })] }).flags).toEqual([
      'red-flag',
    ]);
    expect(decideCase({ asOf: 0, answers: { 'low-back-pain': true } }).flags).not.toContain('red-flag');
  });

  it('flags add their reasons after the change reason', () => {
    const d = decideCase({ asOf: 21, events: checks(0, 21, 1) });
    expect(rules(d)).toEqual(['pattern-consistent', 'start-stage-1', 'stalled']);
  });
});
