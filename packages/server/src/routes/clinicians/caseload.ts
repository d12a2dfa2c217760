import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { ProblemsError } from '../../http/errors.js';
import { errorResponses, uuidSchema } from '../../http/schemas.js';
import { ADHERENCE_DAYS, flagBit, flagsFromBits } from '../../snapshots/compute-snapshot.js';
import type { CaseloadRow } from '../../store/store.js';
import { caseloadQuerySchema, decodeCursor, encodeCursor, STATUSES } from './caseload-query.js';

const nullable = (type: string) => ({ type: [type, 'null'] });

const caseloadSchema = {
  type: 'object',
  required: ['patients', 'total', 'limit', 'page', 'nextCursor', 'hasMore'],
  additionalProperties: false,
  properties: {
    patients: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'patientId',
          'email',
          'status',
          'stage',
          'level',
          'flags',
          'attention',
          'adherence',
          'lastActivity',
          'computedFor',
          'linkedAt',
          'name',
          'dateOfBirth',
          'reference',
          'assigneeId',
          'mine',
          'dischargedAt',
        ],
        additionalProperties: false,
        properties: {
          patientId: uuidSchema,
          email: { ...nullable('string'), description: 'The patient’s sign-in email: their label' },
          status: { enum: STATUSES },
          stage: nullable('integer'),
          level: nullable('integer'),
          flags: { type: 'array', items: { type: 'string' } },
          attention: {
            type: 'integer',
            description:
              '0 red flag, 1 severe pain, 2 nerve signs, 3 repeated flare, 4 worsening trend, 5 persistent amber, 6 off-plan running, 7 missing check-ins, 8 stalled, 9 flare, 10 none',
          },
          adherence: {
            type: 'object',
            required: ['checkIns', 'sessions', 'days', 'plannedCheckIns', 'plannedSessions', 'percent'],
            additionalProperties: false,
            description: 'Done against planned over the last `days` days (ADR 123)',
            properties: {
              checkIns: { type: 'integer', description: 'days with a morning check' },
              sessions: { type: 'integer', description: 'planned session days with a session' },
              days: { type: 'integer' },
              plannedCheckIns: { type: 'integer' },
              plannedSessions: { type: 'integer', description: 'rest days after a session are not planned' },
              percent: {
                ...nullable('integer'),
                description: 'done against planned; null when nothing was planned',
              },
            },
          },
          lastActivity: { ...nullable('string'), description: 'The latest day with an event' },
          computedFor: { ...nullable('string'), description: 'The patient’s day these figures are for' },
          linkedAt: { type: 'string' },
          name: { ...nullable('string'), description: 'The patient’s full name' },
          dateOfBirth: nullable('string'),
          reference: { ...nullable('string'), description: 'The clinic’s reference number' },
          assigneeId: { anyOf: [uuidSchema, { type: 'null' }], description: 'The clinician responsible' },
          mine: { type: 'boolean', description: 'Assigned to the signed-in clinician' },
          dischargedAt: { ...nullable('string'), description: 'When the clinic discharged the patient' },
        },
      },
    },
    total: { type: 'integer', description: 'Patients matching the filters' },
    limit: { type: 'integer' },
    page: { ...nullable('integer'), description: 'The page number, when paging by page' },
    nextCursor: {
      ...nullable('string'),
      description: 'Pass as `cursor` for the next page; null at the end (and in orders other than attention)',
    },
    hasMore: { type: 'boolean', description: 'Whether a next page exists' },
  },
} as const;

function present(row: CaseloadRow, clinicianId: string) {
  return {
    name: row.identity.name,
    dateOfBirth: row.identity.dateOfBirth,
    reference: row.identity.reference,
    assigneeId: row.assigneeId,
    mine: row.assigneeId === clinicianId,
    dischargedAt: row.dischargedAt,
    patientId: row.patientId,
    email: row.email,
    status: row.status,
    stage: row.stage,
    level: row.level,
    flags: flagsFromBits(row.flags),
    attention: row.attention,
    adherence: {
      checkIns: row.checkIns,
      sessions: row.sessions,
      days: ADHERENCE_DAYS,
      plannedCheckIns: row.plannedCheckIns ?? 0,
      plannedSessions: row.plannedSessions ?? 0,
      percent: row.adherence === undefined || row.adherence < 0 ? null : row.adherence,
    },
    lastActivity: row.lastActivity,
    computedFor: row.computedFor,
    linkedAt: row.linkedAt,
  };
}

/**
 * GET /api/v1/clinician/patients: the clinician's linked patients, who needs attention first, paginated in
 * the database. Stale snapshots (changed ones first, then those on the page) are recomputed before answering;
 * each listed patient's audit log records the read.
 */
export function registerCaseload(app: FastifyInstance, { store, clock, snapshots }: Deps): void {
  const api = typed(app);
  api.get(
    '/api/v1/clinician/patients',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'The caseload: linked patients, most in need of attention first',
        querystring: caseloadQuerySchema,
        response: { 200: caseloadSchema, ...errorResponses },
      },
      config: { access: 'clinician' },
    },
    async (request) => {
      const actor = actorOf(request);
      const { limit, page, cursor, search, status, flag, mine, discharged, sort, reverse } = request.query;
      if (cursor !== undefined && ((sort !== undefined && sort !== 'attention') || reverse === true)) {
        throw new ProblemsError([
          { path: 'cursor', message: 'pages by cursor only in attention order: use page' },
        ]);
      }
      const keyset = sort === undefined || (sort === 'attention' && reverse !== true);
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      const query = {
        clinicianId: actor.userId,
        limit: limit + 1,
        ...(after === undefined ? { offset: ((page ?? 1) - 1) * limit } : { after }),
        ...(search === undefined ? {} : { search }),
        ...(status === undefined ? {} : { status }),
        ...(flag === undefined ? {} : { flag: flagBit(flag) }),
        ...(mine === true ? { mine } : {}),
        ...(discharged === true ? { discharged } : {}),
        ...(sort === undefined ? {} : { sort }),
        ...(reverse === true ? { reverse } : {}),
      };
      await snapshots.freshenCaseload(actor.userId);
      let result = await store.listCaseload(query);
      const now = clock().toISOString();
      const stale = result.rows.slice(0, limit).filter((r) => r.freshUntil <= now);
      if (stale.length > 0) {
        for (const row of stale) await snapshots.refresh(row.patientId);
        result = await store.listCaseload(query);
      }
      const rows = result.rows.slice(0, limit);
      const last = rows[rows.length - 1];
      const more = result.rows.length > limit && last !== undefined;
      await store.writeAuditBatch(
        rows.map((row) => ({
          at: now,
          actorId: actor.userId,
          actorRole: actor.role,
          patientId: row.patientId,
          action: 'caseload.read',
          route: 'GET /api/v1/clinician/patients',
          outcome: 'success',
          statusCode: 200,
        })),
      );
      return {
        patients: rows.map((row) => present(row, actor.userId)),
        total: result.total,
        limit,
        page: after === undefined ? (page ?? 1) : null,
        nextCursor: more && keyset ? encodeCursor(last) : null,
        hasMore: more,
      };
    },
  );
}
