/**
 * The one storage interface of the server. Routes and plugins talk to this, never to SQL.
 * `KyselyStore` implements it on SQLite (embedded, the default) and PostgreSQL (several app servers).
 * All timestamps are ISO 8601 UTC strings; all ids are UUIDs made by the caller.
 */

import type {
  DigestRecipient,
  DueReminder,
  OutboxInput,
  PushSubscriptionInput,
  ReminderKind,
  ReminderSetting,
  StoredPushSubscription,
  AccountTokenInput,
  AccountTokenPurpose,
  AlertKind,
  AlertMails,
  AppendResult,
  ClaimedMail,
  MailInput,
  PendingSignup,
  SecurityEvent,
  TwoFactorRecord,
  Message,
  MessageInput,
  UnreadThread,
  AuditEntry,
  AuditEntryInput,
  CaseloadQuery,
  CaseloadRow,
  Clinic,
  ClinicMember,
  ClinicRole,
  InvitePreview,
  InviteSummary,
  LinkState,
  PatientIdentity,
  EventInput,
  ErrorMarkInput,
  ErrorMarkResult,
  InviteInput,
  LinkedClinician,
  LoginThrottle,
  NewClinician,
  NoteInput,
  PatientRecord,
  Profile,
  Screening,
  SessionRecord,
  DecisionSnapshot,
  SaveSnapshotOptions,
  Snapshot,
  SnapshotSource,
  SnapshotValues,
  StoredEvent,
  TreatmentNote,
  User,
  UserWithPassword,
} from './records.js';

export * from './records.js';

export interface Store {
  /** Creates a patient user and the patient record they manage, in one transaction. */
  createSelfManagedPatient(input: {
    userId: string;
    patientId: string;
    email: string;
    passwordHash: string;
    now: string;
  }): Promise<User>;
  /**
   * Creates a clinician, with a new clinic or in the clinic of the colleague whose `clinician` invite it
   * redeems (single use, unexpired at `now`), in one transaction. Undefined when the invite is not valid;
   * throws EmailTakenError.
   */
  createClinician(input: NewClinician): Promise<User | undefined>;
  getClinic(clinicId: string): Promise<Clinic | undefined>;
  findUserByEmail(email: string): Promise<UserWithPassword | undefined>;
  findUserById(id: string): Promise<UserWithPassword | undefined>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;

  /** Failed sign-ins for an e-mail address (normalized), whether or not it has an account. */
  getLoginThrottle(email: string): Promise<LoginThrottle | undefined>;
  /**
   * Counts one more failed sign-in, atomically; a run whose last failure is older than `forgetBefore` starts
   * again. The new count.
   */
  recordLoginFailure(input: { email: string; now: string; forgetBefore: string }): Promise<number>;
  /** Refuses sign-in with the address until `until` (a row recordLoginFailure made). */
  lockLogin(email: string, until: string): Promise<void>;
  /** Forgets the address's failures (a successful sign-in). */
  clearLoginFailures(email: string): Promise<void>;

  createSession(input: { tokenHash: string; userId: string; now: string; expiresAt: string }): Promise<void>;
  /** The session's user, when the session exists and has not expired at `now`. */
  findSession(tokenHash: string, now: string): Promise<SessionRecord | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Revokes every session of the user except the one given. */
  deleteOtherSessions(userId: string, keepTokenHash: string): Promise<number>;
  deleteExpiredSessions(now: string): Promise<number>;

