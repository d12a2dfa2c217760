import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../migrations/dialect.js';
import type { Database } from './database.js';
import type { Reader } from './sqlite-reader.js';
import { appendEvents } from './sql/append-events.js';
import { listAudit, writeAudit, writeAuditBatch } from './sql/audit.js';
import { listCaseload, staleCaseload } from './sql/caseload.js';
import { addNote, listNotes } from './sql/notes.js';
import { sqlContext, type SqlContext } from './sql/context.js';
import {
  acceptPatientInvite,
  createInvite,
  isLinkedClinician,
  linkClinician,
  listPatientClinicians,
  unlinkClinician,
} from './sql/links.js';
import {
  erasePatient,
  getPatient,
  getScreening,
  listEvents,
  setProfile,
  setScreening,
} from './sql/patients.js';
import { claimStaleSnapshots, getSnapshot, saveSnapshot } from './sql/snapshots.js';
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
import type { Store } from './store.js';

/**
 * The Store on Kysely: the same queries on SQLite and PostgreSQL. Each area's SQL lives in `sql/`;
 * this class only binds it to one database.
 */
export class KyselyStore implements Store {
  private readonly sql: SqlContext;
  private readonly db: Kysely<Database>;

  constructor(
    db: Kysely<Database>,
    dialect: Dialect,
    private readonly reader?: Reader,
  ) {
    this.db = db;
    this.sql = sqlContext(db, dialect, reader);
  }

  createSelfManagedPatient: Store['createSelfManagedPatient'] = (input) =>
    createSelfManagedPatient(this.sql, input);
  createClinician: Store['createClinician'] = (input) => createClinician(this.sql, input);
  getClinic: Store['getClinic'] = (clinicId) => getClinic(this.db, clinicId);
  findUserByEmail: Store['findUserByEmail'] = (email) => findUser(this.db, 'users.email', email);
  findUserById: Store['findUserById'] = (id) => findUser(this.db, 'users.id', id);
  setPasswordHash: Store['setPasswordHash'] = (userId, hash) => setPasswordHash(this.db, userId, hash);

  createSession: Store['createSession'] = (input) => createSession(this.db, input);
  findSession: Store['findSession'] = (tokenHash, now) => findSession(this.sql, tokenHash, now);
  deleteSession: Store['deleteSession'] = (tokenHash) => deleteSession(this.db, tokenHash);
  deleteOtherSessions: Store['deleteOtherSessions'] = (userId, keep) =>
    deleteOtherSessions(this.db, userId, keep);
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

  getPatient: Store['getPatient'] = (patientId) => getPatient(this.db, patientId);
  setProfile: Store['setProfile'] = (patientId, profile, now) =>
    setProfile(this.sql, patientId, profile, now);
  getScreening: Store['getScreening'] = (patientId) => getScreening(this.db, patientId);
  setScreening: Store['setScreening'] = (patientId, screening, now) =>
    setScreening(this.sql, patientId, screening, now);
  appendEvents: Store['appendEvents'] = (patientId, events, now) =>
    appendEvents(this.sql, patientId, events, now);
  listEvents: Store['listEvents'] = (patientId) => listEvents(this.db, patientId);
  addNote: Store['addNote'] = (note) => addNote(this.db, note);
  listNotes: Store['listNotes'] = (patientId) => listNotes(this.db, patientId);
  erasePatient: Store['erasePatient'] = (patientId) => erasePatient(this.db, patientId);

  getSnapshot: Store['getSnapshot'] = (patientId) => getSnapshot(this.sql, patientId);
  saveSnapshot: Store['saveSnapshot'] = (patientId, version, values, now) =>
    saveSnapshot(this.db, patientId, version, values, now);
  claimStaleSnapshots: Store['claimStaleSnapshots'] = (now, claimUntil, limit) =>
    claimStaleSnapshots(this.sql, now, claimUntil, limit);
  staleCaseload: Store['staleCaseload'] = (clinicianId, now, limit) =>
    staleCaseload(this.db, clinicianId, now, limit);
  listCaseload: Store['listCaseload'] = (query) => listCaseload(this.db, query);

  writeAudit: Store['writeAudit'] = (entry) => writeAudit(this.db, entry);
  writeAuditBatch: Store['writeAuditBatch'] = (entries) => writeAuditBatch(this.db, entries);
  listAudit: Store['listAudit'] = (patientId, limit) => listAudit(this.db, patientId, limit);

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    this.reader?.close();
    await this.db.destroy();
  }
}
