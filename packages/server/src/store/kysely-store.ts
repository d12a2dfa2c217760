import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../migrations/dialect.js';
import { AppendBatcher } from './append-batcher.js';
import type { Database } from './database.js';
import type { ReadCache } from './read-cache.js';
import type { Reader } from './sqlite-reader.js';
import { appendEvents } from './sql/append-events.js';
import { getAlertPreferences, queueDigests, setAlertPreferences } from './sql/alerts.js';
import { listAudit, writeAudit, writeAuditBatch } from './sql/audit.js';
import { listCaseload, staleCaseload } from './sql/caseload.js';
import {
  assignPatient,
  getCare,
  getClinicMember,
  getIdentity,
  listClinicTeam,
  listInvites,
  previewInvite,
  removeClinicMember,
  revokeInvite,
  setDischarged,
  setIdentity,
} from './sql/clinic.js';
import {
  claimMail,
  confirmEmailChange,
  countAccountTokens,
  createAccountToken,
  enqueueMail,
  findAccountToken,
  markMailFailed,
  markMailSent,
  renewMailClaim,
  resetPassword,
} from './sql/mail.js';
import { countPendingSignups, createPendingSignup, takePendingSignup } from './sql/pending-signups.js';
import {
  attemptLoginChallenge,
  countRecoveryCodes,
  createLoginChallenge,
  deleteLoginChallenge,
  disableTwoFactor,
  enableTwoFactor,
  getTwoFactor,
  listSecurityEvents,
  setClinicTwoFactor,
  startTwoFactor,
  twoFactorStatus,
  useRecoveryCode,
  useTotpStep,
} from './sql/two-factor.js';
import {
  countPushSubscriptions,
  deletePushSubscription,
  dueReminders,
  ensureVapidKeys,
  fireReminder,
  getPushSubscription,
  getReminders,
  removePushSubscription,
  savePushSubscription,
  setReminders,
} from './sql/push.js';
import { addMessage, listMessages, markMessagesRead, unreadMessages } from './sql/messages.js';
import { addNote, listNotes } from './sql/notes.js';
import { markEnteredInError } from './sql/entered-in-error.js';
import { clearLoginFailures, getLoginThrottle, lockLogin, recordLoginFailure } from './sql/login-throttle.js';
import { sqlContext, type SqlContext } from './sql/context.js';
import {
  acceptPatientInvite,
  createInvite,
  isLinkedClinician,
  linkClinician,
  linkState,
  listPatientClinicians,
  unlinkClinician,
} from './sql/links.js';
import {
  erasePatient,
  type Erasure,
  getPatient,
  getScreening,
  listEvents,
  listEventsAfter,
  listEventsAfterAt,
  setProfile,
  setScreening,
} from './sql/patients.js';
import {
  claimStaleSnapshots,
  getDecisionSnapshot,
  getSnapshot,
  getSnapshotSource,
  saveSnapshot,
} from './sql/snapshots.js';
import {
  createSession,
  deleteExpiredSessions,
  deleteOtherSessions,
  deleteSession,
  findSession,
} from './sql/sessions.js';
import {
  createClinician,
  createSelfManagedPatient,
  findUser,
  getClinic,
  setPasswordHash,
} from './sql/users.js';
import type { DecisionSnapshot, SessionRecord, Store } from './store.js';

/** Rows of every request kept in memory: only where this process makes every change (SQLite; ADR 110). */
export interface StoreCaches {
  /** Live sessions by token hash. */
  sessions: ReadCache<SessionRecord>;
  /** What answers a decision request, by patient. */
  decisions: ReadCache<DecisionSnapshot>;
}

export interface KyselyStoreOptions {
  /** SQLite: a read-only connection for the reads of every request. */
  reader?: Reader;
  caches?: StoreCaches;
  /** SQLite: uploads that arrive together share one commit (group commit, `append-batcher.ts`). */
  groupCommit?: boolean;
  /** Runs after an erasure has been committed (SQLite: the ledger file, the WAL truncated; ADR 112). */
  afterErase?: (erasure: Erasure) => Promise<void>;
  /** Runs at each `ping` after `select 1`: rejects while the database cannot be written (ADR 111). */
  probe?: () => Promise<void>;
}

/**
 * The Store on Kysely: the same queries on SQLite and PostgreSQL. Each area's SQL lives in `sql/`;
 * this class only binds it to one database.
 */
export class KyselyStore implements Store {
  private readonly sql: SqlContext;
  private readonly db: Kysely<Database>;
  private readonly reader: Reader | undefined;
  private readonly caches: StoreCaches | undefined;

  private readonly batcher: AppendBatcher | undefined;
  private readonly afterErase: KyselyStoreOptions['afterErase'];
  private readonly probe: KyselyStoreOptions['probe'];

