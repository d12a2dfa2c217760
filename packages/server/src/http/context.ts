import type { Role } from '../store/store.js';

/**
 * Who may call a route: anyone; any signed-in user; any signed-in clinician; the patient named in the path
 * or a clinician linked to them; only that patient themselves; or only a clinician linked to that patient.
 * Every /api route declares one in its `config.access`.
 */
export type Access = 'public' | 'user' | 'clinician' | 'patient' | 'patient-self' | 'linked-clinician';

/** The access rules of routes under /patients/{patientId}. */
export const PATIENT_SCOPED: readonly Access[] = ['patient', 'patient-self', 'linked-clinician'];

/** How the signed-in user reaches the patient named in the path. */
export type PatientAccess = 'self' | 'clinician';

/** The signed-in user of a request. */
export interface Actor {
  userId: string;
  role: Role;
  patientId: string | null;
  /** The clinic of a clinician; null for patients. */
  clinicId: string | null;
  /** The hash of the session token that authenticated this request. */
  tokenHash: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Audit action name (such as `events.read`) for a patient-scoped route. */
    audit?: string;
    /** A clinician may call it on a patient the clinic discharged (otherwise only reads are allowed). */
    whileDischarged?: boolean;
    /**
     * A clinician may call it before setting up two-factor sign-in that their clinic requires (the
     * two-factor routes themselves); every other clinician route then answers 403 (ADR 126).
     */
    beforeTwoFactor?: boolean;
    /**
     * Starts the route's first read beside the session's (ADR 233): called with the request before its session
     * and access are known, so it may only begin a read whose result the handler uses once access is granted.
     */
    readEarly?: (request: FastifyRequest) => void;
  }
  interface FastifyRequest {
    actor: Actor | null;
    patientAccess: PatientAccess | null;
  }
}
