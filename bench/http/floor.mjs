// The floor of the HTTP benchmark: a bare Fastify app (no plugins, no validation, no sessions) doing the same
// single insert and the same single select as the server's append-event and decision routes, on the same
// SQLite file with the same settings (WAL, synchronous FULL unless SQLITE_SYNCHRONOUS=normal). It prints
// its URL, then serves until killed.
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import SQLite from 'better-sqlite3';

// Inserts go to a patient of their own, so that the benchmarked patient's history does not grow with them.
const [file, insertPatientId, selectPatientId] = process.argv.slice(2);
const db = new SQLite(file, { fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${process.env.SQLITE_SYNCHRONOUS === 'normal' ? 'NORMAL' : 'FULL'}`);
db.pragma('busy_timeout = 5000');
// The compact events table (migration 020): the patient's integer key, the id in 16 bytes, the day and time as
// numbers; a patient's own event, as the server's: no author, not imported (migration 018).
const insert = db.prepare(
  'insert into events (patient_key, id, date, type, body, received_at, author_id, imported) values ((select key from patients where id = ?), ?, ?, ?, ?, ?, null, null)',
);
const select = db.prepare('select decision from patient_snapshots where patient_id = ?');

const app = Fastify({ logger: false });
app.post('/floor/events', (request, reply) => {
  const event = /** @type {{ id?: string; date: string; type: string }} */ (request.body);
  insert.run(
    insertPatientId,
    Buffer.from((event.id ?? randomUUID()).replaceAll('-', ''), 'hex'),
    Date.parse(event.date) / 86_400_000,
    event.type,
    JSON.stringify(event),
    Date.now(),
  );
  return reply.code(201).send({ stored: 1, duplicates: 0 });
});
app.get('/floor/decision', (_request, reply) => {
  const row = /** @type {{ decision: string }} */ (select.get(selectPatientId));
  return reply.type('application/json').send(row.decision);
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`floor running at ${address}\n`);