  /**
   * Links a clinician to a patient, so that the clinician may see the patient's data (and has them in their
   * caseload). Idempotent.
   */
  linkClinician(input: { clinicianId: string; patientId: string; now: string }): Promise<void>;
  isLinkedClinician(clinicianId: string, patientId: string): Promise<boolean>;
  /** Removes a link; false when there was none. */
  unlinkClinician(clinicianId: string, patientId: string): Promise<boolean>;
  /** The clinicians linked to the patient, earliest link first. */
  listPatientClinicians(patientId: string): Promise<LinkedClinician[]>;
  /** Stores an invite; false when its code hash is already taken (make another code). */
  createInvite(invite: InviteInput): Promise<boolean>;
  /**
   * Redeems a `patient` invite, single use and unexpired at `now`, and links the patient to the inviting
   * clinician, in one transaction. The inviting clinician's id, or undefined when the invite is not valid.
   */
  acceptPatientInvite(input: {
    codeHash: string;
    patientId: string;
    now: string;
  }): Promise<string | undefined>;

  /** The clinician's link to the patient: under care, discharged (read-only), or undefined when none. */
  linkState(clinicianId: string, patientId: string): Promise<LinkState | undefined>;
  /** The clinic's invites, newest first. */
  listInvites(clinicId: string, limit: number): Promise<InviteSummary[]>;
  /** Revokes an unused invite of the clinic; false when there is none. */
  revokeInvite(input: { clinicId: string; inviteId: string; now: string }): Promise<boolean>;
  /** A usable invite's clinic and named patient; undefined when unknown, used, revoked or expired at `now`. */
  previewInvite(codeHash: string, now: string): Promise<InvitePreview | undefined>;

  /** The clinician's clinic and role, read from the database (not a session). */
  getClinicMember(userId: string): Promise<{ clinicId: string; clinicRole: ClinicRole } | undefined>;
  listClinicTeam(clinicId: string): Promise<ClinicMember[]>;
  /**
   * Removes a clinician from the clinic at once (links, open invites; the clinic keeps its patients, assigned
   * to `byId`); false when not a member.
   */
  removeClinicMember(input: {
    clinicId: string;
    memberId: string;
    byId: string;
    now: string;
  }): Promise<boolean>;
  /** Makes a clinician of the clinic responsible for the patient; false when they are not a member. */
  assignPatient(input: { clinicId: string; patientId: string; assigneeId: string }): Promise<boolean>;
  /** Discharges (`at` a time) or takes back (`at` '') a patient of the clinic. */
  setDischarged(input: { clinicId: string; patientId: string; at: string }): Promise<void>;

  /** The clinic's care of the patient as the clinician's link records it: who is responsible, discharged. */
  getCare(
    clinicianId: string,
    patientId: string,
  ): Promise<
    { assigneeId: string | null; assigneeEmail: string | null; dischargedAt: string | null } | undefined
  >;
  getIdentity(patientId: string): Promise<PatientIdentity | undefined>;
  /** Also updates the name's search copy on the patient's links, in the same transaction. */
  setIdentity(patientId: string, identity: PatientIdentity, now: string): Promise<void>;

  getPatient(patientId: string): Promise<PatientRecord | undefined>;
  /** The writes to a case (profile, screening, events) also mark its snapshot stale, in their transaction. */
  setProfile(patientId: string, profile: Profile, now: string): Promise<void>;
  getScreening(patientId: string): Promise<Screening | undefined>;
  setScreening(patientId: string, screening: Screening, now: string): Promise<void>;
  /**
   * Stores a batch of events exactly once, all or nothing: an id already stored with the same body is
   * skipped; an id stored (or repeated in the batch) with a different body stores nothing.
   */
  appendEvents(patientId: string, events: readonly EventInput[], now: string): Promise<AppendResult>;
  /** The patient's events by date; events of one day keep the order they were received in. */
  listEvents(patientId: string): Promise<StoredEvent[]>;
  /** The patient's events dated after `date` (ISO day), in `listEvents` order: what follows a replay checkpoint. */
  listEventsAfter(patientId: string, date: string): Promise<StoredEvent[]>;
  /**
   * `listEventsAfter` with the snapshot version they belong to (read so that events and marks agree on it):
   * read beside `getSnapshotSource`, they hold when the two versions are equal. Undefined without a snapshot
   * (or when writes kept landing between the reads).
   */
  listEventsAfterAt(
    patientId: string,
    date: string,
  ): Promise<{ version: number; events: StoredEvent[] } | undefined>;
  /** Stores the note once: false (nothing stored) when its id is already used (a retried request). */
  addNote(note: NoteInput): Promise<boolean>;
  /** The patient's treatment notes by date, then in the order written. */
  listNotes(patientId: string): Promise<TreatmentNote[]>;
  /**
   * Marks one of the patient's events or notes entered in error, once (ADR 129); undefined when the patient has
   * no such entry. Nothing is deleted. Marking an event marks the patient's snapshot stale.
   */
  markEnteredInError(input: ErrorMarkInput): Promise<ErrorMarkResult | undefined>;
  /**
   * Erases the patient and all their data, and their user account when they manage it themselves, and
   * records the erasure (ids only, with `now`) so that a restore of an older backup erases them again (ADR 112).
   */
  erasePatient(patientId: string, now: string): Promise<void>;

