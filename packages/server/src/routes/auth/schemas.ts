import { uuidSchema } from '../../http/schemas.js';
import type { Store, User } from '../../store/store.js';

export interface Credentials {
  email: string;
  password: string;
}

export const email = { type: 'string', format: 'email', maxLength: 254 } as const;

/** New passwords: long enough to resist guessing, short enough to hash cheaply. */
export const newPassword = { type: 'string', minLength: 10, maxLength: 200 } as const;

export const signupBody = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: { email, password: newPassword },
} as const;

export const loginBody = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: { email, password: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export const meSchema = {
  type: 'object',
  required: ['id', 'role'],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    role: { enum: ['patient', 'clinician'] },
    patientId: { ...uuidSchema, description: 'The patient record this user manages themselves, if any.' },
    clinicId: { ...uuidSchema, description: 'A clinician’s clinic.' },
    clinicName: { type: 'string', description: 'A clinician’s clinic.' },
  },
} as const;

export interface Me {
  id: string;
  role: User['role'];
  patientId?: string;
  clinicId?: string;
  clinicName?: string;
}

/** Who the user is, as `GET /api/v1/me` and sign-in answer it: a clinician's clinic included. */
export async function meOf(
  store: Store,
  user: Pick<User, 'id' | 'role' | 'patientId' | 'clinicId'>,
): Promise<Me> {
  const me: Me = { id: user.id, role: user.role };
  if (user.patientId !== null) me.patientId = user.patientId;
  if (user.clinicId !== null) {
    const clinic = await store.getClinic(user.clinicId);
    me.clinicId = user.clinicId;
    if (clinic !== undefined) me.clinicName = clinic.name;
  }
  return me;
}

/** Emails compare without case or surrounding spaces. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}
