import type { ColumnType, Generated } from 'kysely';

/** The tables, as Kysely sees them. Booleans are 0/1 on SQLite and true/false on PostgreSQL. */
export interface Database {
  users: UsersTable;
  patients: PatientsTable;
  clinician_patients: ClinicianPatientsTable;
  screenings: ScreeningsTable;
  events: EventsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  clinics: ClinicsTable;
  invites: InvitesTable;
  patient_snapshots: PatientSnapshotsTable;
  treatment_notes: TreatmentNotesTable;
  erasures: ErasuresTable;
  login_throttle: LoginThrottleTable;
  outbox: OutboxTable;
  account_tokens: AccountTokensTable;
  pending_signups: PendingSignupsTable;
  two_factor: TwoFactorTable;
  recovery_codes: RecoveryCodesTable;
  login_challenges: LoginChallengesTable;
  security_events: SecurityEventsTable;
  messages: MessagesTable;
  message_reads: MessageReadsTable;
  alert_preferences: AlertPreferencesTable;
  push_keys: PushKeysTable;
  push_subscriptions: PushSubscriptionsTable;
  push_reminders: PushRemindersTable;
  entered_in_error: EnteredInErrorTable;
}

/** Entries marked entered in error (migration 016, ADR 129). */
export interface EnteredInErrorTable {
  patient_id: string;
  target: 'event' | 'note';
  target_id: string;
  reason: string;
  marked_by: string | null;
  marked_at: string;
}

/** The server's VAPID key pair (migration 015): one row, id 'vapid'. */
export interface PushKeysTable {
  id: string;
  public_key: string;
  private_key: string;
  created_at: string;
}

/** Browsers that agreed to notifications, by account (migration 015). */
export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: string;
}

/** A patient's reminder times and when each fires next (migration 015). */
export interface PushRemindersTable {
  patient_id: string;
  kind: string;
  /** HH:MM in the patient's time zone. */
  local_time: string;
  /** ISO weekdays (1 Monday .. 7 Sunday) separated by commas; '' for every day. */
  days: string;
  /** The UTC instant it fires next. */
  next_at: string;
}

/** Which alerts each clinician gets by e-mail (migration 013). */
export interface AlertPreferencesTable {
  clinician_id: string;
  /** JSON list of alert kinds. */
  email: string;
  /** JSON list of alert kinds sent by push (migration 015); null: the default. */
  push: ColumnType<string | null, string | null | undefined, string | null>;
  updated_at: string;
}

/** Secure messages, one thread per patient (migration 013). */
export interface MessagesTable {
  id: string;
  patient_id: string;
  author_id: string | null;
  author_role: 'patient' | 'clinician';
  text: string;
  created_at: string;
}

/** How far each user has read each thread (migration 013). */
export interface MessageReadsTable {
  patient_id: string;
  user_id: string;
  read_at: string;
}

/**
 * Mail and push notifications waiting to be sent, or sent (migration 011). A push row's `recipient` is its
 * subscription's id, `subject` and `body` the notification's title and text, `link` the page it opens.
 */
export interface OutboxTable {
  id: string;
  channel: 'email' | 'push';
  user_id: string | null;
  recipient: string;
  subject: string;
  body: string;
  link: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: ColumnType<number, number | undefined, number>;
  created_at: string;
  due_at: string;
  claimed_until: string | null;
  /** The token of the claim that holds it. */
  claimed_by: string | null;
  sent_at: string | null;
  last_error: string | null;
}