  constructor(
    db: Kysely<Database>,
    dialect: Dialect,
    { reader, caches, groupCommit = false, afterErase, probe }: KyselyStoreOptions = {},
  ) {
    this.afterErase = afterErase;
    this.probe = probe;
    this.db = db;
    this.reader = reader;
    this.caches = caches;
    this.sql = sqlContext(db, dialect, reader);
    this.batcher = groupCommit ? new AppendBatcher(this.sql) : undefined;
  }

  createSelfManagedPatient: Store['createSelfManagedPatient'] = (input) =>
    createSelfManagedPatient(this.sql, input);
  createClinician: Store['createClinician'] = (input) => createClinician(this.sql, input);
  getClinic: Store['getClinic'] = (clinicId) => getClinic(this.db, clinicId);
  findUserByEmail: Store['findUserByEmail'] = (email) => findUser(this.db, 'users.email', email);
  findUserById: Store['findUserById'] = (id) => findUser(this.db, 'users.id', id);
  setPasswordHash: Store['setPasswordHash'] = (userId, hash) => setPasswordHash(this.db, userId, hash);
  getLoginThrottle: Store['getLoginThrottle'] = (email) => getLoginThrottle(this.db, email);
  recordLoginFailure: Store['recordLoginFailure'] = (input) => recordLoginFailure(this.db, input);
  lockLogin: Store['lockLogin'] = (email, until) => lockLogin(this.db, email, until);
  clearLoginFailures: Store['clearLoginFailures'] = (email) => clearLoginFailures(this.db, email);

  createSession: Store['createSession'] = (input) => createSession(this.db, input);
  findSession: Store['findSession'] = (tokenHash, now) => {
    const load = () => findSession(this.sql, tokenHash, now);
    const cache = this.caches?.sessions;
    return cache === undefined ? load() : cache.through(tokenHash, now, load, (found) => found.expiresAt);
  };
  deleteSession: Store['deleteSession'] = (tokenHash) =>
    this.thenDrop(deleteSession(this.db, tokenHash), () => {
      this.caches?.sessions.drop(tokenHash);
    });
  deleteOtherSessions: Store['deleteOtherSessions'] = (userId, keep) =>
    this.thenDrop(deleteOtherSessions(this.db, userId, keep), () => {
      this.caches?.sessions.dropWhere((hash, { user }) => user.id === userId && hash !== keep);
    });
  deleteExpiredSessions: Store['deleteExpiredSessions'] = (now) => deleteExpiredSessions(this.db, now);

  linkClinician: Store['linkClinician'] = (input) => linkClinician(this.db, input);
  isLinkedClinician: Store['isLinkedClinician'] = (clinicianId, patientId) =>
    isLinkedClinician(this.sql, clinicianId, patientId);
  unlinkClinician: Store['unlinkClinician'] = (clinicianId, patientId) =>
    unlinkClinician(this.db, clinicianId, patientId);
  listPatientClinicians: Store['listPatientClinicians'] = (patientId) =>
    listPatientClinicians(this.db, patientId);
  createInvite: Store['createInvite'] = (invite) => createInvite(this.db, invite);
  acceptPatientInvite: Store['acceptPatientInvite'] = (input) => acceptPatientInvite(this.db, input);

  linkState: Store['linkState'] = (clinicianId, patientId) => linkState(this.sql, clinicianId, patientId);
  listInvites: Store['listInvites'] = (clinicId, limit) => listInvites(this.db, clinicId, limit);
  revokeInvite: Store['revokeInvite'] = (input) => revokeInvite(this.db, input);
  previewInvite: Store['previewInvite'] = (codeHash, now) => previewInvite(this.db, codeHash, now);
  getClinicMember: Store['getClinicMember'] = (userId) => getClinicMember(this.db, userId);
  listClinicTeam: Store['listClinicTeam'] = (clinicId) => listClinicTeam(this.db, clinicId);
  removeClinicMember: Store['removeClinicMember'] = (input) =>
    this.thenDrop(removeClinicMember(this.db, input), () => {
      this.caches?.sessions.dropWhere((_hash, { user }) => user.id === input.memberId);
    });
  assignPatient: Store['assignPatient'] = (input) => assignPatient(this.db, input);
  setDischarged: Store['setDischarged'] = (input) => setDischarged(this.db, input);
  getCare: Store['getCare'] = (clinicianId, patientId) => getCare(this.db, clinicianId, patientId);
  getIdentity: Store['getIdentity'] = (patientId) => getIdentity(this.db, patientId);
  setIdentity: Store['setIdentity'] = (patientId, identity, now) =>
    setIdentity(this.db, patientId, identity, now);