  /** The patient's decision snapshot, with their time zone. */
  getSnapshot(patientId: string): Promise<Snapshot | undefined>;
  /**
   * The snapshot with the patient's profile and screening, in one read (what a recomputation starts from,
   * with the events); undefined when there is no such patient.
   */
  getSnapshotSource(patientId: string): Promise<SnapshotSource | undefined>;
  /**
   * The fields of the snapshot that answer a decision request (the request path's read). `now` (ISO) is for
   * a store that keeps recent reads in memory.
   */
  getDecisionSnapshot(patientId: string, now: string): Promise<DecisionSnapshot | undefined>;
  /**
   * Saves a snapshot computed from `version` of the case, with its sort keys on every clinician link, in one
   * transaction; false (nothing saved) when the case has changed since. `alerts` is given the flag bits that
   * this snapshot sets and the last one did not; the mails it makes for the patient's linked clinicians are
   * queued in the same transaction (ADR 121).
   */
  saveSnapshot(
    patientId: string,
    version: number,
    values: SnapshotValues,
    now: string,
    alerts?: (newFlags: number) => AlertMails | undefined,
    options?: SaveSnapshotOptions,
  ): Promise<boolean>;
  /**
   * Claims up to `limit` stale snapshots (changed, or computed for a day that has ended) that no other
   * process has claimed, oldest first, until `claimUntil`. Several servers may sweep at once.
   */
  claimStaleSnapshots(now: string, claimUntil: string, limit: number): Promise<string[]>;
  /** Up to `limit` of the clinician's patients whose snapshot is stale: changed ones first. */
  staleCaseload(clinicianId: string, now: string, limit: number): Promise<string[]>;
  /** A page of the clinician's linked patients, most in need of attention first, and how many match. */
  listCaseload(query: CaseloadQuery): Promise<{ rows: CaseloadRow[]; total: number }>;

  /**
   * Writes nothing when the patient does not exist (unknown or erased ids leave no rows). A `failure` entry (a
   * refused request) is summarized: one row per actor, patient, action and hour, whose count goes up, instead
   * of a row each (ADR 116).
   */
  writeAudit(entry: AuditEntryInput): Promise<void>;
  /** Several entries in one statement (a clinician's caseload page: one per patient listed). */
  writeAuditBatch(entries: readonly AuditEntryInput[]): Promise<void>;
  /** Newest first. */
  listAudit(patientId: string, limit: number): Promise<AuditEntry[]>;

  /**
   * Stores a message once (ADR 121): a repeat of its id with the same patient, author and text is the stored
   * message (`created` false); with anything else, `conflict` and nothing stored. A new message's `alerts` (for
   * the patient's linked clinicians) are queued in its transaction.
   */
  addMessage(
    input: MessageInput,
    alerts?: AlertMails,
  ): Promise<{ message: Message; created: boolean } | 'conflict'>;
  /** The patient's thread, oldest first. */
  listMessages(patientId: string): Promise<Message[]>;
  /** The user has read the patient's thread up to `now`. */
  markMessagesRead(patientId: string, userId: string, now: string): Promise<void>;
  /** Unread messages per thread the user can read (own record, linked patients); threads with none left out. */
  unreadMessages(userId: string): Promise<UnreadThread[]>;

