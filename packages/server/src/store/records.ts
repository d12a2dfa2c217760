/**
 * The records the Store takes and gives. All timestamps are ISO 8601 UTC strings, all calendar days
 * YYYY-MM-DD, all ids UUIDs made by the caller.
 */

export type Role = 'patient' | 'clinician';

/** A protocol id the engine answers (`Case['protocol']`). */
export type ProtocolId = 'pht-v1' | 'pht-v2';

export interface User {
  id: string;
  email: string;
  role: Role;
  /** The patient record this user owns (a self-managed patient), if any. */
  patientId: string | null;
  /** The clinic a clinician works in; null for patients. */
  clinicId: string | null;
}

export interface UserWithPassword extends User {
  passwordHash: string;
}

export type AffectedSide = 'left' | 'right' | 'both';
export type PainCeiling = 3 | 4 | 5;

export interface Profile {
  birthYear: number | null;
  affectedSide: AffectedSide | null;
  runner: boolean;
  /** pht-v2 `patient.sport`: returning to a sport. */
  sport: boolean;
  painCeiling: PainCeiling;
  /** IANA time zone name; the patient's "today" is computed in it. */
  timeZone: string;
}

export interface PatientRecord {
  id: string;
  /** The user who manages this record themselves, or null for a record a clinic manages. */
  ownerUserId: string | null;
  profile: Profile;
  /** The protocol the patient follows: `pht-v2` for everyone since migration 007. */
  protocol: ProtocolId;
  createdAt: string;
}

export interface Screening {
  date: string;
  answers: Record<string, boolean>;
}

/** One event as the server keeps it: the client's id, and the engine event as canonical JSON. */
export interface EventInput {
  id: string;
  date: string;
  type: string;
  /** Canonical JSON of the engine event (sorted keys), so retries compare byte for byte. */
  body: string;
  /** The clinician who records a clinician action (migration 018). */
  authorId?: string;
  /** An event restored from an export: who recorded it and when, in the other account (ADR 133). */
  imported?: ImportedOrigin;
}

/** Where an imported event came from, as text the export gave: it names no account of this server. */
export interface ImportedOrigin {
  /** Who recorded it: the patient, or a clinician's address and clinic; null when the export named no one. */
  by: string | null;
  /** When it was received there (ISO 8601). */
  at: string;
}

export interface StoredEvent extends Omit<EventInput, 'authorId' | 'imported'> {
  receivedAt: string;
  authorId: string | null;
  imported: ImportedOrigin | null;
  /** Set when a clinician marked the event entered in error (ADR 129): kept, but out of the case. */
  enteredInError?: ErrorMark;
}

/** What a clinician said was wrong with an entry, who and when (ADR 129). */
export interface ErrorMark {
  reason: string;
  /** Null once the clinician's account is gone. */
  markedBy: string | null;
  markedByEmail: string | null;
  markedAt: string;
}

export type ErrorTarget = 'event' | 'note';

export interface ErrorMarkInput {
  patientId: string;
  target: ErrorTarget;
  targetId: string;
  reason: string;
  /** Null for a mark restored from an export (ADR 133): its reason then says who marked it. */
  markedBy: string | null;
  markedAt: string;
}

/** `created` false: the entry was marked already, `mark` is the stored one. */
export interface ErrorMarkResult {
  created: boolean;
  mark: ErrorMark;
}

export type AppendResult =
  | {
      ok: true;
      stored: number;
      duplicates: number;
      /**
       * When events were stored: the case as this upload left it (its snapshot marked stale, the patient, the
       * screening), read in its transaction, so that the recomputation it starts need not read it (ADR 235).
       */
      source?: SnapshotSource;
    }
  /** `index` is the position in the batch of an id already stored (or repeated) with other content. */
  | { ok: false; conflictIndex: number };

export interface SessionRecord {
  user: User;
  expiresAt: string;
}

export type AuditOutcome = 'success' | 'failure';

export interface AuditEntryInput {
  at: string;
  actorId: string | null;
  actorRole: Role | null;
  patientId: string;
  action: string;
  route: string;
  outcome: AuditOutcome;
  statusCode: number;
}

export interface AuditEntry extends AuditEntryInput {
  id: number;
  /** How many requests the entry stands for: refused reads are summarized per caller, patient, action, hour. */
  count: number;
  /** The latest of them (the same as `at` for a single request). */
  lastAt: string;
}

