import { phtV1, type CaseEvent } from '@hamstring-rehab/engine';
import { describe, expect, it } from 'vitest';
import { typicalScreening } from '../../test/fixtures.js';
import type { PatientData } from '../cases/patient-case.js';
import { ALL_FLAGS } from '../cases/attention.js';
import {
  ATTENTION_ORDER,
  attentionOf,
  computeSnapshot,
  flagBit,
  flagsFromBits,
  NO_ATTENTION,
} from './compute-snapshot.js';

const profile = {
  birthYear: 1985,
  affectedSide: null,
  runner: false,
  painCeiling: 5,
  timeZone: 'UTC',
  sport: false,
} as const;

function data(events: CaseEvent[], withScreening = true): PatientData {
  return {
    profile,
    screening: withScreening ? typicalScreening : undefined,
    events: events.map((event, i) => ({ id: String(i), event })),
  };
}

describe('computeSnapshot', () => {
  it('ranks attention: red flag, severe pain, nerve signs, repeated flare, worsening, persistent amber, off-plan running, missing check-ins, stalled, flare, then the rest', () => {
    expect(attentionOf(['red-flag', 'severe-pain', 'flare'])).toBe(0);
    expect(attentionOf(['repeated-flare', 'severe-pain', 'nerve-signs'])).toBe(1);
    expect(attentionOf(['nerve-signs', 'repeated-flare'])).toBe(2);
    expect(attentionOf(['repeated-flare', 'flare', 'worsening-trend'])).toBe(3);
    expect(attentionOf(['flare', 'persistent-amber', 'worsening-trend'])).toBe(4);
    expect(attentionOf(['persistent-amber', 'off-plan-running'])).toBe(5);
    expect(attentionOf(['off-plan-running', 'missing-check-ins'])).toBe(6);
    expect(attentionOf(['missing-check-ins', 'stalled'])).toBe(7);
    expect(attentionOf(['stalled', 'flare'])).toBe(8);
    expect(attentionOf(['flare'])).toBe(9);
    expect(attentionOf([])).toBe(NO_ATTENTION);
    expect(NO_ATTENTION).toBe(10);
    expect([...ATTENTION_ORDER].sort()).toEqual([...ALL_FLAGS].sort());
  });

  it('keeps every flag of the contract on its own bit, the first release’s six bits unchanged', () => {
    const bits = ALL_FLAGS.map(flagBit);
    expect(new Set(bits).size).toBe(ALL_FLAGS.length);
    expect(bits.every((b) => b > 0)).toBe(true);
    // stored by the first release: pht-v1's flag order
    expect(phtV1.flagOrder.map(flagBit)).toEqual([1, 2, 4, 8, 16, 32]);
    expect(flagsFromBits(flagBit('stalled') | flagBit('red-flag'))).toEqual(['red-flag', 'stalled']);
    expect(flagsFromBits(flagBit('severe-pain') | flagBit('off-plan-running'))).toEqual([
      'severe-pain',
      'off-plan-running',
    ]);
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
