import { describe, expect, it } from 'vitest';
import { aboutPatient } from './about-patient.js';

describe('aboutPatient', () => {
  it('speaks about the patient, not to them', () => {
    expect(aboutPatient('Two comfortable sessions in a row at 1.2, so you move up to 1.3.')).toBe(
      'Two comfortable sessions in a row at 1.2, so the patient moves up to 1.3.',
    );
    expect(aboutPatient('You stay at stage 2 while your pain settles.')).toBe(
      'The patient stays at stage 2 while their pain settles.',
    );
    expect(aboutPatient('You are cleared; you have passed; you felt pain; you stretch.')).toBe(
      'The patient is cleared; the patient has passed; the patient felt pain; the patient stretches.',
    );
    expect(aboutPatient("This moves you up; you're at R2 and you'll rest.")).toBe(
      'This moves the patient up; the patient is at R2 and the patient will rest.',
    );
  });

  it('leaves text without "you" alone', () => {
    expect(aboutPatient('Young athletes; the bayou.')).toBe('Young athletes; the bayou.');
  });
});
