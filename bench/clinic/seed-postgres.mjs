// The clinic of bench/clinic on PostgreSQL, seeded with set-based SQL (generate_series, one statement per
// table): CLINICIANS clinicians of one clinic sharing PATIENTS patients, each patient assigned to one of them
// and linked to all of them, with the same names, flags, statuses and activity as the SQLite seed.
import pg from 'pg';

const NAMES = ['Anna', 'Ben', 'Łukasz', 'Zoë', 'Ørsted', 'Chidi', 'Mei', 'Sofía', 'Omar', 'Ines'];
const FLAGS = [0, 0, 0, 0, 1, 2, 4, 8, 16, 32];

/** A database of its own on the server of `url`, made now; `drop()` removes it. */
export async function freshDatabase(url) {
  const name = `hr_bench_clinic_${process.pid}_${Date.now()}`;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const run = async (statement) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database "${name}"`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return { url: own.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
}

/** Seeds the migrated database at `url`; answers the clinicians' ids. */
export async function seedPostgres(url, { patients, clinicians: count, now }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const clinicId = (await client.query('select gen_random_uuid()::text as id')).rows[0].id;
    await client.query(`insert into clinics (id, name, created_at) values ($1, 'Bench Clinic', $2)`, [
      clinicId,
      now,
    ]);
    const clinicians = (
      await client.query(
        `insert into users (id, email, password_hash, role, created_at, clinic_id, clinic_role)
         select gen_random_uuid()::text, 'c' || c || '@bench.example', 'x', 'clinician', $1, $2,
                case when c = 0 then 'admin' else 'clinician' end
         from generate_series(0, $3::int - 1) c
         returning id, email`,
        [now, clinicId, count],
      )
    ).rows
      .sort((a, b) => Number(a.email.slice(1).split('@')[0]) - Number(b.email.slice(1).split('@')[0]))
      .map((r) => r.id);
    // i: the patient's number; its name, flags, status, activity and assignee follow from it as in SQLite
    await client.query(
      `create temporary table bench_patients on commit drop as
       select i, gen_random_uuid()::text as id,
              ($1::text[])[i % 10 + 1] || ' Patient-' || i as name,
              ($2::int[])[i % 10 + 1] as flags,
              case when i % 50 = 0 then 'emergency' else 'active' end as status,
              '2026-11-' || lpad((1 + i % 30)::text, 2, '0') as last,
              (i * 37) % 101 as adherence,
              ($3::text[])[i % $4::int + 1] as assignee
       from generate_series(0, $5::int - 1) i`,
      [NAMES, FLAGS, clinicians, count, patients],
    );
    const attention = `case when flags = 0 then 6 else least(5, floor(log(2, flags::numeric))::int) end`;
    await client.query(
      `insert into patients (id, owner_user_id, birth_year, affected_side, pain_ceiling, time_zone, created_at,
         updated_at, full_name, date_of_birth)
       select id, null, 1980, 'left', 5, 'UTC', $1, $1, name, '1980-02-29' from bench_patients`,
      [now],
    );
    await client.query(
      `insert into patient_snapshots (patient_id, version, fresh_until, claimed_until, computed_for, status, stage,
         level, flags, attention, check_ins, sessions, planned_check_ins, planned_sessions, adherence,
         last_activity, decision, updated_at)
       select id, 1, '2026-12-02T00:00:00.000Z', '', '2026-12-01', status, 1 + i % 4, 1, flags, ${attention},
              i % 15, i % 11, 14, 10, adherence, last, null, $1
       from bench_patients`,
      [now],
    );
    await client.query(
      `insert into clinician_patients (clinician_id, patient_id, created_at, attention, last_activity, fresh_until,
         status, flags, email, name, assignee_id, discharged_at)
       select c.id, p.id, $1, ${attention.replaceAll('flags', 'p.flags')}, p.last, '2026-12-02T00:00:00.000Z',
              p.status, p.flags, '', lower(p.name), p.assignee, ''
       from bench_patients p cross join unnest($2::text[]) as c(id)`,
      [now, clinicians],
    );
    await client.query('commit');
    await client.query('vacuum analyze');
    return clinicians;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