  /** The alerts the clinician chose to get by e-mail and by push (DEFAULT_ALERTS until they choose). */
  getAlertPreferences(clinicianId: string): Promise<{ email: AlertKind[]; push: AlertKind[] }>;
  /** Sets the e-mail choice, and the push choice when given. */
  setAlertPreferences(
    clinicianId: string,
    kinds: { email: readonly AlertKind[]; push?: readonly AlertKind[] | undefined },
    now: string,
  ): Promise<void>;
  /**
   * Queues `day`'s digest for each clinician who chose `daily-digest` (by e-mail or push) and has a linked
   * patient with a flag; at most one per clinician, channel and day, however often and on however many servers
   * it runs. How many outbox rows were new.
   */
  queueDigests(
    day: string,
    now: string,
    itemsFor: (clinician: DigestRecipient) => OutboxInput[],
  ): Promise<number>;

  /** The VAPID keys kept in the database, made with `make` on first use (ADR 127). */
  ensureVapidKeys(
    make: () => { publicKey: string; privateKey: string },
    now: string,
  ): Promise<{ publicKey: string; privateKey: string }>;
  /** Stores a browser's push subscription for the account (the newest `keep` kept). Its id. */
  savePushSubscription(input: {
    id: string;
    userId: string;
    subscription: PushSubscriptionInput;
    now: string;
    keep: number;
  }): Promise<string>;
  /** Removes the account's subscription of the endpoint; false when there was none. */
  deletePushSubscription(userId: string, endpoint: string): Promise<boolean>;
  /** Removes a subscription the push service says is gone (404/410). */
  removePushSubscription(id: string): Promise<void>;
  getPushSubscription(id: string): Promise<StoredPushSubscription | undefined>;
  countPushSubscriptions(userId: string): Promise<number>;
  /** The patient's reminder times. */
  getReminders(patientId: string): Promise<ReminderSetting[]>;
  /** Replaces the patient's reminders, each with when it fires next. */
  setReminders(
    patientId: string,
    reminders: readonly (ReminderSetting & { nextAt: string })[],
  ): Promise<void>;
  /** Up to `limit` reminders due at `now`, earliest first. */
  dueReminders(now: string, limit: number): Promise<DueReminder[]>;
  /**
   * Fires a due reminder once: moves it from `nextAt` to `followingAt` and queues `pushes` in one transaction;
   * false when another server did first.
   */
  fireReminder(
    input: { patientId: string; kind: ReminderKind; nextAt: string; followingAt: string; now: string },
    pushes: readonly OutboxInput[],
  ): Promise<boolean>;

  /** Queues a mail for the outbox worker (ADR 119). An id already queued is not queued again. */
  enqueueMail(mail: MailInput, now: string): Promise<void>;
  /**
   * Claims up to `limit` due pending mails no live claim holds, until `claimUntil`, under `token` (random, one
   * per claim), counting the attempt.
   * Several servers may claim at once; none gets a mail another holds.
   */
  claimMail(now: string, claimUntil: string, limit: number, token: string): Promise<ClaimedMail[]>;
  /**
   * Extends the claim `token` holds on a mail to `claimUntil`, just before sending it; false (send nothing)
   * when the claim has lapsed at `now`, or is another's, or the mail is sent.
   */
  renewMailClaim(id: string, token: string, now: string, claimUntil: string): Promise<boolean>;
  /** Sent: its body and link are emptied. */
  markMailSent(id: string, now: string): Promise<void>;
  /** Failed: tried again at `retryAt`, or given up when it is undefined. */
  markMailFailed(id: string, input: { retryAt: string | undefined; error: string }): Promise<void>;

