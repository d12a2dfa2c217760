import { describe, expect, it } from 'vitest';
import {
  TYPICAL,
  clear,
  decideV2Case,
  greens,
  ids,
  mc,
  reason,
  review,
  rules,
  sess,
  setStage,
  sym,
} from '../../../test/kit.js';

/** pht-v2 section 2 (screening, later symptoms, clearance) and the clinician `review` action. */
describe('pht-v2 screening and clearance (PROTOCOL.md section 2)', () => {
  it('nerve-signs: new tingling blocks moving up and removes high hip-flexion exercises until a review', () => {
    const events = [setStage(0, 3, 2), mc(0, 1), sym(1, { 'tingling-below-knee': true }), ...greens([2, 4])];
    const d = decideV2Case({ asOf: 6, events });
    expect(d.flags).toContain('nerve-signs');
    expect(d.plan.advice).toContain('seek-clinician');
    expect([d.stage, d.level]).toEqual([3, 2]);
    expect(rules(d)).toContain('progress-blocked-nerve-signs');
    expect(ids(d)).not.toContain('single-leg-rdl');
    const reviewed = decideV2Case({
      asOf: 6,
      events: [...events.slice(0, 3), review(1), ...events.slice(3)],
    });
    expect(reviewed.flags).not.toContain('nerve-signs');
    expect(reviewed.level).toBe(3);
  });

  it('nerve-signs: low back pain alone raises the flag but neither blocks nor changes the plan', () => {
    const d = decideV2Case({
      asOf: 6,
      events: [setStage(0, 3, 2), mc(0, 1), sym(1, { 'low-back-pain': true }), ...greens([2, 4])],
    });
    expect(d.flags).toContain('nerve-signs');
    expect(d.level).toBe(3);
    expect(ids(d)).toContain('single-leg-rdl');
  });

  it('later symptoms mean new or worse: answering no never lowers a status or clears a flag', () => {
    const d = decideV2Case({
      asOf: 5,
      events: [sym(1, { 'tingling-below-knee': true }), sym(3, { 'tingling-below-knee': false })],
    });
    expect(d.flags).toContain('nerve-signs');
    const cleared = decideV2Case({
      asOf: 5,
      events: [sym(1, { 'fever-or-unwell': true }), clear(2), sym(3, { 'fever-or-unwell': false })],
    });
    expect(cleared.status).toBe('active');
  });

  it('a red flag mid-programme says "before going on", never "before starting"', () => {
    const d = decideV2Case({ asOf: 3, events: [sym(3, { 'fever-or-unwell': true })] });
    expect(d.status).toBe('medical-review');
    expect(reason(d, 'red-flag-medical')).toContain('before going on');
    expect(d.plan.mode).toBe('stopped');
  });

  it('restart-after-red-flag: cleared after an emergency mid-programme restarts at stage 1 level 1', () => {
    const d = decideV2Case({
      asOf: 20,
      events: [setStage(0, 3, 2), sym(5, { 'saddle-numbness': true }), clear(20)],
    });
    expect([d.status, d.stage, d.level, d.change]).toEqual(['active', 1, 1, 'regress']);
    expect(rules(d)).toEqual(expect.arrayContaining(['clinician-cleared', 'restart-after-red-flag']));
  });

  it('resume-after-clearance: after a medical review, one level down plus one per full 14 days since the last session', () => {
    const d = decideV2Case({
      asOf: 40,
      events: [setStage(0, 2, 3), mc(9, 1), sess(10, 1), sym(12, { 'fever-or-unwell': true }), clear(40)],
    });
    // 30 days since the session: 1 + 2 levels down from stage 2 level 3
    expect([d.stage, d.level, d.change]).toEqual([1, 3, 'regress']);
    expect(reason(d, 'resume-after-clearance')).toContain('11 March');
  });

  it('age from the screening date: born 16 years before the screening stays assessment-needed next year', () => {
    const d = decideV2Case({ asOf: 400, birthYear: 2010 });
    expect(d.status).toBe('assessment-needed');
    expect(reason(d, 'pattern-atypical')).toContain('born 2010');
    expect(decideV2Case({ asOf: 400, birthYear: 2010, events: [clear(401 - 10)] }).status).toBe('active');
  });

  it('pain at both sitting bones is not a red flag (answer pain-both-sides)', () => {
    const d = decideV2Case({ asOf: 1, answers: { ...TYPICAL, 'pain-both-sides': true } });
    expect(d.status).toBe('active');
  });

  it('clinician-review: a review changes nothing and acknowledges repeated-flare', () => {
    const flares = [mc(1, 1), mc(2, 6), mc(4, 7)];
    expect(decideV2Case({ asOf: 5, events: flares }).flags).toContain('repeated-flare');
    const d = decideV2Case({ asOf: 5, events: [...flares, review(5)] });
    expect(d.flags).not.toContain('repeated-flare');
    expect([d.change, rules(d)[0]]).toEqual(['none', 'clinician-review']);
  });
});
