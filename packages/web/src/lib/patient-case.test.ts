import { describe, expect, it } from 'vitest';
import { buildCase, decideLocally, type LocalData } from './patient-case';

const base: LocalData = {
  profile: {
    birthYear: 1985,
    affectedSide: 'left',
    runner: false,
    sport: false,
    painCeiling: 5,
    timeZone: 'UTC',
  },
  screening: {
    date: '2025-03-01',
    answers: {
      'pain-at-sitting-bone': true,
      'worse-when-sitting': true,
      'worse-with-stretch-or-bending': true,
    },
  },
  events: [],
};

describe('deciding on the device', () => {
  it('needs a profile and a screening', () => {
    expect(buildCase({ ...base, screening: undefined }, '2025-03-01')).toBeUndefined();
    expect(decideLocally({ ...base, profile: undefined }, '2025-03-01')).toBeUndefined();
  });

  it('starts a consistent picture at stage 1 level 1', () => {
    const d = decideLocally(base, '2025-03-01');
    expect(d).toMatchObject({ status: 'active', stage: 1, level: 1 });
    expect(d?.plan.exercises.map((e) => e.id)).toContain('bridge-hold');
  });

  it('stops the program on an emergency red flag', () => {
    const data: LocalData = {
      ...base,
      screening: { date: '2025-03-01', answers: { ...base.screening?.answers, 'saddle-numbness': true } },
    };
    const d = decideLocally(data, '2025-03-01');
    expect(d?.status).toBe('emergency');
    expect(d?.plan.advice).toContain('seek-emergency-care');
  });

  it('drops the client ids before deciding and reads the queued events', () => {
    const data: LocalData = {
      ...base,
      events: [{ id: 'a', type: 'session', date: '2025-03-01', painDuring: 2 }],
    };
    const c = buildCase(data, '2025-03-02');
    expect(c?.events).toEqual([{ type: 'session', date: '2025-03-01', painDuring: 2 }]);
    expect(decideLocally(data, '2025-03-02')?.reasons.map((r) => r.rule)).toContain('awaiting-check-in');
  });
});
