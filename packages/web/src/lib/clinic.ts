import type { FlagId } from '@hamstring-rehab/engine';
import type { ApiOk } from './api-types';

/** One page of the caseload, as GET /api/v1/clinician/patients answers (types from the API's schemas). */
export type CaseloadPage = ApiOk<'GET /clinician/patients'>;
export type CaseloadEntry = CaseloadPage['patients'][number];
export type CaseStatus = CaseloadEntry['status'];

export type TreatmentNote = ApiOk<'GET /patients/{patientId}/notes'>['notes'][number];
export type NoteKind = TreatmentNote['kind'];

/** Where a restored entry came from, as text its export gave: who recorded it (null: no one named) and when. */
export type ImportedOrigin = NonNullable<TreatmentNote['imported']>;

/** What a clinician said was wrong with an entry, who and when (server ADR 129). */
export type ErrorMark = NonNullable<TreatmentNote['enteredInError']>;

/** The timeline's filter kinds, as the server takes them, with their labels. */
export const TIMELINE_KINDS = {
  pain: 'Pain and check-ins',
  sessions: 'Sessions',
  runs: 'Runs',
  tests: 'Tests',
  notes: 'Treatment notes',
  clinician: 'Overrides and reviews',
  decisions: 'Decisions',
} as const;
export type TimelineKind = keyof typeof TIMELINE_KINDS;

/** One row of GET /api/v1/patients/{id}/timeline. */
export type TimelineItem = ApiOk<'GET /patients/{patientId}/timeline'>['items'][number];

export const STATUS_LABELS: Record<CaseStatus, string> = {
  emergency: 'Emergency',
  'urgent-referral': 'Urgent referral',
  'medical-review': 'Medical review',
  'assessment-needed': 'Assessment needed',
  active: 'Active',
  completed: 'Completed',
  incomplete: 'Not set up yet',
};

export const FLAG_LABELS: Record<FlagId, string> = {
  'red-flag': 'Red flag',
  'repeated-flare': 'Repeated flare',
  flare: 'Flare',
  'worsening-trend': 'Worsening trend',
  'missing-check-ins': 'Missing check-ins',
  stalled: 'Stalled',
  'severe-pain': 'Severe pain',
  'nerve-signs': 'Nerve signs',
  'persistent-amber': 'Persistent amber',
  'off-plan-running': 'Off-plan running',
};

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  'soft-tissue': 'Soft tissue work',
  taping: 'Taping',
  'dry-needling': 'Dry needling',
  education: 'Education',
  other: 'Other',
};

/** A readable flag name; an unknown id is shown as it is. */
export function flagLabel(id: string): string {
  return (FLAG_LABELS as Record<string, string | undefined>)[id] ?? id;
}

/** Flags that need a clinician soon, shown in the alarm colour. */
export const isUrgentFlag = (id: string): boolean =>
  id === 'red-flag' || id === 'severe-pain' || id === 'nerve-signs' || id === 'repeated-flare';

/** "Stage 2 · Level 3", or a dash before the program starts. */
export function stageText(stage: number | null, level: number | null): string {
  if (stage === null) return '—';
  return level === null ? `Stage ${stage}` : `Stage ${stage} · Level ${level}`;
}
