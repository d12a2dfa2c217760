import type { Case, CaseEvent } from '@hamstring-rehab/engine';

/** The signed-in user, as GET /api/v1/me answers. */
export interface Me {
  id: string;
  role: 'patient' | 'clinician';
  patientId?: string;
  /** A clinician's clinic, their role in it and their e-mail (GET /api/v1/me). */
  clinicId?: string;
  clinicName?: string;
  clinicRole?: 'admin' | 'clinician';
  email?: string;
  /** A clinician's two-factor sign-in: on, and required by the clinic (ADR 126). */
  twoFactor?: { enabled: boolean; required: boolean };
}

/** The patient's profile, as the server stores it. */
export interface Profile {
  birthYear: number | null;
  affectedSide: 'left' | 'right' | 'both' | null;
  runner: boolean;
  /** pht-v2 `patient.sport`: returning to a sport (older servers leave it out). */
  sport?: boolean;
  painCeiling: 3 | 4 | 5;
  timeZone: string;
  /** The protocol the patient follows (read only; absent from an older server: the current one). */
  protocol?: 'pht-v1' | 'pht-v2';
}

export type Screening = Case['screening'];

/** An event with the client UUID it is stored under. */
export type IdentifiedEvent = CaseEvent & { id: string };

/** An event waiting on the device to be uploaded. */
export interface QueuedEvent {
  id: string;
  event: CaseEvent;
  queuedAt: number;
}
