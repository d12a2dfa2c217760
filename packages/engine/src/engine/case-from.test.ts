import { describe, expect, it } from 'vitest';
import { day, mc, TYPICAL } from '../../test/kit.js';
import { validateCase } from '../validate/validate-case.js';
import { caseFrom, type CaseSource } from './case-from.js';
import { decide } from './decide.js';

const source: CaseSource = {
  protocol: 'pht-v2',
  profile: { birthYear: 1980, affectedSide: null, runner: true, sport: false, painCeiling: 4 },
  screening: { date: day(0), answers: TYPICAL },
  events: [mc(1, 2)],
};

describe('caseFrom', () => {
  it('builds a valid case, leaving out an unknown side and a false sport', () => {
    const c = caseFrom(source, day(2));
    expect(c).toEqual({
      protocol: 'pht-v2',
      asOf: day(2),
      patient: { birthYear: 1980, runner: true, painCeiling: 4 },
      screening: { date: day(0), answers: TYPICAL },
      events: [mc(1, 2)],
    });
    expect(c === undefined ? null : validateCase(c).ok).toBe(true);
  });

  it('keeps a known side and a sport', () => {
    const c = caseFrom(
      { ...source, profile: { ...source.profile, affectedSide: 'left', sport: true } },
      day(2),
    );
    expect(c?.patient).toEqual({
      birthYear: 1980,
      runner: true,
      painCeiling: 4,
      sport: true,
      affectedSide: 'left',
    });
  });

  it('is undefined until the birth year and the screening are known', () => {
    expect(caseFrom({ ...source, profile: { ...source.profile, birthYear: null } }, day(2))).toBeUndefined();
    expect(caseFrom({ ...source, screening: undefined }, day(2))).toBeUndefined();
  });

  it('gives a decision that carries the ceiling in force and the day the stage started', () => {
    const c = caseFrom(source, day(2));
    if (c === undefined) throw new Error('no case');
    const d = decide(c);
    expect(d.painCeiling).toBe(4);
    expect(d.stageStarted === null || /^\d{4}-\d{2}-\d{2}$/.test(d.stageStarted)).toBe(true);
  });
});
