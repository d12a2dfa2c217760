import { describe, expect, it } from 'vitest';
import { clear, decideCase, mc, reason, rules, sess, setStage, sym, TYPICAL } from '../../test/kit.js';

describe('screening (PROTOCOL.md section 2)', () => {
  it.each([
    'saddle-numbness',
    'bladder-bowel-change',
    'both-legs-symptoms',
    'progressive-leg-weakness',
  ] as const)('red-flag-emergency: %s stops the program with seek-emergency-care', (id) => {
    const d = decideCase({ asOf: 0, answers: { ...TYPICAL, [id]: true } });
    expect(d.status).toBe('emergency');
    expect(d.stage).toBeNull();
    expect(d.level).toBeNull();
    expect(rules(d)).toContain('red-flag-emergency');
    expect(d.flags).toContain('red-flag');
    expect(d.plan.advice).toEqual(['seek-emergency-care']);
    expect(d.plan.exercises).toEqual([]);
    expect(reason(d, 'red-flag-emergency')).toContain(id.replace(/-/g, ' '));
  });

  it.each(['sudden-onset-with-pop', 'thigh-bruising'] as const)(
    'red-flag-avulsion: %s is an urgent referral',
    (id) => {
      const d = decideCase({ asOf: 0, answers: { ...TYPICAL, [id]: true } });
      expect(d.status).toBe('urgent-referral');
      expect(rules(d)).toContain('red-flag-avulsion');
      expect(reason(d, 'red-flag-avulsion')).toMatch(/6 weeks/);
      expect(d.flags).toContain('red-flag');
      expect(d.plan.advice).toEqual(['seek-clinician']);
    },
  );

  it.each(['cancer-history', 'unexplained-weight-loss', 'constant-night-pain', 'fever-or-unwell'] as const)(
    'red-flag-medical: %s needs a medical review',
    (id) => {
      const d = decideCase({ asOf: 0, answers: { ...TYPICAL, [id]: true } });
      expect(d.status).toBe('medical-review');
      expect(rules(d)).toContain('red-flag-medical');
      expect(d.flags).toContain('red-flag');
      expect(d.plan.exercises).toEqual([]);
    },
  );

  it.each(['tingling-below-knee', 'low-back-pain'] as const)(
    'pattern-atypical: %s needs an assessment',
    (id) => {
      const d = decideCase({ asOf: 0, answers: { ...TYPICAL, [id]: true } });
      expect(d.status).toBe('assessment-needed');
      expect(rules(d)).toContain('pattern-atypical');
      expect(d.flags).not.toContain('red-flag');
      expect(d.plan.advice).toEqual(['seek-clinician']);
    },
  );

  it('pattern-atypical: fewer than 3 features', () => {
    const d = decideCase({ asOf: 0, answers: { 'pain-at-sitting-bone': true, 'worse-when-sitting': true } });
    expect(d.status).toBe('assessment-needed');
    expect(reason(d, 'pattern-atypical')).toContain('only 2 of the 6');
  });

  it('pattern-atypical: a patient younger than 16 at asOf', () => {
    expect(decideCase({ asOf: 0, birthYear: 2011 }).status).toBe('assessment-needed');
    expect(decideCase({ asOf: 0, birthYear: 2010 }).status).toBe('active');
  });

  it('pattern-consistent: 3 features and no red flag start the program', () => {
    const d = decideCase({
      asOf: 0,
      answers: {
        'pain-at-sitting-bone': true,
        'worse-when-sitting': true,
        'worse-with-running-or-lunging': true,
      },
    });
    expect(d.status).toBe('active');
    expect(rules(d)).toEqual(['pattern-consistent', 'start-stage-1']);
    expect(d.change).toBe('start');
  });

  it('a missing answer counts as false', () => {
    expect(decideCase({ asOf: 0, answers: {} }).status).toBe('assessment-needed');
    expect(decideCase({ asOf: 0, answers: { ...TYPICAL, 'saddle-numbness': false } }).status).toBe('active');
  });

  it('precedence: the most serious outcome wins', () => {
    const all = {
      'saddle-numbness': true,
      'thigh-bruising': true,
      'cancer-history': true,
      'low-back-pain': true,
    } as const;
    expect(decideCase({ asOf: 0, answers: all }).status).toBe('emergency');
    expect(decideCase({ asOf: 0, answers: { ...all, 'saddle-numbness': false } }).status).toBe(
      'urgent-referral',
    );
    expect(decideCase({ asOf: 0, answers: { 'cancer-history': true, 'low-back-pain': true } }).status).toBe(
      'medical-review',
    );
  });

  it('symptoms: a red flag later moves the status at once, from that day', () => {
    const events = [mc(1, 1), sess(2, 2), mc(3, 1), sym(5, { 'bladder-bowel-change': true })];
    expect(decideCase({ asOf: 4, events }).status).toBe('active');
    const d = decideCase({ asOf: 5, events });
    expect(d.status).toBe('emergency');
    expect(d.stage).toBeNull();
    expect(d.plan.advice).toEqual(['seek-emergency-care']);
    expect(reason(d, 'red-flag-emergency')).toContain('6 March');
  });

  it('symptoms: no red flag changes nothing', () => {
    const d = decideCase({
      asOf: 5,
      events: [sym(5, { 'low-back-pain': true, 'pain-at-sitting-bone': true })],
    });
    expect(d.status).toBe('active');
  });

  it('clinician-cleared: clear-screening after an atypical screening starts the program that day', () => {
    const d = decideCase({ asOf: 4, answers: { ...TYPICAL, 'low-back-pain': true }, events: [clear(3)] });
    expect(d.status).toBe('active');
    expect(d.stage).toBe(1);
    expect(d.level).toBe(1);
    expect(rules(d).slice(0, 2)).toEqual(['clinician-cleared', 'start-stage-1']);
    expect(d.change).toBe('start');
  });

  it('clinician-cleared: after a later red flag the program resumes where it was', () => {
    const events = [setStage(2, 2, 3), sym(4, { 'thigh-bruising': true }), clear(6)];
    expect(decideCase({ asOf: 5, events }).status).toBe('urgent-referral');
    const d = decideCase({ asOf: 7, events });
    expect(d.status).toBe('active');
    expect([d.stage, d.level]).toEqual([2, 3]);
    expect(d.flags).not.toContain('red-flag');
  });

  it('clinician-cleared: a stage set before clearing is where the program starts', () => {
    const d = decideCase({
      asOf: 4,
      answers: { ...TYPICAL, 'low-back-pain': true },
      events: [setStage(2, 2, 1), clear(3)],
    });
    expect([d.status, d.stage, d.level, d.change]).toEqual(['active', 2, 1, 'start']);
    expect(rules(d)).toEqual(['clinician-cleared']);
    expect((d as { stageStarted?: string }).stageStarted).toBe('2026-03-04');
  });

  it('clinician-cleared: a clearance dated before the screening changes nothing', () => {
    const d = decideCase({
      asOf: 10,
      screeningDay: 5,
      answers: { ...TYPICAL, 'low-back-pain': true },
      events: [clear(1)],
    });
    expect(d.status).toBe('assessment-needed');
    expect(d.stage).toBeNull();
    expect(reason(d, 'clinician-cleared')).toMatch(/comes before the screening/);
  });

  it('sessions logged while the program is stopped are not judged', () => {
    const d = decideCase({
      asOf: 8,
      answers: { ...TYPICAL, 'low-back-pain': true },
      events: [mc(1, 1), sess(2, 9), mc(3, 9), clear(5)],
    });
    expect(d.status).toBe('active');
    expect(d.change).toBe('start');
    expect(d.flags).not.toContain('flare');
  });
});
