import { describe, expect, it } from 'vitest';
import { decideV2Case, greens, lt, mc, reason, rules, sess, setStage } from '../../../test/kit.js';

/** pht-v2 section 5 (moving through the ladder) and section 6's flags that it changes. */
describe('pht-v2 moving through the ladder (PROTOCOL.md section 5)', () => {
  it('streaks break after 7 days: two greens 9 days apart do not move up', () => {
    const d = decideV2Case({ asOf: 14, events: [...greens([2]), ...greens([11]), mc(13, 1)] });
    expect(d.level).toBe(1);
  });

  it('return-after-break: a session 14+ days after the last one steps down a level per full 14 days', () => {
    const d = decideV2Case({ asOf: 31, events: [setStage(0, 2, 3), ...greens([1]), mc(30, 1), sess(31, 1)] });
    expect([d.stage, d.level, d.change]).toEqual([2, 1, 'regress']);
    expect(reason(d, 'return-after-break')).toContain('30 days');
  });

  it('amber holds: two ambers in a row never move a patient down', () => {
    const d = decideV2Case({
      asOf: 8,
      events: [setStage(0, 1, 2), ...[2, 4].flatMap((n) => [mc(n, 1), sess(n, 4), mc(n + 1, 2)]), mc(6, 1)],
    });
    expect([d.level, d.change]).toEqual([2, 'hold']);
  });

  it('settled-ambers: three settled ambers below the top level move up one', () => {
    const ev = [2, 4, 6].flatMap((n) => [mc(n, 1), sess(n, 4), mc(n + 1, 2)]);
    const d = decideV2Case({ asOf: 8, events: [setStage(0, 1, 1), ...ev, mc(8, 1)] });
    expect([d.level, d.change]).toEqual([2, 'progress']);
    expect(rules(d)[0]).toBe('settled-ambers');
  });

  it('persistent-amber: three ambers not all settled raise the flag, and a review clears it', () => {
    const ev = [2, 4, 6].flatMap((n) => [mc(n, 1), sess(n, 5), mc(n + 1, 4)]);
    const d = decideV2Case({ asOf: 8, events: [...ev, mc(8, 1)] });
    expect(d.flags).toContain('persistent-amber');
    expect(d.level).toBe(1);
  });

  it('worsening trend needs a recent mean of 2.0: low drift is noise', () => {
    const low = [...[1, 2, 3].map((n) => mc(n, 0)), ...[8, 9, 10].map((n) => mc(n, 1))];
    expect(decideV2Case({ asOf: 10, events: low }).flags).not.toContain('worsening-trend');
    const high = [...[1, 2, 3].map((n) => mc(n, 1)), ...[8, 9, 10].map((n) => mc(n, 2))];
    expect(decideV2Case({ asOf: 10, events: high }).flags).toContain('worsening-trend');
  });

  it('latest gate result counts: a later failed single-leg bridge holds the gate', () => {
    const base = [setStage(0, 2, 4), mc(0, 1), ...greens([10, 12, 14])];
    const pass = decideV2Case({ asOf: 16, events: [...base, lt(13, 'single-leg-bridge', 1, 'left')] });
    expect([pass.stage, pass.change]).toEqual([3, 'advance']);
    const failed = decideV2Case({
      asOf: 16,
      events: [...base, lt(13, 'single-leg-bridge', 1, 'left'), lt(15, 'single-leg-bridge', 5, 'left')],
    });
    expect(failed.stage).toBe(2);
    expect(reason(failed, 'stage-gate-pending')).toContain('was 5/10');
  });

  it('gate tests on the affected side only; both sides need a left and a right pass', () => {
    const base = [setStage(0, 2, 4), mc(0, 1), ...greens([10, 12, 14])];
    expect(decideV2Case({ asOf: 16, events: [...base, lt(13, 'single-leg-bridge', 1, 'right')] }).stage).toBe(
      2,
    );
    const both = { affectedSide: 'both' as const, asOf: 16 };
    expect(decideV2Case({ ...both, events: [...base, lt(13, 'single-leg-bridge', 1, 'left')] }).stage).toBe(
      2,
    );
    expect(
      decideV2Case({
        ...both,
        events: [...base, lt(13, 'single-leg-bridge', 1, 'left'), lt(13, 'single-leg-bridge', 2, 'right')],
      }).stage,
    ).toBe(3);
  });

  it('gate texts: "an arabesque", counted at asOf', () => {
    const d = decideV2Case({ asOf: 10, events: [setStage(0, 3, 4), mc(0, 1), ...greens([2, 4, 6])] });
    const text = reason(d, 'stage-gate-pending');
    expect(text).toContain('an arabesque test');
    expect(text).toContain('11 more days in stage 3 (10 of 21');
  });

  it('entry date changes only with the stage; re-entering a passed stage needs 7 days', () => {
    const ev = [
      setStage(0, 2, 1),
      mc(0, 1),
      sess(3, 7),
      mc(4, 1),
      ...greens([6, 8, 10]),
      lt(10, 'single-leg-bridge', 0, 'left'),
    ];
    // fell to stage 1 level 3 on day 3 (a stage passed), three greens, 7 days since day 3: back to stage 2
    const d = decideV2Case({ asOf: 12, events: ev });
    expect([d.stage, d.level]).toEqual([2, 1]);
  });

  it('repeated-flare: a single flare day with a sore next morning does not fire; two episodes do', () => {
    expect(decideV2Case({ asOf: 4, events: [mc(1, 1), mc(3, 6), mc(4, 4)] }).flags).not.toContain(
      'repeated-flare',
    );
    expect(decideV2Case({ asOf: 6, events: [mc(1, 1), mc(3, 6), mc(4, 4), mc(6, 6)] }).flags).toContain(
      'repeated-flare',
    );
    expect(decideV2Case({ asOf: 5, events: [mc(3, 6), mc(4, 6), mc(5, 6)] }).flags).toContain(
      'repeated-flare',
    );
  });

  it('stage 4 only for runners and sport: others complete at the stage-3 gate', () => {
    const sessions = greens([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
    const ev = [
      setStage(0, 3, 4),
      mc(0, 1),
      ...sessions,
      lt(23, 'platform-bridge', 1, 'left'),
      lt(23, 'arabesque', 1, 'left'),
    ];
    const done = decideV2Case({ asOf: 24, events: ev });
    expect([done.status, done.change, done.plan.mode]).toEqual(['completed', 'advance', 'maintenance']);
    expect(rules(done)[0]).toBe('program-completed');
    const sport = decideV2Case({ asOf: 24, sport: true, events: ev });
    expect([sport.status, sport.stage]).toEqual(['active', 4]);
  });
});
