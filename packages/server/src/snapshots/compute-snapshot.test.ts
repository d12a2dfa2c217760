import { phtV1, type CaseEvent } from '@hamstring-rehab/engine';
import { describe, expect, it } from 'vitest';
import { typicalScreening } from '../../test/fixtures.js';
import type { PatientData } from '../routes/patients/patient-case.js';
import { attentionOf, computeSnapshot, flagBit, flagsFromBits, NO_ATTENTION } from './compute-snapshot.js';

const profile = {
  birthYear: 1985,
  affectedSide: null,
  runner: false,
  painCeiling: 5,
  timeZone: 'UTC',
} as const;

function data(events: CaseEvent[], withScreening = true): PatientData {
  return {
    profile,
    screening: withScreening ? typicalScreening : undefined,
    events: events.map((event, i) => ({ id: String(i), event })),
  };
}

describe('computeSnapshot', () => {
  it('ranks attention: red flag, repeated flare, worsening, missing check-ins, stalled, flare, then the rest', () => {
    expect(attentionOf(['red-flag', 'flare'])).toBe(0);
    expect(attentionOf(['repeated-flare', 'flare'])).toBe(1);
    expect(attentionOf(['flare', 'worsening-trend'])).toBe(2);
    expect(attentionOf(['missing-check-ins'])).toBe(3);
    expect(attentionOf(['stalled', 'flare'])).toBe(4);
    expect(attentionOf(['flare'])).toBe(5);
    expect(attentionOf([])).toBe(NO_ATTENTION);
  });

  it('keeps flags as distinct bits and reads them back in protocol order', () => {
    const bits = phtV1.flagOrder.map(flagBit);
    expect(new Set(bits).size).toBe(phtV1.flagOrder.length);
    expect(flagsFromBits(flagBit('stalled') | flagBit('red-flag'))).toEqual(['red-flag', 'stalled']);
    expect(flagsFromBits(0)).toEqual([]);
  });

  it('counts check-in days and sessions in the last 14 days, and the latest activity up to today', () => {
    const events: CaseEvent[] = [
      { type: 'morning-check', date: '2026-02-20', score: 1 },
      { type: 'morning-check', date: '2026-02-25', score: 1 },
      { type: 'morning-check', date: '2026-03-01', score: 1 },
      { type: 'morning-check', date: '2026-03-01', score: 2 },
      { type: 'session', date: '2026-03-01', painDuring: 1 },
      { type: 'session', date: '2026-03-01', painDuring: 1 },
      { type: 'session', date: '2026-03-12', painDuring: 1 },
    ];
    const { values, decision, missing } = computeSnapshot(data(events), new Date('2026-03-10T08:00:00Z'));
    expect(values).toMatchObject({
      computedFor: '2026-03-10',
      freshUntil: '2026-03-11T00:00:00.000Z',
      checkIns: 2,
      plannedCheckIns: 14,
      // distinct session days on planned days (ADR 123): two sessions on one day count once
      sessions: 1,
      plannedSessions: 14,
      adherence: 11,
      lastActivity: '2026-03-01',
      status: decision?.status,
    });
    expect(missing).toBeNull();
    expect(JSON.parse(values.decision ?? 'null')).toEqual(decision);
  });

  it('says what is missing for an incomplete case', () => {
    const { values, decision, missing } = computeSnapshot(data([], false), new Date('2026-03-10T08:00:00Z'));
    expect(decision).toBeNull();
    expect(missing).toBe('a screening is needed first: PUT .../screening');
    expect(values).toMatchObject({
      status: 'incomplete',
      stage: null,
      flags: 0,
      attention: NO_ATTENTION,
      decision: null,
    });
  });
});