  /**
   * Stores a sign-up waiting for its mailed link and queues the mail, in one transaction; sign-ups past their
   * expiry are deleted in it too (ADR 125).
   */
  createPendingSignup(signup: PendingSignup, mail: MailInput): Promise<void>;
  /** Sign-ups waiting for a link for this address made after `since`. */
  countPendingSignups(email: string, since: string): Promise<number>;
  /** Removes a live (unexpired) pending sign-up and answers it, once: undefined when unknown or expired. */
  takePendingSignup(tokenHash: string, now: string): Promise<PendingSignup | undefined>;
  /** Two-factor sign-in (ADR 126). */
  getTwoFactor(userId: string): Promise<TwoFactorRecord | undefined>;
  /** A new secret waiting for its first code (replacing a waiting one); false while one is enabled. */
  startTwoFactor(userId: string, secret: string, now: string): Promise<boolean>;
  /** Enables the waiting secret, sets the recovery codes (hashed) and records `event`, in one transaction. */
  enableTwoFactor(input: {
    userId: string;
    step: number;
    recoveryHashes: string[];
    event: SecurityEvent;
  }): Promise<boolean>;
  disableTwoFactor(userId: string, event: SecurityEvent): Promise<void>;
  /** Takes a code's time step once: false when it or a later step was used. */
  useTotpStep(userId: string, step: number): Promise<boolean>;
  useRecoveryCode(userId: string, codeHash: string, event: SecurityEvent): Promise<boolean>;
  countRecoveryCodes(userId: string): Promise<number>;
  createLoginChallenge(input: {
    tokenHash: string;
    userId: string;
    now: string;
    expiresAt: string;
  }): Promise<void>;
  /** Counts an attempt at a live challenge: its user, or undefined (unknown, expired, out of attempts). */
  attemptLoginChallenge(tokenHash: string, now: string, maxAttempts: number): Promise<string | undefined>;
  deleteLoginChallenge(tokenHash: string): Promise<void>;
  twoFactorStatus(userId: string): Promise<{ enabled: boolean; required: boolean }>;
  setClinicTwoFactor(
    clinicId: string,
    required: boolean,
    event: { at: string; actorId: string | null },
  ): Promise<void>;
  listSecurityEvents(clinicId: string, limit: number): Promise<SecurityEvent[]>;
  /** Stores a password-reset or e-mail-change token and queues its mail, in one transaction. */
  createAccountToken(token: AccountTokenInput, mail: MailInput): Promise<void>;
  /** How many tokens of this purpose the account was sent after `since` (the per-account limit). */
  countAccountTokens(userId: string, purpose: AccountTokenPurpose, since: string): Promise<number>;
  /** The account of a token that is unused and unexpired at `now`; uses nothing. */
  findAccountToken(
    tokenHash: string,
    purpose: AccountTokenPurpose,
    now: string,
  ): Promise<{ userId: string; email: string } | undefined>;
  /**
   * Uses a live password-reset token, once: sets the password hash, ends all the account's sessions, voids
   * its other reset tokens, clears its sign-in throttle and queues `notice`, in one transaction. The
   * account's id, or undefined when the token is not live.
   */
  resetPassword(input: {
    tokenHash: string;
    passwordHash: string;
    now: string;
    notice: (email: string) => MailInput;
  }): Promise<string | undefined>;
  /**
   * Uses a live e-mail-change token, once: the account takes the new address and `notice` (to the old one) is
   * queued, in one transaction. Undefined when the token is not live; throws EmailTakenError when the address
   * is now another account's.
   */
  confirmEmailChange(input: {
    tokenHash: string;
    now: string;
    notice: (oldEmail: string, newEmail: string, userId: string) => MailInput;
  }): Promise<{ userId: string; email: string } | undefined>;

  /** A cheap round trip to the database (`select 1`); rejects when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