/** Failed sign-ins for one e-mail address (ADR 116). */
export interface LoginThrottle {
  failures: number;
  lastFailureAt: string;
  /** Sign-in with this address is refused until then. */
  lockedUntil: string | null;
}

export class EmailTakenError extends Error {
  constructor() {
    super('email already registered');
    this.name = 'EmailTakenError';
  }
}

export interface Clinic {
  id: string;
  name: string;
  createdAt: string;
}

/** A clinician account, in a new clinic or in the clinic of the colleague whose invite it redeems. */
export interface NewClinician {
  userId: string;
  email: string;
  passwordHash: string;
  now: string;
  clinic: { kind: 'new'; id: string; name: string } | { kind: 'invite'; codeHash: string };
}

/** `patient`: links the patient who redeems it to the clinician; `clinician`: a colleague joins the clinic. */
export type InviteKind = 'patient' | 'clinician';

export interface InviteInput {
  /** SHA-256 of the normalised code: the code itself is never stored. */
  codeHash: string;
  kind: InviteKind;
  clinicianId: string;
  now: string;
  expiresAt: string;
  /** A public handle for listing and revoking (migration 012); made by the store when not given. */
  id?: string;
  /** An invite for a named patient: prefilled at sign-up, stored on the record on acceptance. */
  patient?: PatientIdentity;
}

/** A clinician linked to a patient, as the patient sees them. */
export interface LinkedClinician {
  id: string;
  email: string;
  clinicId: string | null;
  clinicName: string | null;
  linkedAt: string;
}

/** What a patient's decision snapshot holds (docs/decisions/105). */
export interface SnapshotValues {
  /** The patient's calendar day the snapshot was computed for. */
  computedFor: string;
  /** The UTC instant that day ends in the patient's time zone: the snapshot is stale from then on. */
  freshUntil: string;
  /** The engine's status, or `incomplete` until the profile and screening are recorded. */
  status: string;
  stage: number | null;
  level: number | null;
  /** The engine's flags as bits, in the protocol's flag order. */
  flags: number;
  /** 0 needs attention most; see `attentionOf`. */
  attention: number;
  /** Days with a morning check, and planned session days with a session, in the 14 days up to `computedFor`. */
  checkIns: number;
  sessions: number;
  /** What was planned in those days (ADR 123), and done against planned in percent (-1: nothing planned). */
  plannedCheckIns?: number;
  plannedSessions?: number;
  adherence?: number;
  /** The latest day with an event, up to `computedFor`. */
  lastActivity: string | null;
  /** The decision as JSON, or null when the case is incomplete. */
  decision: string | null;
  /**
   * The replay checkpoint as JSON (ADR 134), and the day it is for: the next recomputation reads only the
   * events dated after it. Read back only while no write dated on or before that day came since.
   */
  checkpoint?: { day: string; json: string } | null;
}

export interface Snapshot extends Omit<SnapshotValues, 'computedFor'> {
  patientId: string;
  /** Bumped by every write to the case; a snapshot is saved only for the version it was computed from. */
  version: number;
  /** Empty when a write made the snapshot stale. */
  freshUntil: string;
  computedFor: string | null;
  timeZone: string;
}

/** How a snapshot is saved. */
export interface SaveSnapshotOptions {
  /**
   * The values' checkpoint is the one the snapshot row holds, unchanged (read with the version saved for):
   * its columns are left as they are instead of written again (ADR 136).
   */
  keepCheckpoint?: boolean;
}

/**
 * A snapshot with what it is recomputed from besides the event log, read together in one query: the
 * patient (profile and protocol) and their screening, as of the snapshot's version.
 */
export interface SnapshotSource {
  snapshot: Snapshot;
  patient: PatientRecord;
  screening: Screening | undefined;
}

/** What answering today's decision needs of a snapshot: a narrower, cheaper read than `Snapshot`. */
export type DecisionSnapshot = Pick<
  Snapshot,
  'version' | 'freshUntil' | 'computedFor' | 'timeZone' | 'decision'
> & {
  /** The day of the stored replay checkpoint, '' without one: a recomputation may read the later events at once. */
  checkpointDay: string;
};

/** Where a caseload page starts: after this row of the attention order. */
export interface CaseloadKey {
  attention: number;
  lastActivity: string | null;
  patientId: string;
}