/** Password-reset and e-mail-change links, hashed (migration 011). */
export interface AccountTokensTable {
  token_hash: string;
  purpose: 'password-reset' | 'email-change';
  user_id: string;
  new_email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Sign-ups waiting for their mailed link (migration 014, ADR 125). */
export interface PendingSignupsTable {
  token_hash: string;
  email: string;
  password_hash: string;
  kind: 'patient' | 'clinician';
  /** JSON: PendingSignupDetails. */
  details: string;
  created_at: string;
  expires_at: string;
}

/** Failed sign-ins per e-mail address (migration 010). */
export interface LoginThrottleTable {
  email: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: 'patient' | 'clinician';
  created_at: string;
  clinic_id: string | null;
  /** A clinician's role in their clinic (migration 012). */
  clinic_role: ColumnType<'admin' | 'clinician' | null, 'admin' | 'clinician' | null | undefined>;
}

export interface PatientsTable {
  id: string;
  /** The internal integer key other tables refer to the patient by (migration 020); `id` stays the public one. */
  key: Generated<number>;
  owner_user_id: string | null;
  birth_year: number | null;
  affected_side: 'left' | 'right' | 'both' | null;
  runner: number | boolean;
  sport: ColumnType<number | boolean, number | boolean | undefined, number | boolean>;
  pain_ceiling: number;
  time_zone: string;
  created_at: string;
  updated_at: string;
  /** Who the patient is (migration 012). */
  full_name: ColumnType<string | null, string | null | undefined>;
  date_of_birth: ColumnType<string | null, string | null | undefined>;
  clinic_ref: ColumnType<string | null, string | null | undefined>;
  /** The protocol the patient follows (migration 007); `pht-v2` by default. */
  protocol: ColumnType<string, string | undefined, string>;
}

export interface ClinicianPatientsTable {
  clinician_id: string;
  patient_id: string;
  created_at: string;
  /** Copies of the patient's snapshot sort keys, for the caseload index. */
  attention: ColumnType<number, number | undefined, number>;
  last_activity: ColumnType<string, string | undefined, string>;
  fresh_until: ColumnType<string, string | undefined, string>;
  /** Copies of the snapshot's status and flags, for the caseload filters (migration 005). */
  status: ColumnType<string, string | undefined, string>;
  flags: ColumnType<number, number | undefined, number>;
  /** The patient's e-mail address, lower-cased, for the caseload search (migration 006). */
  email: ColumnType<string, string | undefined, string>;
  /** The patient's name, lower-cased, for the caseload search (migration 012). */
  name: ColumnType<string, string | undefined, string>;
  /** The clinician of the clinic responsible for the patient; "mine" is assignee_id = clinician_id. */
  assignee_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** '' while under the clinic's care; when discharged (read-only), the time. */
  discharged_at: ColumnType<string, string | undefined, string>;
}

export interface ScreeningsTable {
  patient_id: string;
  date: string;
  answers: string;
  updated_at: string;
}

/**
 * The event log, compact (migration 020, ADR 135): by the patient's integer key, the client's UUID in 16 bytes,
 * the day as a date, the time as a timestamp, the body without its `date` and `type` (`event-codec.ts`).
 * SQLite keeps the id as a blob, the day as days since 1970 and the time as milliseconds; PostgreSQL as
 * `uuid`, `date` and `timestamptz` (read back as text).
 */
export interface EventsTable {
  seq: Generated<number | string>;
  patient_key: number;
  id: string | Buffer;
  date: string | number;
  type: string;
  body: string;
  received_at: string | number;
  /** Migration 018: the clinician who recorded a clinician action here. */
  author_id: string | null;
  /** Migration 018: JSON `{"by","at"}` for an event restored from an export. */
  imported: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  id: Generated<number | string>;
  at: string;
  actor_id: string | null;
  actor_role: 'patient' | 'clinician' | null;
  patient_id: string;
  action: string;
  route: string;
  outcome: 'success' | 'failure';
  status_code: number;
  /** How many requests the row stands for: refused reads are summarized per caller, patient, action, hour. */
  count: ColumnType<number, number | undefined, number>;
  last_at: ColumnType<string | null, string | undefined, string>;
  summary_key: ColumnType<string | null, string | undefined, string>;
}

export interface ClinicsTable {
  id: string;
  name: string;
  created_at: string;
  /** Migration 014: 1 when the clinic's admin requires two-factor sign-in of its clinicians. */
  require_two_factor: ColumnType<number, number | undefined, number>;
}

/** A clinician's TOTP secret (migration 014, ADR 126); enabled once a code confirmed it. */
export interface TwoFactorTable {
  user_id: string;
  secret: string;
  created_at: string;
  enabled_at: string | null;
  /** The last 30-second step whose code was accepted: a code works once. */
  last_step: number | null;
}

export interface RecoveryCodesTable {
  code_hash: string;
  user_id: string;
  used_at: string | null;
}

/** A password accepted, waiting for the second factor. */
export interface LoginChallengesTable {
  token_hash: string;
  user_id: string;
  expires_at: string;
  attempts: ColumnType<number, number | undefined, number>;
}

export type SecurityAction =
  | 'two-factor-enabled'
  | 'two-factor-disabled'
  | 'recovery-code-used'
  | 'clinic-two-factor-required'
  | 'clinic-two-factor-optional';

/** Changes to how a clinic's accounts sign in (migration 014). */
export interface SecurityEventsTable {
  id: string;
  at: string;
  actor_id: string | null;
  clinic_id: string | null;
  action: SecurityAction;
}

export interface InvitesTable {
  code_hash: string;
  kind: 'patient' | 'clinician';
  clinician_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
  /** Migration 012: a public handle, the named patient it is for, and when it was revoked. */
  id: ColumnType<string | null, string | undefined>;
  patient_name: ColumnType<string | null, string | null | undefined>;
  patient_dob: ColumnType<string | null, string | null | undefined>;
  patient_ref: ColumnType<string | null, string | null | undefined>;
  revoked_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PatientSnapshotsTable {
  patient_id: string;
  version: ColumnType<number, number | undefined, number>;
  fresh_until: ColumnType<string, string | undefined, string>;
  claimed_until: ColumnType<string, string | undefined, string>;
  computed_for: string | null;
  status: ColumnType<string, string | undefined, string>;
  stage: number | null;
  level: number | null;
  flags: ColumnType<number, number | undefined, number>;
  attention: ColumnType<number, number | undefined, number>;
  check_ins: ColumnType<number, number | undefined, number>;
  sessions: ColumnType<number, number | undefined, number>;
  /** Migration 012: planned check-ins and sessions in the window, and done against planned (-1: none). */
  planned_check_ins: ColumnType<number, number | undefined, number>;
  planned_sessions: ColumnType<number, number | undefined, number>;
  adherence: ColumnType<number, number | undefined, number>;
  last_activity: ColumnType<string, string | undefined, string>;
  decision: string | null;
  updated_at: string | null;
  /** Migration 019: the engine's checkpoint (JSON) and its day; '' when there is none or it no longer holds. */
  checkpoint: ColumnType<string | null, string | null | undefined, string | null>;
  checkpoint_day: ColumnType<string, string | undefined, string>;
}

export interface TreatmentNotesTable {
  id: string;
  patient_id: string;
  author_id: string | null;
  kind: 'soft-tissue' | 'taping' | 'dry-needling' | 'education' | 'other';
  text: string;
  date: string;
  created_at: string;
  /** Migration 018: JSON `{"by","at"}` for a note restored from an export. */
  imported: string | null;
}

/** The erasure ledger (migration 009): ids only. */
export interface ErasuresTable {
  patient_id: string;
  user_id: string | null;
  erased_at: string;
}
