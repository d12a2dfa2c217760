import { describe, expect, it } from 'vitest';
import { ageOn, birthText, patientLabel } from './clinic-identity';

describe('patient identity text', () => {
  it('counts whole years, a birthday on 29 February included', () => {
    expect(ageOn('1980-02-29', '2026-02-28')).toBe(45);
    expect(ageOn('1980-02-29', '2026-03-01')).toBe(46);
    expect(ageOn('1990-12-01', '2026-12-01')).toBe(36);
  });
  it('writes the date of birth with the age, and nothing without one', () => {
    expect(birthText('1980-02-29', '2026-12-01')).toBe('Born 29 Feb 1980 (46)');
    expect(birthText(null, '2026-12-01')).toBeNull();
  });
  it('labels a patient by name, else e-mail, never by id', () => {
    expect(patientLabel({ name: 'Zoë Łódź' }, 'z@example.org')).toBe('Zoë Łódź');
    expect(patientLabel({ name: null }, 'z@example.org')).toBe('z@example.org');
    expect(patientLabel({ name: null }, null)).toBe('Unnamed patient');
  });
});
