import { describe, expect, it } from 'vitest';
import { auditSentence, type AuditEntry, type LinkedClinician } from './audit-words';

const lee: LinkedClinician = {
  id: 'c1',
  clinicId: 'k1',
  email: 'dr.lee@clinic.example',
  clinicName: 'City Physio',
  linkedAt: '2026-11-01T10:00:00Z',
};
const entry = (action: string, actorId: string | null = 'c1'): AuditEntry => ({
  id: 1,
  at: '2026-11-30T10:00:00Z',
  actorId,
  actorRole: 'clinician',
  action,
  outcome: 'success',
  route: 'GET /api/v1/patients/:patientId/decision',
  statusCode: 200,
  count: 1,
});

describe('the audit list in words', () => {
  it('says how often a summarized refusal happened', () => {
    const refused: AuditEntry = { ...entry('decision.read'), outcome: 'failure', count: 12 };
    expect(auditSentence(refused, [lee])).toMatch(/viewed your plan \(refused 12 times within the hour\)$/);
    expect(auditSentence({ ...refused, count: 1 }, [lee])).toMatch(/viewed your plan \(refused\)$/);
  });
  it('names the clinician and what they did', () => {
    expect(auditSentence(entry('decision.read'), [lee])).toBe(
      'dr.lee@clinic.example (City Physio), your clinician, viewed your plan',
    );
    expect(auditSentence(entry('notes.write'), [lee])).toMatch(/, your clinician, added a treatment note$/);
  });

  it('says what the patient did themselves: a restore from an export', () => {
    expect(auditSentence({ ...entry('import.write', 'u1'), actorRole: 'patient' }, [lee])).toBe(
      'You restored your record from an export',
    );
  });

  it('says so when the clinician is no longer linked, and never shows a route name', () => {
    const text = auditSentence(entry('timeline.read', 'c9'), [lee]);
    expect(text).toBe('A clinician who is no longer linked to you viewed your history');
    expect(auditSentence(entry('something.new'), [lee])).not.toMatch(/something/);
  });
});
