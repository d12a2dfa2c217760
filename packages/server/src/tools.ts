/**
 * @hamstring-rehab/server/tools: what the repository's own tools (the benchmarks in bench/) use besides the
 * app: the domain layer (cases/), the snapshot service, password hashing, the demo's simulation, the
 * caseload query and the database's table types. A public entry point, so no tool reaches into dist/.
 */
export { canonicalJson } from './cases/canonical-json.js';
export { addDays, todayIn } from './cases/dates.js';
export { parseStoredEvents, type IdentifiedEvent } from './cases/stored-events.js';
export { computeSnapshot, type ComputedSnapshot } from './snapshots/compute-snapshot.js';
export { SnapshotService } from './snapshots/snapshot-service.js';
export { hashPassword } from './http/passwords.js';
export { DEMO_SCREENING, liveDay, prng, type DayOfRehab } from './demo/simulate.js';
export { listCaseload } from './store/sql/caseload.js';
export { createStore } from './store/create-store.js';
export type { Database } from './store/database.js';
export { packBody } from './store/event-codec.js';
export { snapshotColumns } from './store/sql/snapshots.js';
export { migrateToLatest, migrations } from './migrations/migrate.js';
