import type { FastifyInstance } from 'fastify';
import { schemaOf, typed } from '../../http/typed-app.js';
import { actorOf } from '../../http/access.js';
import { todayIn } from '../../http/dates.js';
import type { Deps } from '../../http/deps.js';
import { notFound } from '../../http/errors.js';
import { errorResponses, patientParamsSchema } from '../../http/schemas.js';
import { renderReport } from '../../reports/pdf-report.js';
import { reportData } from '../../reports/report-data.js';
import { loadPatientData } from './patient-case.js';

/**
 * GET /api/v1/patients/{patientId}/report.pdf: a progress report (who and when, status and plan, stage
 * history, charts of morning score, session pain and function, recent decisions with their reasons).
 */
export function registerReport(app: FastifyInstance, { store, clock, pdf }: Deps): void {
  const api = typed(app);
  api.get(
    '/api/v1/patients/:patientId/report.pdf',
    {
      schema: {
        tags: ['patients'],
        summary: 'A PDF progress report for the patient',
        params: patientParamsSchema,
        response: {
          200: {
            description: 'The report',
            content: {
              'application/pdf': { schema: schemaOf<Buffer>()({ type: 'string', format: 'binary' }) },
            },
          },
          ...errorResponses,
        },
      },
      config: { access: 'patient', audit: 'report.read' },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      const actor = actorOf(request);
      const [patient, data, clinicians, identity, member] = await Promise.all([
        store.getPatient(patientId),
        loadPatientData(store, patientId),
        store.listPatientClinicians(patientId),
        store.getIdentity(patientId),
        store.getClinicMember(actor.userId),
      ]);
      const clinic = member === undefined ? undefined : await store.getClinic(member.clinicId);
      if (patient === undefined || data === undefined) throw notFound();
      const owner = patient.ownerUserId === null ? undefined : await store.findUserById(patient.ownerUserId);
      const me = clinicians.find((c) => c.id === actor.userId);
      const now = clock();
      const asOf = todayIn(data.profile.timeZone, now);
      const body = await renderReport(
        reportData(
          data,
          {
            patientLabel: identity?.name ?? owner?.email ?? `patient ${patientId}`,
            patientId,
            clinicName: clinic?.name ?? null,
            dateOfBirth: identity?.dateOfBirth ?? null,
            reference: identity?.reference ?? null,
            preparedFor:
              me === undefined
                ? 'the patient'
                : `${me.email}${me.clinicName === null ? '' : `, ${me.clinicName}`}`,
            clinicians: clinicians.map(
              (c) => `${c.email}${c.clinicName === null ? '' : ` (${c.clinicName})`}`,
            ),
          },
          asOf,
          now.toISOString(),
        ),
        pdf,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', reportFileName(identity?.name ?? null, asOf))
        .send(body);
    },
  );
}

/**
 * `<patient name> <date>.pdf` (issue 12), or `progress-report-<date>.pdf` without a name: an ASCII fallback
 * and the name in any script as RFC 5987 `filename*`.
 */
export function reportFileName(name: string | null, asOf: string): string {
  if (name === null) return `attachment; filename="progress-report-${asOf}.pdf"`;
  const file = `${name} ${asOf}.pdf`;
  const ascii = file
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file)}`;
}
