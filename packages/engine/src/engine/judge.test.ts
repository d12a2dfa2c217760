import { describe, expect, it } from 'vitest';
import { decideCase, mc, reason, rules, sess, setCeiling, setStage } from '../../test/kit.js';

/** Stage 1 level 2, so that a step down is visible. */
const atL2 = setStage(0, 1, 2);

describe('pain monitoring: how a session is judged (PROTOCOL.md section 3)', () => {
  it('red: pain during above the ceiling', () => {
    const d = decideCase({ asOf: 2, events: [atL2, mc(0, 1), sess(1, 6), mc(2, 1)] });
    expect(rules(d)[0]).toBe('response-red');
    expect(d.level).toBe(1);
    expect(reason(d, 'response-red')).toMatch(
      /pain 6\/10 during the session on 2 March.*ceiling of 5.*level 1/i,
    );
  });

  it('red: pain after the session above the ceiling', () => {
    const d = decideCase({ asOf: 2, events: [atL2, mc(0, 1), sess(1, 2, 7), mc(2, 1)] });
    expect(rules(d)[0]).toBe('response-red');
  });

  it('red: the next morning (24 hours) above the ceiling', () => {
    const d = decideCase({ asOf: 2, events: [atL2, mc(0, 1), sess(1, 2), mc(2, 6)] });
    expect(rules(d)[0]).toBe('response-red');
  });

  it('red: the second morning (48 hours) counts when no session happened the day after', () => {
    const events = [atL2, mc(0, 1), sess(1, 2), mc(2, 2), mc(3, 6)];
    expect(rules(decideCase({ asOf: 3, events }))[0]).toBe('response-red');
    expect(rules(decideCase({ asOf: 2, events }))[0]).toBe('response-green');
  });

  it('second: not counted when a session happened the day after', () => {
    const d = decideCase({ asOf: 3, events: [atL2, mc(0, 1), sess(1, 2), mc(2, 2), sess(2, 2), mc(3, 6)] });
    // the session of day 1 stays green; the session of day 2 is red by its own next morning
    expect(d.reasons[0]?.rule).toBe('response-red');
    expect(d.reasons[0]?.text).toContain('3 March');
    expect(d.level).toBe(1);
  });

  it('amber: any score of 4 or more within the ceiling', () => {
    const d = decideCase({ asOf: 2, events: [atL2, mc(0, 3), sess(1, 4), mc(2, 3)] });
    expect(rules(d)[0]).toBe('response-amber');
    expect(d.change).toBe('hold');
    expect(d.level).toBe(2);
  });

  it('amber: pain has not settled (next morning at least baseline + 2)', () => {
    const d = decideCase({ asOf: 2, events: [atL2, mc(1, 1), sess(1, 2), mc(2, 3)] });
    expect(rules(d)[0]).toBe('response-amber');
    expect(reason(d, 'response-amber')).toMatch(/baseline of 1\/10/);
  });

  it('green: everything 3 or less and settled', () => {
    const d = decideCase({ asOf: 2, events: [atL2, mc(1, 2), sess(1, 3, 3), mc(2, 3)] });
    expect(rules(d)[0]).toBe('response-green');
    expect(d.change).toBe('hold');
  });

  it('baseline: the latest morning check on or before the session day', () => {
    const d = decideCase({ asOf: 5, events: [atL2, mc(0, 0), mc(3, 2), sess(4, 2), mc(5, 3)] });
    expect(rules(d)[0]).toBe('response-green');
  });

  it('incomplete: no next-morning check by D+2 breaks the streak and changes nothing', () => {
    const d = decideCase({ asOf: 3, events: [atL2, mc(0, 1), sess(1, 2)] });
    expect(rules(d)[0]).toBe('response-incomplete');
    expect(d.change).toBe('none');
    expect(d.level).toBe(2);
  });

  it('red without a next-morning check: pain above the ceiling is red on D+2, never hidden as incomplete', () => {
    const d = decideCase({ asOf: 3, events: [atL2, mc(0, 1), sess(1, 9)] });
    expect([rules(d)[0], d.level, d.change]).toEqual(['response-red', 1, 'regress']);
    expect(d.flags).toContain('flare');
    const amberOnly = decideCase({ asOf: 3, events: [atL2, mc(0, 1), sess(1, 5)] });
    expect(rules(amberOnly)[0]).toBe('response-incomplete');
  });

  it('awaiting-check-in: a session whose next morning has not come yet changes nothing', () => {
    const d = decideCase({ asOf: 2, events: [atL2, mc(0, 1), sess(1, 9)] });
    expect(d.level).toBe(2);
    expect(d.change).toBe('progress');
    expect(rules(d)).toEqual(['clinician-set-stage', 'awaiting-check-in']);
    expect(reason(d, 'awaiting-check-in')).toContain('2 March');
    expect(rules(decideCase({ asOf: 1, events: [atL2, mc(0, 1), sess(1, 9)] }))).toContain(
      'awaiting-check-in',
    );
  });

  it('several sessions on one day are judged as one, with the highest pain', () => {
    const d = decideCase({ asOf: 2, events: [atL2, mc(0, 1), sess(1, 1), sess(1, 6), sess(1, 2), mc(2, 1)] });
    expect(rules(d)[0]).toBe('response-red');
    expect(d.level).toBe(1);
  });

  it('the pain ceiling: 4/10 is red under a ceiling of 3', () => {
    const d = decideCase({ asOf: 2, painCeiling: 3, events: [atL2, mc(0, 1), sess(1, 4), mc(2, 1)] });
    expect(rules(d)[0]).toBe('response-red');
  });

  it('set-ceiling: a clinician lowers the ceiling from its date', () => {
    const events = [atL2, setCeiling(0, 3), mc(0, 1), sess(1, 4), mc(2, 1)];
    expect(rules(decideCase({ asOf: 2, events }))[0]).toBe('response-red');
    expect((decideCase({ asOf: 2, events }) as { painCeiling?: number }).painCeiling).toBe(3);
  });

  it('evaluated on day E: the next-morning date, before clinician actions of that day', () => {
    const d = decideCase({ asOf: 2, events: [mc(0, 1), sess(1, 9), mc(2, 1), setStage(2, 2, 1)] });
    expect([d.stage, d.level]).toEqual([2, 1]);
    expect(d.change).toBe('advance');
    expect(rules(d)[0]).toBe('clinician-set-stage');
  });
});
