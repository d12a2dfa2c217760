import { describe, expect, it } from 'vitest';
import { decide } from '../../index.js';
import {
  caseOf,
  clear,
  day,
  decideV2Case,
  greens,
  mc,
  reason,
  review,
  rules,
  run,
  sess,
  setStage,
} from '../../../test/kit.js';

/** pht-v2 section 3 (pain monitoring) and the rows of section 13 that change it. Day 0 is the screening. */
describe('pht-v2 judging a session (PROTOCOL.md section 3)', () => {
  it('red at once: pain during above the ceiling is judged red on the day, never pending', () => {
    const d = decideV2Case({ asOf: 4, events: [setStage(0, 2, 1), mc(0, 1), sess(4, 6)] });
    expect([d.stage, d.level, d.change]).toEqual([1, 3, 'regress']);
    expect(rules(d)).toContain('response-red');
    expect(rules(d)).not.toContain('awaiting-check-in');
    expect(reason(d, 'response-red')).toContain('6/10 during the session on 5 March');
    expect(d.plan.mode).toBe('pain-relief');
  });

  it('day E: a band is final two days on, so a 48-hour flare is not shown as a green the day before', () => {
    const events = [setStage(0, 1, 2), mc(2, 1), sess(2, 2), mc(3, 1), mc(4, 7)];
    const before = decideV2Case({ asOf: 3, events });
    expect(rules(before)).toContain('awaiting-check-in');
    expect([before.level, before.change]).toEqual([2, 'progress']);
    const after = decideV2Case({ asOf: 4, events });
    expect([after.level, after.change]).toEqual([1, 'regress']);
    expect(reason(after, 'response-red')).toContain('7/10 on 5 March, 48 hours after');
  });

  it('day E is the next day when a session follows on it (no 48-hour check then)', () => {
    const d = decideV2Case({ asOf: 3, events: [mc(2, 1), sess(2, 2), mc(3, 1), sess(3, 2)] });
    expect(rules(d)[0]).toBe('response-green');
  });

  it('second counts when next is missing: a 48-hour score above the ceiling is red', () => {
    const d = decideV2Case({ asOf: 4, events: [setStage(0, 1, 2), mc(2, 1), sess(2, 2), mc(4, 6)] });
    expect([d.level, d.change]).toEqual([1, 'regress']);
  });

  it('second counts when next is missing: a 48-hour 4/10 is amber, never green', () => {
    const d = decideV2Case({ asOf: 4, events: [mc(2, 1), sess(2, 2), mc(4, 4)] });
    expect(rules(d)[0]).toBe('response-amber');
  });

  it('settle rule: next at baseline + 2 is settled (green); baseline + 3 is amber', () => {
    const calm = decideV2Case({ asOf: 4, events: [mc(2, 0), sess(2, 1), mc(3, 2), mc(4, 0)] });
    expect(rules(calm)[0]).toBe('response-green');
    const sore = decideV2Case({ asOf: 4, events: [mc(2, 0), sess(2, 1), mc(3, 3), mc(4, 0)] });
    expect(rules(sore)[0]).toBe('response-amber');
    expect(reason(sore, 'response-amber')).toContain('baseline of 0/10');
  });

  it('baseline is the last morning check in replay order on or before the session day', () => {
    const d = decideV2Case({ asOf: 4, events: [mc(2, 3), mc(2, 0), sess(2, 1), mc(3, 3), mc(4, 0)] });
    expect(rules(d)[0]).toBe('response-amber');
  });

  it('morning flare: a morning above the ceiling gives the pain-relief plan with no session before', () => {
    const d = decideV2Case({ asOf: 3, events: [mc(2, 1), mc(3, 6)] });
    expect(d.plan.mode).toBe('pain-relief');
    expect(d.flags).toContain('flare');
    expect(d.plan.advice).toContain('flare-rest');
    expect(d.plan.exercises.map((e) => e.id)).toEqual(['isometric-leg-curl']);
    expect(reason(d, 'morning-flare')).toContain('6/10');
    expect(reason(d, 'morning-flare')).toContain('4 March');
  });
});