export interface CaseloadQuery {
  clinicianId: string;
  limit: number;
  /** Offset paging (`page`), or keyset paging after a row (`cursor`). */
  offset?: number;
  after?: CaseloadKey;
  /** Part of the patient's email or name, any case. */
  search?: string;
  /** Only patients assigned to the clinician. */
  mine?: boolean;
  /** Discharged (archived) patients instead of those under care. */
  discharged?: boolean;
  /** The order (attention by default); other orders page by offset only. `reverse` turns it round. */
  sort?: 'attention' | 'name' | 'stage' | 'flags' | 'adherence' | 'lastActivity';
  reverse?: boolean;
  status?: string;
  /** Only patients with this flag bit. */
  flag?: number;
}

export interface CaseloadRow extends Omit<SnapshotValues, 'computedFor' | 'decision'> {
  patientId: string;
  email: string | null;
  identity: PatientIdentity;
  assigneeId: string | null;
  dischargedAt: string | null;
  computedFor: string | null;
  linkedAt: string;
}

export type NoteKind = 'soft-tissue' | 'taping' | 'dry-needling' | 'education' | 'other';

export interface NoteInput {
  id: string;
  patientId: string;
  /** Null for a note restored from an export: its author is no account of this server. */
  authorId: string | null;
  kind: NoteKind;
  text: string;
  /** The day of the treatment. */
  date: string;
  createdAt: string;
  /** A note restored from an export: who wrote it and when, in the other account (ADR 133). */
  imported?: ImportedOrigin;
}

export interface TreatmentNote extends Omit<NoteInput, 'authorId' | 'imported'> {
  /** Null once the author's account is gone, and for an imported note. */
  authorId: string | null;
  authorEmail: string | null;
  imported: ImportedOrigin | null;
  /** Set when a clinician marked the note entered in error (ADR 129). */
  enteredInError?: ErrorMark;
}

/** Who the patient is (issue 12): each part optional. `dateOfBirth` is YYYY-MM-DD. */
export interface PatientIdentity {
  name: string | null;
  dateOfBirth: string | null;
  /** The clinic's own reference number for the patient. */
  reference: string | null;
}

export type ClinicRole = 'admin' | 'clinician';

/** A clinician of a clinic, as the clinic's team sees them. */
export interface ClinicMember {
  id: string;
  email: string;
  clinicRole: ClinicRole;
  /** Patients of the clinic assigned to them (under care). */
  assigned: number;
  joinedAt: string;
}

