import { ProblemsError } from '../../http/errors.js';
import { weakPasswordReason } from '../../http/password-strength.js';
import { identityProperties, personName } from '../../http/identity.js';
import { inviteCodeSchema } from '../../http/invite-codes.js';
import { uuidSchema } from '../../http/schemas.js';
import type { Store, User } from '../../store/store.js';

export const email = { type: 'string', format: 'email', maxLength: 254 } as const;

/**
 * New passwords: long enough to resist guessing, not blank, short enough to hash cheaply; the routes then
 * check them with the strength estimator (`weakPasswordReason`).
 */
export const newPassword = {
  type: 'string',
  minLength: 10,
  maxLength: 200,
  pattern: '\\S',
  description: 'At least 10 characters, not only spaces, and not easy to guess (checked with zxcvbn-ts)',
} as const;

/** 400 naming the field when a new password is too easy to guess. */
export function checkNewPassword(field: string, password: string, email?: string): void {
  const reason = weakPasswordReason(password, email === undefined ? [] : [email]);
  if (reason !== undefined) throw new ProblemsError([{ path: field, message: reason }]);
}

export const signupBody = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: {
    email,
    password: newPassword,
    name: personName,
    dateOfBirth: identityProperties.dateOfBirth,
    inviteCode: {
      ...inviteCodeSchema,
      description: 'A clinician’s invite: the new account is linked to them on creation',
    },
  },
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
    email: { type: 'string', description: 'The signed-in user’s e-mail.' },
    clinicRole: { enum: ['admin', 'clinician'], description: 'A clinician’s role in their clinic.' },
    twoFactor: {
      type: 'object',
      required: ['enabled', 'required'],
      additionalProperties: false,
      description:
        'A clinician’s two-factor sign-in: on or not, and required by the clinic (then clinic routes answer 403 until it is on).',
      properties: { enabled: { type: 'boolean' }, required: { type: 'boolean' } },
    },
  },
} as const;

export interface Me {
  id: string;
  role: User['role'];
  patientId?: string;
  clinicId?: string;
  clinicName?: string;
  email?: string;
  clinicRole?: 'admin' | 'clinician';
  twoFactor?: { enabled: boolean; required: boolean };
}

/** Who the user is, as `GET /api/v1/me` and sign-in answer it: a clinician's clinic included. */
export async function meOf(
  store: Store,
  user: Pick<User, 'id' | 'role' | 'patientId' | 'clinicId'>,
): Promise<Me> {
  const me: Me = { id: user.id, role: user.role };
  if (user.patientId !== null) me.patientId = user.patientId;
  if (user.role === 'clinician') {
    // Read fresh: a colleague removed from the clinic has no clinic from that moment.
    const [member, account, twoFactor] = await Promise.all([
      store.getClinicMember(user.id),
      store.findUserById(user.id),
      store.twoFactorStatus(user.id),
    ]);
    if (account !== undefined) me.email = account.email;
    me.twoFactor = twoFactor;
    if (member !== undefined) {
      const clinic = await store.getClinic(member.clinicId);
      me.clinicId = member.clinicId;
      me.clinicRole = member.clinicRole;
      if (clinic !== undefined) me.clinicName = clinic.name;
    }
  }
  return me;
}

export { normalizeEmail } from '../../http/emails.js';
