import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { CaseloadQuery, CaseloadRow } from '../store.js';

export async function staleCaseload(
  db: Kysely<Database>,
  clinicianId: string,
  now: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('clinician_patients')
    .select('patient_id')
    .where('clinician_id', '=', clinicianId)
    .where('fresh_until', '<=', now)
    .orderBy('fresh_until')
    .orderBy('patient_id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.patient_id);
}

/** `%`, `_` and the escape character itself match only themselves in a LIKE pattern. */
function likeContaining(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of a clinician's caseload in attention order (rank, then latest activity first, then id). The
 * page's ids come from the `clinician_patients_caseload` index; status and flag filters read the copies on
 * the links (migration 005), an email search the address copied onto them (006); the rows are then read
 * by id.
 * Offset or keyset paging.
 */
export async function listCaseload(
  db: Kysely<Database>,
  query: CaseloadQuery,
): Promise<{ rows: CaseloadRow[]; total: number }> {
  const filtered = () => filteredLinks(db, query);
  const counted = await filtered()
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();

  const sort = query.sort ?? 'attention';
  const flip = (d: 'asc' | 'desc'): 'asc' | 'desc' =>
    query.reverse === true ? (d === 'asc' ? 'desc' : 'asc') : d;
  let page =
    sort === 'attention'
      ? selectPage(db, query)
          .orderBy('cp.attention', flip('asc'))
          .orderBy('cp.last_activity', flip('desc'))
          .orderBy('cp.patient_id')
          .limit(query.limit)
      : sortedPage(selectPage(db, query), sort, flip).limit(query.limit);
  const { after } = query;
  if (after !== undefined) {
    const last = after.lastActivity ?? '';
    page = page.where((eb) =>
      eb.or([
        eb('cp.attention', '>', after.attention),
        eb.and([
          eb('cp.attention', '=', after.attention),
          eb.or([
            eb('cp.last_activity', '<', last),
            eb.and([eb('cp.last_activity', '=', last), eb('cp.patient_id', '>', after.patientId)]),
          ]),
        ]),
      ]),
    );
  } else if (query.offset !== undefined && query.offset > 0) page = page.offset(query.offset);
  const keys = await page.execute();
  if (keys.length === 0) return { total: Number(counted.n), rows: [] };

  const details = await db
    .selectFrom('patient_snapshots as s')
    .innerJoin('patients as p', 'p.id', 's.patient_id')
    .leftJoin('users as u', 'u.id', 'p.owner_user_id')
    .select([
      's.patient_id',
      'u.email',
      'p.full_name',
      'p.date_of_birth',
      'p.clinic_ref',
      's.status',
      's.stage',
      's.level',
      's.flags',
      's.check_ins',
      's.sessions',
      's.planned_check_ins',
      's.planned_sessions',
      's.adherence',
      's.computed_for',
    ])
    .where(
      's.patient_id',
      'in',
      keys.map((k) => k.patient_id),
    )
    .execute();
  const byId = new Map(details.map((d) => [d.patient_id, d]));
  const rows: CaseloadRow[] = [];
  for (const key of keys) {
    const d = byId.get(key.patient_id);
    if (d === undefined) continue;
    rows.push({
      patientId: key.patient_id,
      email: d.email,
      identity: { name: d.full_name, dateOfBirth: d.date_of_birth, reference: d.clinic_ref },
      assigneeId: key.assignee_id,
      dischargedAt: key.discharged_at === '' ? null : key.discharged_at,
      linkedAt: key.created_at,
      status: d.status,
      stage: d.stage,
      level: d.level,
      flags: d.flags,
      attention: key.attention,
      checkIns: d.check_ins,
      sessions: d.sessions,
      plannedCheckIns: d.planned_check_ins,
      plannedSessions: d.planned_sessions,
      adherence: d.adherence,
      lastActivity: key.last_activity === '' ? null : key.last_activity,
      computedFor: d.computed_for,
      freshUntil: key.fresh_until,
    });
  }
  return { total: Number(counted.n), rows };
}

/** The clinician's links that pass the query's filters (the caseload's rows, before order and paging). */
function filteredLinks(db: Kysely<Database>, query: CaseloadQuery) {
  const { status, flag, search, mine } = query;
  return db
    .selectFrom('clinician_patients as cp')
    .where('cp.clinician_id', '=', query.clinicianId)
    .where('cp.discharged_at', query.discharged === true ? '<>' : '=', '')
    .$if(mine === true, (q) => q.whereRef('cp.assignee_id', '=', 'cp.clinician_id'))
    .$if(status !== undefined, (q) => q.where('cp.status', '=', status ?? ''))
    .$if(flag !== undefined, (q) => q.where(sql<boolean>`(cp.flags & ${flag ?? 0}) <> 0`))
    .$if(search !== undefined && search !== '', (q) =>
      q.where(
        sql<boolean>`(cp.email like ${likeContaining(search ?? '')} escape '\\' or cp.name like ${likeContaining(search ?? '')} escape '\\')`,
      ),
    );
}

const pageColumns = [
  'cp.patient_id',
  'cp.created_at',
  'cp.attention',
  'cp.last_activity',
  'cp.fresh_until',
  'cp.assignee_id',
  'cp.discharged_at',
] as const;

function selectPage(db: Kysely<Database>, query: CaseloadQuery) {
  return filteredLinks(db, query).select([...pageColumns]);
}

type Sort = NonNullable<CaseloadQuery['sort']>;

/**
 * A page in another order than attention (the table of ADR 218): by name, stage, flags, adherence or last
 * activity, each ending on the patient id so the order is total. Stage and adherence read the snapshots.
 */
function sortedPage(
  base: ReturnType<typeof selectPage>,
  sort: Exclude<Sort, 'attention'>,
  flip: (d: 'asc' | 'desc') => 'asc' | 'desc',
) {
  switch (sort) {
    case 'name':
      return base
        .orderBy(sql`cp.name = ''`)
        .orderBy('cp.name', flip('asc'))
        .orderBy('cp.patient_id');
    case 'flags':
      return base
        .orderBy(sql`cp.flags = 0`, flip('asc'))
        .orderBy('cp.attention', flip('asc'))
        .orderBy('cp.name')
        .orderBy('cp.patient_id');
    case 'lastActivity':
      return base.orderBy('cp.last_activity', flip('desc')).orderBy('cp.patient_id');
    case 'stage':
    case 'adherence': {
      const joined = base.innerJoin('patient_snapshots as s', 's.patient_id', 'cp.patient_id');
      return sort === 'stage'
        ? joined
            .orderBy(sql`s.stage is null`)
            .orderBy('s.stage', flip('desc'))
            .orderBy('s.level', flip('desc'))
            .orderBy('cp.patient_id')
        : joined
            .orderBy(sql`s.adherence < 0`)
            .orderBy('s.adherence', flip('asc'))
            .orderBy('cp.patient_id');
    }
  }
}