/** An invite as the clinic's list shows it (never its code). */
export interface InviteSummary {
  id: string;
  kind: InviteKind;
  clinicianId: string;
  clinicianEmail: string;
  patient: PatientIdentity;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

/** What an invite's page shows before sign-up: the clinic, and the named patient's details to prefill. */
export interface InvitePreview {
  kind: InviteKind;
  clinicName: string;
  patient: PatientIdentity;
  expiresAt: string;
}

/** A clinician's link to a patient: none, under care, or discharged (read-only). */
export type LinkState = 'active' | 'discharged';
/** An e-mail to be sent by the outbox worker (ADR 119). */
export interface MailInput {
  id: string;
  /** The account it concerns, if any (its mail is erased with it). */
  userId: string | null;
  to: string;
  subject: string;
  /** Plain text. */
  body: string;
  /** The one link in the body ('' for none): what the server logs when no SMTP server is configured. */
  link: string;
  /** Not sent before this time. */
  dueAt: string;
}

/**
 * A push notification for every browser an account subscribed (ADR 127): queued as one outbox row per
 * subscription. Plain title and text with no health details, and the app's page to open.
 */
export interface PushInput {
  channel: 'push';
  /** Each subscription's row gets this id with the subscription's id after a slash. */
  id: string;
  userId: string;
  title: string;
  body: string;
  /** A path of the app, such as /check-in. */
  url: string;
  dueAt: string;
}

/** What the outbox sends: a mail, or a push to every browser of an account. */
export type OutboxInput = MailInput | PushInput;

/**
 * What the worker has claimed: send it, then mark it sent or failed. A push row's `to` is its subscription's
 * id, `subject` and `body` the title and text, `link` the page.
 */
export interface ClaimedMail extends MailInput {
  channel: 'email' | 'push';
  /** Counting this one. */
  attempts: number;
}

/** A browser's push subscription (the Push API's endpoint and keys). */
export interface PushSubscriptionInput {
  endpoint: string;
  /** The browser's P-256 public key, base64url (65 bytes). */
  p256dh: string;
  /** The browser's auth secret, base64url (16 bytes). */
  auth: string;
}

export interface StoredPushSubscription extends PushSubscriptionInput {
  id: string;
  userId: string;
}

/** The reminders a patient can choose (ADR 127). */
export const REMINDER_KINDS = ['check-in', 'session-1', 'session-2', 'pain-after', 'run'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface ReminderSetting {
  kind: ReminderKind;
  /** HH:MM in the patient's time zone. */
  time: string;
  /** ISO weekdays (1 Monday .. 7 Sunday); empty: every day. */
  days: readonly number[];
}

/** A reminder due to fire, as the scheduler claims it. */
export interface DueReminder extends ReminderSetting {
  patientId: string;
  userId: string;
  timeZone: string;
  /** When it was due (its fire time). */
  nextAt: string;
}

export type AccountTokenPurpose = 'password-reset' | 'email-change';

export interface AccountTokenInput {
  tokenHash: string;
  purpose: AccountTokenPurpose;
  userId: string;
  /** The address to change to (`email-change`). */
  newEmail: string | null;
  createdAt: string;
  expiresAt: string;
}

/** A message of a patient's thread (ADR 121). `id` is the client's: a repeat is stored once. */
export interface MessageInput {
  id: string;
  patientId: string;
  authorId: string;
  authorRole: 'patient' | 'clinician';
  /** Plain text, shown as text. */
  text: string;
  createdAt: string;
}

export interface Message extends Omit<MessageInput, 'authorId'> {
  /** Null once the author's account is gone. */
  authorId: string | null;
  authorEmail: string | null;
}

/** Messages in a thread that a user has not read (written by others after the user last read it). */
export interface UnreadThread {
  patientId: string;
  unread: number;
}

/**
 * What a clinician can be alerted to (ADR 121): a flag of the protocol newly appearing on a linked patient
 * (`red-flag` at once; `severe-pain`, `nerve-signs` are pht-v2's), a new message from a patient, and a daily
 * digest when any linked patient needs attention.
 */
export const ALERT_KINDS = [
  'red-flag',
  'severe-pain',
  'nerve-signs',
  'repeated-flare',
  'new-message',
  'daily-digest',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
/** What a clinician gets with no choice made. */
export const DEFAULT_ALERTS: readonly AlertKind[] = ['red-flag'];

/** A clinician linked to a patient, with the alerts they chose. */
export interface AlertRecipient {
  clinicianId: string;
  email: string;
  alerts: readonly AlertKind[];
  /** The alerts they get by push (ADR 128). */
  push: readonly AlertKind[];
}

/** A clinician due a daily digest, and how they chose to get it. */
export interface DigestRecipient {
  clinicianId: string;
  email: string;
  byEmail: boolean;
  byPush: boolean;
}

/**
 * The mails and pushes to queue for an event, given the patient's linked clinicians; written in the event's
 * transaction.
 */
export type AlertMails = (recipients: readonly AlertRecipient[]) => OutboxInput[];

/** What a sign-up gave besides the address and password, kept until its link is opened (ADR 125). */
export interface PendingSignupDetails {
  /** A patient's name and date of birth as given (ADR 123). */
  name?: string | null;
  dateOfBirth?: string | null;
  /** The hash of the patient or clinician invite the sign-up came through. */
  inviteCodeHash?: string;
  /** A clinician starting a new clinic. */
  clinicName?: string;
}

export interface PendingSignup {
  tokenHash: string;
  email: string;
  passwordHash: string;
  kind: 'patient' | 'clinician';
  details: PendingSignupDetails;
  createdAt: string;
  expiresAt: string;
}

/** A user's TOTP secret (ADR 126): `enabledAt` null while waiting for the first code. */
export interface TwoFactorRecord {
  secret: string;
  enabledAt: string | null;
  lastStep: number | null;
}

/** A change to how a clinic's accounts sign in, kept for the clinic (ADR 126). */
export interface SecurityEvent {
  at: string;
  actorId: string | null;
  clinicId: string | null;
  action:
    | 'two-factor-enabled'
    | 'two-factor-disabled'
    | 'recovery-code-used'
    | 'clinic-two-factor-required'
    | 'clinic-two-factor-optional';
}
