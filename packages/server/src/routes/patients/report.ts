import type { FastifyInstance } from 'fastify';
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
  app.get<{ Params: { patientId: string } }>(
    '/api/v1/patients/:patientId/report.pdf',
    {
      schema: {
        tags: ['patients'],
        summary: 'A PDF progress report for the patient',
        params: patientParamsSchema,
        response: {
          200: {
            description: 'The report',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          ...errorResponses,
        },
      },
      config: { access: 'patient', audit: 'report.read' },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      const actor = actorOf(request);
      const [patient, data, clinicians] = await Promise.all([
        store.getPatient(patientId),
        loadPatientData(store, patientId),
        store.listPatientClinicians(patientId),
      ]);
      if (patient === undefined || data === undefined) throw notFound();
      const owner = patient.ownerUserId === null ? undefined : await store.findUserById(patient.ownerUserId);
      const me = clinicians.find((c) => c.id === actor.userId);
      const now = clock();
      const asOf = todayIn(data.profile.timeZone, now);
      const body = await renderReport(
        reportData(
          data,
          {
            patientLabel: owner?.email ?? `patient ${patientId}`,
            patientId,
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
        .header('content-disposition', `attachment; filename="progress-report-${asOf}.pdf"`)
        .send(body);
    },
  );
}
