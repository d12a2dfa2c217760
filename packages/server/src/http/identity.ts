import type { PatientIdentity } from '../store/store.js';
import { dateSchema } from './schemas.js';
import { ProblemsError } from './errors.js';

/** A person's name as typed: any script, one line (control characters are refused for every string). */
export const personName = {
  type: 'string',
  minLength: 1,
  maxLength: 120,
  pattern: '\\S',
  description: 'The patient’s full name, in any script',
} as const;

export const identityProperties = {
  name: { anyOf: [personName, { type: 'null' }] },
  dateOfBirth: { anyOf: [{ ...dateSchema, description: 'Date of birth, YYYY-MM-DD' }, { type: 'null' }] },
  reference: {
    anyOf: [{ type: 'string', minLength: 1, maxLength: 40, pattern: '\\S' }, { type: 'null' }],
    description: 'The clinic’s own reference number for the patient',
  },
} as const;

export const identitySchema = {
  type: 'object',
  required: ['name', 'dateOfBirth', 'reference'],
  additionalProperties: false,
  properties: identityProperties,
} as const;

export interface IdentityInput {
  name?: string | null;
  dateOfBirth?: string | null;
  reference?: string | null;
}

/**
 * The identity as stored: names trimmed, absent parts null. A date of birth in the future (after `today`) or
 * before 1900 is refused, naming the field.
 */
export function identityOf(input: IdentityInput, today: string, prefix = ''): PatientIdentity {
  const dob = input.dateOfBirth ?? null;
  if (dob !== null && (dob > today || dob < '1900-01-01')) {
    throw new ProblemsError([
      { path: `${prefix}dateOfBirth`, message: 'must be a day between 1900-01-01 and today' },
    ]);
  }
  return {
    name: input.name?.trim().normalize('NFC') ?? null,
    dateOfBirth: dob,
    reference: input.reference?.trim() ?? null,
  };
}