describe('pht-v2 severe pain (section 3)', () => {
  it('severe-pain: 9/10 during a session holds the pain-relief plan until a clinician event, with no expiry', () => {
    const events = [setStage(0, 2, 2), mc(0, 1), sess(2, 9), ...[3, 4, 5, 10, 20, 30].map((n) => mc(n, 0))];
    const d = decideV2Case({ asOf: 30, events });
    expect(d.flags).toContain('severe-pain');
    expect(d.plan.mode).toBe('pain-relief');
    expect(d.plan.advice).toContain('seek-clinician');
    expect(rules(d)).toContain('progress-blocked-severe-pain');
    const seen = decideV2Case({ asOf: 30, events: [...events, review(29)] });
    expect(seen.flags).not.toContain('severe-pain');
    expect(seen.plan.mode).not.toBe('pain-relief');
  });

  it('severe-pain from a run pauses running until a clinician acts (pausedUntil is asOf)', () => {
    const events = [
      setStage(0, 2, 1),
      mc(0, 1),
      {
        type: 'load-test' as const,
        date: day(0),
        test: 'single-leg-bridge' as const,
        pain: 1,
        side: 'left' as const,
      },
      run(3, 8),
      mc(4, 1),
      mc(9, 1),
    ];
    const d = decideV2Case({ asOf: 9, runner: true, events });
    expect(d.flags).toContain('severe-pain');
    expect(d.plan.running?.pausedUntil).toBe(day(9));
  });

  it('severe-pain from a morning 8+ holds the flag 14 days until three calm mornings; its pain-relief days are the day and the next', () => {
    const events = [mc(1, 1), mc(2, 8), ...[3, 4, 5, 6, 14, 15, 16, 17].map((n) => mc(n, 1))];
    expect(decideV2Case({ asOf: 3, events }).plan.mode).toBe('pain-relief');
    const d4 = decideV2Case({ asOf: 4, events });
    expect(d4.plan.mode).toBe('training');
    expect(d4.flags).toContain('severe-pain');
    expect(decideV2Case({ asOf: 15, events }).flags).toContain('severe-pain');
    expect(decideV2Case({ asOf: 16, events }).flags).not.toContain('severe-pain');
  });

  it('severe-pain: a clinician event ends the flag but not the pain-relief days of a morning 8+', () => {
    const d = decideV2Case({ asOf: 3, events: [mc(1, 1), mc(2, 9), review(3), mc(3, 2)] });
    expect(d.flags).not.toContain('severe-pain');
    expect(d.plan.mode).toBe('pain-relief');
  });
});

describe('pht-v2 counted sessions (section 3)', () => {
  it('session-on-rest-day: at stage 2 a green the day after a counted session does not count, and the plan says rest', () => {
    const events = [
      setStage(0, 2, 1),
      mc(0, 1),
      ...[2, 3, 4, 5, 6, 7].flatMap((n) => [sess(n, 1), mc(n + 1, 1)]),
    ];
    const d = decideV2Case({ asOf: 4, events });
    expect(d.level).toBe(1);
    expect(rules(d)[0]).toBe('session-on-rest-day');
    expect(decideV2Case({ asOf: 5, events }).level).toBe(2);
    expect(decideV2Case({ asOf: 3, events: events.slice(0, 4) }).plan.mode).toBe('rest-day');
  });

  it('stage 1 counts every session: daily greens move up at the daily pace', () => {
    const d = decideV2Case({
      asOf: 6,
      events: [mc(1, 1), ...[2, 3, 4].flatMap((n) => [sess(n, 1), mc(n + 1, 1)])],
    });
    expect(d.level).toBe(2);
    expect(d.plan.sessionsPerDay).toBe(2);
  });

  it('a session of isometric holds only is light work and not counted', () => {
    const light = {
      type: 'session' as const,
      date: day(2),
      painDuring: 1,
      exercises: [{ id: 'isometric-leg-curl' }],
    };
    const d = decideV2Case({
      asOf: 4,
      events: [setStage(0, 2, 1), mc(0, 1), mc(2, 1), light, mc(3, 1), mc(4, 1)],
    });
    expect(rules(d)[0]).toBe('session-on-rest-day');
  });

  it('the history of a red is dated on its day E with its reasons (decide with history)', () => {
    const c = caseOf({ protocol: 'pht-v2', asOf: 6, events: [setStage(0, 1, 2), ...greens([2]), mc(4, 6)] });
    const h = decide(c, { history: true }).history ?? [];
    expect(h[h.length - 1]).toMatchObject({ date: day(4), change: 'regress', rules: ['response-red'] });
  });

  it('clear-screening while active changes nothing', () => {
    expect(decideV2Case({ asOf: 3, events: [clear(3)] }).change).toBe('none');
  });
});