  getPatient: Store['getPatient'] = (patientId) => getPatient(this.db, patientId);
  setProfile: Store['setProfile'] = (patientId, profile, now) =>
    this.thenDrop(setProfile(this.sql, patientId, profile, now), this.dropDecision(patientId));
  getScreening: Store['getScreening'] = (patientId) => getScreening(this.db, patientId);
  setScreening: Store['setScreening'] = (patientId, screening, now) =>
    this.thenDrop(setScreening(this.sql, patientId, screening, now), this.dropDecision(patientId));
  appendEvents: Store['appendEvents'] = (patientId, events, now) =>
    this.thenDrop(
      this.batcher?.append(patientId, events, now) ?? appendEvents(this.sql, patientId, events, now),
      this.dropDecision(patientId),
    );
  listEvents: Store['listEvents'] = (patientId) => listEvents(this.sql, patientId);
  listEventsAfter: Store['listEventsAfter'] = (patientId, date) => listEventsAfter(this.sql, patientId, date);
  listEventsAfterAt: Store['listEventsAfterAt'] = (patientId, date) =>
    listEventsAfterAt(this.sql, patientId, date);
  addNote: Store['addNote'] = (note) => addNote(this.db, note);
  listNotes: Store['listNotes'] = (patientId) => listNotes(this.db, patientId);
  markEnteredInError: Store['markEnteredInError'] = (input) =>
    this.thenDrop(markEnteredInError(this.sql, input), this.dropDecision(input.patientId));
  erasePatient: Store['erasePatient'] = async (patientId, now) => {
    const erasure = await this.thenDrop(erasePatient(this.db, patientId, now), () => {
      this.caches?.decisions.drop(patientId);
      this.caches?.sessions.dropWhere((_hash, { user }) => user.patientId === patientId);
    });
    if (erasure !== undefined) await this.afterErase?.(erasure);
  };

  getSnapshot: Store['getSnapshot'] = (patientId) => getSnapshot(this.sql, patientId);
  getSnapshotSource: Store['getSnapshotSource'] = (patientId) => getSnapshotSource(this.sql, patientId);
  getDecisionSnapshot: Store['getDecisionSnapshot'] = (patientId, now) => {
    const load = () => getDecisionSnapshot(this.sql, patientId);
    const cache = this.caches?.decisions;
    return cache === undefined ? load() : cache.through(patientId, now, load);
  };
  saveSnapshot: Store['saveSnapshot'] = (patientId, version, values, now, alerts, options) =>
    this.thenDrop(
      saveSnapshot(this.sql, patientId, version, values, now, alerts, options),
      this.dropDecision(patientId),
    );
  claimStaleSnapshots: Store['claimStaleSnapshots'] = (now, claimUntil, limit) =>
    claimStaleSnapshots(this.sql, now, claimUntil, limit);
  staleCaseload: Store['staleCaseload'] = (clinicianId, now, limit) =>
    staleCaseload(this.db, clinicianId, now, limit);
  listCaseload: Store['listCaseload'] = (query) => listCaseload(this.db, query);

  writeAudit: Store['writeAudit'] = (entry) => writeAudit(this.db, entry);
  writeAuditBatch: Store['writeAuditBatch'] = (entries) => writeAuditBatch(this.db, entries);
  listAudit: Store['listAudit'] = (patientId, limit) => listAudit(this.db, patientId, limit);

  addMessage: Store['addMessage'] = (input, alerts) => addMessage(this.db, input, alerts);
  queueDigests: Store['queueDigests'] = (day, now, mailFor) => queueDigests(this.db, day, now, mailFor);
  getAlertPreferences: Store['getAlertPreferences'] = (clinicianId) =>
    getAlertPreferences(this.db, clinicianId);
  setAlertPreferences: Store['setAlertPreferences'] = (clinicianId, kinds, now) =>
    setAlertPreferences(this.db, clinicianId, kinds, now);
  listMessages: Store['listMessages'] = (patientId) => listMessages(this.db, patientId);
  markMessagesRead: Store['markMessagesRead'] = (patientId, userId, now) =>
    markMessagesRead(this.db, patientId, userId, now);
  unreadMessages: Store['unreadMessages'] = (userId) => unreadMessages(this.db, userId);

  ensureVapidKeys: Store['ensureVapidKeys'] = (make, now) => ensureVapidKeys(this.db, make, now);
  savePushSubscription: Store['savePushSubscription'] = (input) => savePushSubscription(this.db, input);
  deletePushSubscription: Store['deletePushSubscription'] = (userId, endpoint) =>
    deletePushSubscription(this.db, userId, endpoint);
  removePushSubscription: Store['removePushSubscription'] = (id) => removePushSubscription(this.db, id);
  getPushSubscription: Store['getPushSubscription'] = (id) => getPushSubscription(this.db, id);
  countPushSubscriptions: Store['countPushSubscriptions'] = (userId) =>
    countPushSubscriptions(this.db, userId);
  getReminders: Store['getReminders'] = (patientId) => getReminders(this.db, patientId);
  setReminders: Store['setReminders'] = (patientId, reminders) => setReminders(this.db, patientId, reminders);
  dueReminders: Store['dueReminders'] = (now, limit) => dueReminders(this.sql, now, limit);
  fireReminder: Store['fireReminder'] = (input, pushes) => fireReminder(this.db, input, pushes);

