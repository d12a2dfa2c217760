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
        reasons: [],
      }),
    ).toEqual({ title: 'Decision: Moved down: stage 1, level 2' });
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
      title: 'Decision: Moved down: stage 1, level 1',
      detail: 'Pain 7/10 during the session on 2 March is above your ceiling of 5.',
    });
  });

  it('says what a hold and a clinician’s review did in words, never rule ids', () => {
    const hold = {
      kind: 'decision' as const,
      date: '2026-03-02',
      change: 'hold' as const,
      stage: 2,
      level: 1,
      runningLevel: 2,
      rules: ['response-amber'],
      reasons: ['Pain 4/10: acceptable but watched.', 'Three in a row move you up.'],
    };
    expect(timelineText(hold)).toEqual({
      title: 'Decision: Stayed at stage 2, level 1, running level 2',
      detail: 'Pain 4/10: acceptable but watched.\nThree in a row move you up.',
    });
    expect(timelineText({ ...hold, change: 'none', reasons: [] }).title).toBe(
      'Decision: No change to the plan (stage 2, level 1, running level 2)',
    );
  });

  it('names exercises with sets, reps, holds and load, runs, sitting and symptoms', () => {
    const session = {
      id: 's',
      type: 'session' as const,
      date: '2026-03-02',
      painDuring: 2,
      exercises: [
        { id: 'bridge-hold', sets: 5, holdSeconds: 30 },
        { id: 'unknown-x', sets: 1, reps: 8, loadKg: 12.5 },
      ],
      note: 'Line one\nline two',
    };
    expect(timelineText({ kind: 'event', date: '2026-03-02', event: session })).toEqual({
      title: 'Session: pain during 2/10',
      detail:
        'Bridge hold: 5 sets × 30 s hold\nunknown-x: 1 set × 8 reps, 12.5 kg\nPatient’s note: Line one\nline two',
    });
    expect(
      eventText({ type: 'run', date: '2026-03-02', kind: 'intervals', minutes: 25, km: 4.5, painDuring: 1 }),
    ).toBe('Run: intervals, 25 min, 4.5 km, pain 1/10');
    expect(eventText({ type: 'sitting', date: '2026-03-02', minutes: 240 })).toBe(
      'Sitting: 240 minutes in the day',
    );
    const symptoms = timelineText({
      kind: 'event',
      date: '2026-03-02',
      event: {
        id: 'y',
        type: 'symptoms',
        date: '2026-03-02',
        answers: { 'thigh-bruising': true, 'saddle-numbness': false },
      },
    });
    expect(symptoms.title).toBe('Symptom check: 1 reported');
    expect(symptoms.detail).toBe(
      'Reported: bruising on the back of your thigh\nNot reported: numbness or tingling around your genitals, anus or inner buttocks (the saddle area)',
    );
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
