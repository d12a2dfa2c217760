import { describe, expect, it } from 'vitest';
import { caseOf, mc } from '../../test/kit.js';
import { formatProblem, toFieldPath, validateCase, validateEvent } from './validate-case.js';

const messages = (input: unknown): string[] => {
  const v = validateCase(input);
  return v.ok ? [] : v.problems.map(formatProblem);
};

describe('validateCase: case.schema.json plus real dates, one problem per field', () => {
  it('accepts a valid case', () => {
    expect(validateCase(caseOf({ asOf: 3, events: [mc(1, 2)] })).ok).toBe(true);
  });

  it('names the field path of a bad event value', () => {
    const c = caseOf({
      asOf: 3,
      events: [mc(0, 1), mc(1, 2), mc(2, 2), { type: 'morning-check', date: '2026-03-04', score: 11 }],
    });
    expect(messages(c)).toEqual(['events[3].score: must be at most 10']);
  });

  it('refuses impossible dates, naming the field', () => {
    expect(messages({ ...caseOf({ asOf: 0 }), asOf: '2026-02-30' })).toEqual([
      'asOf: 2026-02-30 is not a real date',
    ]);
    const c = caseOf({ asOf: 3, events: [{ type: 'sitting', date: '2026-13-01', minutes: 20 }] });
    expect(messages(c)).toEqual(['events[0].date: 2026-13-01 is not a real date']);
    expect(messages({ ...caseOf({ asOf: 0 }), asOf: '1 March' })).toEqual([
      'asOf: must be a date written YYYY-MM-DD',
    ]);
  });

  it('refuses an unknown protocol', () => {
    expect(messages({ ...caseOf({ asOf: 0 }), protocol: 'pht-v0' })).toEqual([
      'protocol: must be one of "pht-v1", "pht-v2"',
    ]);
  });

  it('lists every problem, not just the first', () => {
    const bad = {
      protocol: 'pht-v1',
      asOf: '2026-03-01',
      patient: { birthYear: 1850, runner: 'yes' },
      screening: { date: '2026-03-01', answers: { 'sore-bum': true } },
      events: [
        { type: 'session', date: '2026-03-01' },
        { type: 'nap', date: '2026-03-01' },
      ],
      extra: 1,
    };
    expect(messages(bad).sort()).toEqual(
      [
        'extra: is not a known field',
        'patient.birthYear: must be at least 1900',
        'patient.runner: must be boolean',
        'screening.answers: has an unknown answer id "sore-bum"',
        'events[0].painDuring: is required',
        'events[1].type: must be one of "session", "morning-check", "run", "load-test", "sitting", "symptoms", "function-check", "clinician"',
      ].sort(),
    );
  });

  it('names missing top-level fields', () => {
    expect(messages({ protocol: 'pht-v1' }).sort()).toEqual(
      ['asOf: is required', 'events: is required', 'patient: is required', 'screening: is required'].sort(),
    );
    expect(messages(null)).toEqual(['must be object']);
  });

  it('refuses fields an event type does not have', () => {
    const c = caseOf({
      asOf: 1,
      events: [{ type: 'morning-check', date: '2026-03-01', score: 2, painDuring: 3 } as never],
    });
    expect(messages(c)).toEqual(['events[0].painDuring: is not a known field']);
  });

  it('validateEvent: one event, paths relative to it', () => {
    const v = validateEvent({ type: 'run', date: '2026-02-29', minutes: 0, kind: 'jog', painDuring: 2 });
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.problems.map(formatProblem).sort()).toEqual(
        [
          'date: 2026-02-29 is not a real date',
          'kind: must be one of "easy", "tempo", "intervals", "hills", "sprints"',
          'minutes: must be more than 0',
        ].sort(),
      );
    }
    expect(validateEvent({ type: 'morning-check', date: '2026-03-01', score: 3 }).ok).toBe(true);
  });

  it('toFieldPath turns JSON pointers into field paths', () => {
    expect(toFieldPath('/events/3/score')).toBe('events[3].score');
    expect(toFieldPath('')).toBe('');
    expect(toFieldPath('/screening/answers/a~1b')).toBe('screening.answers.a/b');
  });
});