  enqueueMail: Store['enqueueMail'] = (mail, now) => enqueueMail(this.db, mail, now);
  claimMail: Store['claimMail'] = (now, claimUntil, limit, token) =>
    claimMail(this.sql, now, claimUntil, limit, token);
  renewMailClaim: Store['renewMailClaim'] = (id, token, now, claimUntil) =>
    renewMailClaim(this.db, id, token, now, claimUntil);
  markMailSent: Store['markMailSent'] = (id, now) => markMailSent(this.db, id, now);
  markMailFailed: Store['markMailFailed'] = (id, input) => markMailFailed(this.db, id, input);
  createPendingSignup: Store['createPendingSignup'] = (signup, mail) =>
    createPendingSignup(this.db, signup, mail);
  countPendingSignups: Store['countPendingSignups'] = (email, since) =>
    countPendingSignups(this.db, email, since);
  takePendingSignup: Store['takePendingSignup'] = (tokenHash, now) =>
    takePendingSignup(this.db, tokenHash, now);
  getTwoFactor: Store['getTwoFactor'] = (userId) => getTwoFactor(this.db, userId);
  startTwoFactor: Store['startTwoFactor'] = (userId, secret, now) =>
    startTwoFactor(this.db, userId, secret, now);
  enableTwoFactor: Store['enableTwoFactor'] = (input) => enableTwoFactor(this.db, input);
  disableTwoFactor: Store['disableTwoFactor'] = (userId, event) => disableTwoFactor(this.db, userId, event);
  useTotpStep: Store['useTotpStep'] = (userId, step) => useTotpStep(this.db, userId, step);
  useRecoveryCode: Store['useRecoveryCode'] = (userId, codeHash, event) =>
    useRecoveryCode(this.db, userId, codeHash, event);
  countRecoveryCodes: Store['countRecoveryCodes'] = (userId) => countRecoveryCodes(this.db, userId);
  createLoginChallenge: Store['createLoginChallenge'] = (input) => createLoginChallenge(this.db, input);
  attemptLoginChallenge: Store['attemptLoginChallenge'] = (tokenHash, now, max) =>
    attemptLoginChallenge(this.db, tokenHash, now, max);
  deleteLoginChallenge: Store['deleteLoginChallenge'] = (tokenHash) =>
    deleteLoginChallenge(this.db, tokenHash);
  twoFactorStatus: Store['twoFactorStatus'] = (userId) => twoFactorStatus(this.db, userId);
  setClinicTwoFactor: Store['setClinicTwoFactor'] = (clinicId, required, event) =>
    setClinicTwoFactor(this.db, clinicId, required, event);
  listSecurityEvents: Store['listSecurityEvents'] = (clinicId, limit) =>
    listSecurityEvents(this.db, clinicId, limit);
  createAccountToken: Store['createAccountToken'] = (token, mail) => createAccountToken(this.db, token, mail);
  countAccountTokens: Store['countAccountTokens'] = (userId, purpose, since) =>
    countAccountTokens(this.db, userId, purpose, since);
  findAccountToken: Store['findAccountToken'] = (tokenHash, purpose, now) =>
    findAccountToken(this.db, tokenHash, purpose, now);
  // Whether or not they commit, cached sessions (which carry the user) are read again from the database.
  resetPassword: Store['resetPassword'] = (input) =>
    this.thenDrop(resetPassword(this.db, input), () => {
      this.caches?.sessions.dropWhere(() => true);
    });
  confirmEmailChange: Store['confirmEmailChange'] = (input) =>
    this.thenDrop(confirmEmailChange(this.db, input), () => {
      this.caches?.sessions.dropWhere(() => true);
    });

  /**
   * Runs `drop` once the write has been committed, or has failed: a cached row is never kept past a change
   * to what it was read from.
   */
  private async thenDrop<T>(write: Promise<T>, drop: () => void): Promise<T> {
    try {
      return await write;
    } finally {
      drop();
    }
  }

  private dropDecision(patientId: string): () => void {
    return () => {
      this.caches?.decisions.drop(patientId);
    };
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
    await this.probe?.();
  }

  async close(): Promise<void> {
    this.reader?.close();
    await this.db.destroy();
  }
}
