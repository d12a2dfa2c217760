import { describe, expect, it } from 'vitest';
import { flagLabel, stageText } from './clinic';
import { eventText, timelineText } from './clinic-events';

describe('clinic labels', () => {
  it('names flags and stages for people', () => {
    expect(flagLabel('repeated-flare')).toBe('Repeated flare');
    expect(flagLabel('new-flag')).toBe('new-flag');
    expect(stageText(2, 3)).toBe('Stage 2 · Level 3');
    expect(stageText(null, null)).toBe('—');
  });
});

describe('eventText', () => {
  it('describes load tests, VISA-H and clinician actions', () => {
    expect(
      eventText({ type: 'load-test', date: '2026-03-02', test: 'arabesque', pain: 2, side: 'left' }),
    ).toBe('Arabesque test (left): pain 2/10');
    expect(eventText({ type: 'function-check', date: '2026-03-02', score: 64, instrument: 'visa-h' })).toBe(
      'VISA-H: 64/100',
    );
    expect(
      eventText({
        type: 'clinician',
        date: '2026-03-02',
        action: 'set-stage',
        stage: 2,
        level: 1,
        note: 'ok',
      }),
    ).toBe('Clinician: Set the stage to stage 2 level 1');
  });
  it('gives a clinician action its note and a decision its rules', () => {
    const item = {
      kind: 'event' as const,
      date: '2026-03-02',
      event: {
        id: 'x',
        type: 'clinician' as const,
        date: '2026-03-02',
        action: 'clear-screening' as const,
        note: 'Seen',
      },
    };
    expect(timelineText(item)).toEqual({ title: 'Clinician: Cleared the screening', detail: 'Note: Seen' });
    expect(
      timelineText({
        kind: 'decision',
        date: '2026-03-02',
        change: 'regress',
        stage: 1,
        level: 2,
        runningLevel: null,
        rules: ['flare'],
      }),
    ).toEqual({ title: 'Engine: regress · stage 1 level 2', detail: 'Rules: flare' });
    expect(
      timelineText({
        kind: 'decision',
        date: '2026-03-02',
        change: 'regress',
        stage: 1,
        level: 1,
        runningLevel: null,
        rules: ['response-red'],
        reasons: ['Pain 7/10 during the session on 2 March is above your ceiling of 5.'],
        protocol: 'pht-v2',
      }),
    ).toEqual({
      title: 'Engine (pht-v2): regress · stage 1 level 1',
      detail: 'Pain 7/10 during the session on 2 March is above your ceiling of 5.',
    });
  });

  it('shows a patient’s note under their session, and nothing under a session without one', () => {
    const session = { id: 's', type: 'session' as const, date: '2026-03-02', painDuring: 3 };
    expect(
      timelineText({ kind: 'event', date: '2026-03-02', event: { ...session, note: 'A twinge' } }),
    ).toEqual({
      title: 'Session: pain during 3/10',
      detail: 'Patient’s note: A twinge',
    });
    expect(timelineText({ kind: 'event', date: '2026-03-02', event: session })).toEqual({
      title: 'Session: pain during 3/10',
    });
  });
});
