import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../http/access.js';
import { todayIn } from '../../cases/dates.js';
import type { Deps } from '../../http/deps.js';
import { notFound } from '../../http/errors.js';
import { errorResponses, patientParamsSchema } from '../../http/schemas.js';
import { renderReport } from '../../reports/pdf-report.js';
import { reportData } from '../../reports/report-data.js';
import { schemaOf, typed } from '../../http/typed-app.js';
import { loadPatientData } from '../../cases/patient-case.js';

/** The clinician's summary: up to 2,000 characters, no control character but line breaks (ADR 130). */
export const SUMMARY_MAX = 2000;
const summaryBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    summary: {
      type: 'string',
      maxLength: SUMMARY_MAX,
      pattern: '^[^\\u0000-\\u0009\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$',
      description:
        'The clinician’s summary, printed on page 1; line breaks allowed, no other control characters',
    },
  },
} as const;

const pdfResponse = {
  200: {
    description: 'The report',
    content: { 'application/pdf': { schema: schemaOf<Buffer>()({ type: 'string', format: 'binary' }) } },
  },
  ...errorResponses,
};

/**
 * GET /api/v1/patients/{patientId}/report.pdf: the report, for the patient or a clinician of their clinic.
 * POST to the same address with `{ summary }`: the same report with a clinician's summary on page 1, for a
 * clinician of the clinic only. A POST, not a query string, so that the summary (health information) stays
 * out of URLs, browser history and access logs (ADR 130). Audited as `report.read` and `report.generate`.
 */
export function registerReport(app: FastifyInstance, deps: Deps): void {
  const api = typed(app);
  api.get(
    '/api/v1/patients/:patientId/report.pdf',
    {
      schema: {
        tags: ['patients'],
        summary: 'A PDF report about the patient',
        params: patientParamsSchema,
        response: pdfResponse,
      },
      config: { access: 'patient', audit: 'report.read' },
    },
    async (request, reply) => {
      const report = await renderFor(deps, request.params.patientId, actorOf(request).userId, null);
      return reply.type('application/pdf').header('content-disposition', report.fileName).send(report.body);
    },
  );
  api.post(
    '/api/v1/patients/:patientId/report.pdf',
    {
      schema: {
        tags: ['patients'],
        summary: 'A PDF report about the patient with the clinician’s summary',
        params: patientParamsSchema,
        body: summaryBody,
        response: pdfResponse,
      },
      config: { access: 'linked-clinician', audit: 'report.generate', whileDischarged: true },
    },
    async (request, reply) => {
      const { patientId } = request.params;
      const summary = request.body.summary ?? null;
      const report = await renderFor(deps, patientId, actorOf(request).userId, summary);
      return reply.type('application/pdf').header('content-disposition', report.fileName).send(report.body);
    },
  );
}

/** The report's PDF and its file name, as the user `actorId` asked for it. */
async function renderFor(
  { store, clock, pdf }: Deps,
  patientId: string,
  actorId: string,
  summary: string | null,
): Promise<{ body: Buffer; fileName: string }> {
  const [patient, data, clinicians, identity, member, notes] = await Promise.all([
    store.getPatient(patientId),
    loadPatientData(store, patientId),
    store.listPatientClinicians(patientId),
    store.getIdentity(patientId),
    store.getClinicMember(actorId),
    store.listNotes(patientId),
  ]);
  if (patient === undefined || data === undefined) throw notFound();
  // the letterhead: the clinician's clinic, or for the patient the clinic of their first clinician
  const clinicId = member?.clinicId;
  const clinic = clinicId === undefined ? undefined : await store.getClinic(clinicId);
  const owner = patient.ownerUserId === null ? undefined : await store.findUserById(patient.ownerUserId);
  const me = clinicians.find((c) => c.id === actorId);
  const now = clock();
  const asOf = todayIn(data.profile.timeZone, now);
  const body = await renderReport(
    reportData(
      data,
      {
        patientLabel: identity?.name ?? owner?.email ?? `patient ${patientId}`,
        patientId,
        clinicName: clinic?.name ?? clinicians.find((c) => c.clinicName !== null)?.clinicName ?? null,
        dateOfBirth: identity?.dateOfBirth ?? null,
        reference: identity?.reference ?? null,
        summary,
        preparedFor:
          me === undefined
            ? 'the patient'
            : `${me.email}${me.clinicName === null ? '' : `, ${me.clinicName}`}`,
        clinicians: clinicians.map((c) => `${c.email}${c.clinicName === null ? '' : ` (${c.clinicName})`}`),
      },
      asOf,
      now.toISOString(),
      notes,
    ),
    pdf,
  );
  return { body, fileName: reportFileName(identity?.name ?? null, asOf) };
}

/**
 * `<patient name> <date>.pdf` (issue 12), or `progress-report-<date>.pdf` without a name: an ASCII fallback
 * (accents dropped, anything else unsafe in a file name removed) and the name in any script as RFC 5987
 * `filename*`.
 */
export function reportFileName(name: string | null, asOf: string): string {
  const fallback = `progress-report-${asOf}.pdf`;
  if (name === null) return `attachment; filename="${fallback}"`;
  const safe = name
    .replace(/[\p{Cc}\\/:*?"<>|]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (safe === '') return `attachment; filename="${fallback}"`;
  const file = `${safe} ${asOf}.pdf`;
  const ascii = file
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const plain = ascii === `${asOf}.pdf` ? fallback : ascii;
  const encoded = encodeURIComponent(file).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${plain}"; filename*=UTF-8''${encoded}`;
}
