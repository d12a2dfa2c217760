import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import type { Deps } from '../../http/deps.js';
import { HttpError, ProblemsError } from '../../http/errors.js';
import { hashInviteCode, INVITE_DAYS, makeInviteCode, normalizeInviteCode } from '../../http/invite-codes.js';
import { identityOf, identityProperties, identitySchema } from '../../http/identity.js';
import { errorResponses, uuidSchema } from '../../http/schemas.js';
import { inviteCodeField } from '../auth/clinician-signup.js';
import { linkedClinicianSchema } from '../patients/clinicians.js';
import { registerInviteManagement } from './invite-management.js';

const inviteSchema = {
  type: 'object',
  required: ['id', 'code', 'kind', 'expiresAt', 'link', 'patient'],
  additionalProperties: false,
  properties: {
    id: { ...uuidSchema, description: 'To list and revoke it' },
    patient: identitySchema,
    code: { type: 'string', description: 'Eight letters and digits, such as ABCD-EFGH; shown once' },
    kind: { enum: ['patient', 'clinician'] },
    expiresAt: { type: 'string', description: 'ISO 8601 time' },
    link: {
      type: 'string',
      description:
        'The web app page that redeems it: /invite/{code} for patients, /join/{code} for clinicians',
    },
  },
} as const;

/**
 * POST /api/v1/clinician/invites: a single-use code, valid for 14 days, that links the patient who accepts
 * it to this clinician (`kind: patient`, the default) or lets a colleague join this clinic (`kind: clinician`).
 * POST /api/v1/invites/accept: a patient redeems a code.
 */
export function registerInvites(app: FastifyInstance, { store, clock, config }: Deps): void {
  const api = typed(app);
  api.post(
    '/api/v1/clinician/invites',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'Make an invite code for a patient (or a colleague)',
        body: {
          type: ['object', 'null'],
          description:
            'Optional: `{"kind": "clinician"}` invites a colleague into the clinic (clinic admins only); a patient ' +
            'invite may name the patient (prefilled at their sign-up, stored on their record)',
          additionalProperties: false,
          properties: { kind: { enum: ['patient', 'clinician'], default: 'patient' }, ...identityProperties },
        },
        response: { 201: inviteSchema, ...errorResponses },
      },
      config: { access: 'clinician' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const kind = request.body?.kind ?? 'patient';
      const now = clock();
      const member = await store.getClinicMember(actor.userId);
      if (member === undefined) throw new HttpError(403, 'you are not a clinician of a clinic any more');
      if (kind === 'clinician' && member.clinicRole !== 'admin') {
        throw new HttpError(403, 'only a clinic admin can invite colleagues');
      }
      const body = request.body ?? {};
      const patient =
        kind === 'patient'
          ? identityOf(body, now.toISOString().slice(0, 10))
          : { name: null, dateOfBirth: null, reference: null };
      const id = randomUUID();
      const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
      for (let attempt = 0; attempt < 5; attempt++) {
        const code = makeInviteCode();
        const codeHash = hashInviteCode(normalizeInviteCode(code) ?? code);
        const stored = await store.createInvite({
          codeHash,
          kind,
          clinicianId: actor.userId,
          now: now.toISOString(),
          expiresAt,
          id,
          patient,
        });
        if (stored) {
          const page = kind === 'patient' ? 'invite' : 'join';
          const link = `${new URL(`${request.protocol}://${request.host}`).origin}/${page}/${code}`;
          return reply.code(201).send({ id, code, kind, expiresAt, link, patient });
        }
      }
      throw new Error('could not make a unique invite code');
    },
  );

  registerInviteManagement(app, { store, clock, config });

  api.post(
    '/api/v1/invites/accept',
    {
      schema: {
        tags: ['clinicians'],
        summary: 'Accept a clinician’s invite: links the signed-in patient to that clinician',
        body: {
          type: 'object',
          required: ['code'],
          additionalProperties: false,
          properties: { code: inviteCodeField },
        },
        response: {
          200: {
            type: 'object',
            required: ['clinician'],
            additionalProperties: false,
            properties: { clinician: linkedClinicianSchema },
          },
          ...errorResponses,
        },
      },
      config: { access: 'user', rateLimit: { max: config.authRateLimit, timeWindow: 60_000 } },
    },
    async (request) => {
      const actor = actorOf(request);
      if (actor.role !== 'patient' || actor.patientId === null) {
        throw new HttpError(403, 'only a patient can accept an invite');
      }
      const code = normalizeInviteCode(request.body.code);
      if (code === null) {
        throw new ProblemsError([
          { path: 'code', message: 'must be 8 letters and digits, such as ABCD-EFGH' },
        ]);
      }
      const clinicianId = await store.acceptPatientInvite({
        codeHash: hashInviteCode(code),
        patientId: actor.patientId,
        now: clock().toISOString(),
      });
      if (clinicianId === undefined) {
        throw new HttpError(400, 'this invite code cannot be used', [
          { path: 'code', message: 'is not a valid invite: unknown, used or expired' },
        ]);
      }
      const clinicians = await store.listPatientClinicians(actor.patientId);
      const clinician = clinicians.find((c) => c.id === clinicianId);
      if (clinician === undefined) throw new Error('the link just made is missing');
      return { clinician };
    },
  );
}
