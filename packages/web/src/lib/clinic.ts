import type { CaseEvent, Decision, FlagId } from '@hamstring-rehab/engine';

/** One patient of the caseload, as GET /api/v1/clinician/patients answers. */
export interface CaseloadEntry {
  patientId: string;
  email: string | null;
  status: CaseStatus;
  stage: number | null;
  level: number | null;
  flags: string[];
  attention: number;
  adherence: {
    checkIns: number;
    sessions: number;
    days: number;
    plannedCheckIns: number;
    plannedSessions: number;
    /** Done against planned; null when nothing was planned. */
    percent: number | null;
  };
  lastActivity: string | null;
  computedFor: string | null;
  linkedAt: string;
  /** Who the patient is, and the clinic's care of them (issue 12). */
  name: string | null;
  dateOfBirth: string | null;
  reference: string | null;
  assigneeId: string | null;
  mine: boolean;
  dischargedAt: string | null;
}

export interface CaseloadPage {
  patients: CaseloadEntry[];
  total: number;
  limit: number;
  page: number | null;
  nextCursor: string | null;
  hasMore: boolean;
}

export type CaseStatus = Decision['status'] | 'incomplete';
export type NoteKind = 'soft-tissue' | 'taping' | 'dry-needling' | 'education' | 'other';

export interface TreatmentNote {
  id: string;
  kind: NoteKind;
  text: string;
  date: string;
  authorId: string | null;
  authorEmail: string | null;
  createdAt: string;
  /** Set when a clinician marked the note entered in error (kept, struck through). */
  enteredInError?: ErrorMark;
}

/** What a clinician said was wrong with an entry, who and when (server ADR 129). */
export interface ErrorMark {
  reason: string;
  markedBy: string | null;
  markedByEmail: string | null;
  markedAt: string;
}

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
export type TimelineItem =
  | { kind: 'event'; date: string; event: CaseEvent & { id: string }; enteredInError?: ErrorMark }
  | { kind: 'note'; date: string; note: TreatmentNote }
  | {
      kind: 'decision';
      date: string;
      change: Decision['change'];
      stage: number | null;
      level: number | null;
      runningLevel: number | null;
      rules: string[];
      /** The reasons of that day's decision (servers before pht-v2 sent none). */
      reasons?: string[];
      protocol?: string;
    };

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
