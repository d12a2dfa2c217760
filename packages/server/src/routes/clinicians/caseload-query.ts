import { isRealDate } from '../../cases/dates.js';
import { UUID } from '../../http/validation.js';
import { ProblemsError } from '../../http/errors.js';
import type { CaseloadKey } from '../../store/store.js';
import { ALL_FLAGS, NO_ATTENTION } from '../../cases/attention.js';

export const STATUSES = [
  'emergency',
  'urgent-referral',
  'medical-review',
  'assessment-needed',
  'active',
  'completed',
  'incomplete',
] as const;

export const SORTS = ['attention', 'name', 'stage', 'flags', 'adherence', 'lastActivity'] as const;

export const caseloadQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
    page: { type: 'integer', minimum: 1, maximum: 100_000, description: 'Page number (1 is the first)' },
    cursor: { type: 'string', maxLength: 200, description: 'The `nextCursor` of the previous page' },
    search: { type: 'string', maxLength: 100, description: 'Part of the patient’s email or name' },
    mine: { type: 'boolean', description: 'Only patients assigned to me (the clinic’s caseload otherwise)' },
    discharged: {
      type: 'boolean',
      description: 'Discharged (archived) patients instead of those under care',
    },
    sort: {
      enum: SORTS,
      description:
        'attention (default: who needs it most first), name (A-Z), stage (highest first), flags (flagged first), ' +
        'adherence (lowest first), lastActivity (latest first); other than attention, page by `page` only',
    },
    reverse: { type: 'boolean', description: 'The sort the other way round' },

    status: { enum: STATUSES },
    flag: { enum: ALL_FLAGS },
  },
  allOf: [
    {
      not: { required: ['page', 'cursor'] },
      'x-problem': { path: 'cursor', message: 'give either page or cursor, not both' },
    },
  ],
} as const;

/** A cursor names the last row of a page in the attention order: opaque to clients. */
export function encodeCursor(key: CaseloadKey): string {
  return Buffer.from(JSON.stringify([key.attention, key.lastActivity, key.patientId])).toString('base64url');
}

export function decodeCursor(cursor: string): CaseloadKey {
  const refuse = () => new ProblemsError([{ path: 'cursor', message: 'is not a cursor from this list' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw refuse();
  const [attention, lastActivity, patientId] = parsed as unknown[];
  if (
    typeof attention !== 'number' ||
    !Number.isInteger(attention) ||
    attention < 0 ||
    attention > NO_ATTENTION ||
    !(lastActivity === null || (typeof lastActivity === 'string' && isRealDate(lastActivity))) ||
    typeof patientId !== 'string' ||
    !UUID.test(patientId)
  ) {
    throw refuse();
  }
  return { attention, lastActivity, patientId };
}
