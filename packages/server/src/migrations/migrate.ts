import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from '../store/database.js';
import type { Dialect } from './dialect.js';
import { initialMigration } from './001-initial.js';
import { clinicsMigration } from './002-clinics.js';
import { snapshotsMigration } from './003-snapshots.js';
import { treatmentNotesMigration } from './004-treatment-notes.js';
import { caseloadFiltersMigration } from './005-caseload-filters.js';
import { caseloadSearchMigration } from './006-caseload-search.js';
import { protocolV2Migration } from './007-protocol-v2.js';
import { patientSportMigration } from './008-patient-sport.js';
import { erasuresMigration } from './009-erasures.js';
import { edgeHardeningMigration } from './010-edge-hardening.js';
import { mailMigration } from './011-mail.js';
import { clinicWorkspaceMigration } from './012-clinic-workspace.js';
import { messagesMigration } from './013-messages.js';
import { accountProtectionMigration } from './014-account-protection.js';
import { pushMigration } from './015-push.js';
import { enteredInErrorMigration } from './016-entered-in-error.js';
import { caseloadNameOrderMigration } from './017-caseload-name-order.js';
import { eventOriginMigration } from './018-event-origin.js';
import { replayCheckpointsMigration } from './019-replay-checkpoints.js';
import { compactEventsMigration } from './020-compact-events.js';
import { eventTypeEnumMigration } from './021-event-type-enum.js';

/** Every migration, in order. Names sort in the order they must run. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001-initial': initialMigration(dialect),
    '002-clinics': clinicsMigration,
    '003-snapshots': snapshotsMigration,
    '004-treatment-notes': treatmentNotesMigration,
    '005-caseload-filters': caseloadFiltersMigration,
    '006-caseload-search': caseloadSearchMigration,
    '007-protocol-v2': protocolV2Migration,
    '008-patient-sport': patientSportMigration(dialect),
    '009-erasures': erasuresMigration,
    '010-edge-hardening': edgeHardeningMigration,
    '011-mail': mailMigration,
    '012-clinic-workspace': clinicWorkspaceMigration,
    '013-messages': messagesMigration,
    '014-account-protection': accountProtectionMigration,
    '015-push': pushMigration,
    '016-entered-in-error': enteredInErrorMigration,
    '017-caseload-name-order': caseloadNameOrderMigration,
    '018-event-origin': eventOriginMigration,
    '019-replay-checkpoints': replayCheckpointsMigration,
    '020-compact-events': compactEventsMigration(dialect),
    '021-event-type-enum': eventTypeEnumMigration(dialect),
  };
}

/** The names of every migration, in the order they run. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(migrations('sqlite'));

/**
 * Brings the database schema up to date; run at every start-up. Kysely records applied migrations in
 * `kysely_migration` and locks while migrating, so several servers starting together are safe.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: Dialect,
  schema?: string,
): Promise<void> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations(dialect)) };
  const migrator = new Migrator({
    db,
    provider,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined) {
    const cause = error instanceof Error ? error : new Error('unknown migration error');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${cause.message}`, { cause });
  }
}
