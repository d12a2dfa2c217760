import type PDFDocument from 'pdfkit';
import { chartsPage } from './charts-page.js';
import { dayText, pdfText } from './pdf-text.js';
import { functionLines, planModeText, runningText } from './plan-text.js';
import {
  adviceTitle,
  doseText,
  exerciseName,
  protocolOf,
  stageName,
  type ReportData,
} from './report-data.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface PdfOptions {
  /** Deflate page contents (the default); tests turn it off to read the text. */
  compress: boolean;
}

const STATUS_TEXT: Record<string, string> = {
  emergency: 'Emergency: get care today (a red flag was reported)',
  'urgent-referral': 'Urgent referral: to be seen within days',
  'medical-review': 'Medical review needed before exercising',
  'assessment-needed': 'Assessment needed by a clinician',
  active: 'Active: following the program',
  completed: 'Completed: on maintenance',
};

function heading(doc: Doc, text: string): void {
  doc
    .moveDown(0.8)
    .font('Helvetica-Bold')
    .fontSize(13)
    .fillColor('#0b3d91')
    .text(pdfText(text), doc.page.margins.left);
  doc.moveDown(0.2).font('Helvetica').fontSize(10).fillColor('#111111');
}

function field(doc: Doc, label: string, value: string): void {
  doc
    .font('Helvetica-Bold')
    .text(`${pdfText(label)}: `, { continued: true })
    .font('Helvetica')
    .text(pdfText(value));
}

function bullet(doc: Doc, text: string): void {
  doc.text(`-  ${pdfText(text)}`, { indent: 8 });
}

function whoAndWhen(doc: Doc, r: ReportData): void {
  if (r.clinicName !== undefined && r.clinicName !== null) {
    doc.font('Helvetica-Bold').fontSize(14).fillColor('#111111').text(pdfText(r.clinicName));
  }
  doc.font('Helvetica-Bold').fontSize(20).fillColor('#0b3d91').text('Rehabilitation progress report');
  doc.font('Helvetica').fontSize(10).fillColor('#444444');
  doc.text(
    `Proximal hamstring tendinopathy, protocol ${r.protocol}. Decision support only: it does not replace a clinician.`,
  );
  heading(doc, 'Who and when');
  field(doc, 'Patient', r.patientLabel);
  if (r.dateOfBirth !== undefined && r.dateOfBirth !== null)
    field(doc, 'Date of birth', dayText(r.dateOfBirth));
  if (r.reference !== undefined && r.reference !== null) field(doc, 'Clinic reference', r.reference);
  field(doc, 'Patient record', r.patientId);
  field(doc, 'Prepared for', r.preparedFor);
  field(doc, 'Linked clinicians', r.clinicians.length === 0 ? 'none' : r.clinicians.join('; '));
  field(doc, 'Generated', `${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC`);
  field(doc, 'Figures as of', `${dayText(r.asOf)} (${r.timeZone})`);
}

function currentState(doc: Doc, r: ReportData): void {
  heading(doc, 'Current status');
  const d = r.decision;
  if (d === null) {
    doc.text(pdfText(`No decision yet: ${r.missing ?? 'the case is incomplete'}.`));
    return;
  }
  const p = protocolOf(r);
  field(doc, 'Decided by', `protocol ${d.protocol}`);
  field(doc, 'Status', STATUS_TEXT[d.status] ?? d.status);
  if (d.stage !== null) {
    field(doc, 'Stage', `Stage ${d.stage} (${stageName(p, d.stage)}), level ${d.level ?? 1}`);
  }
  field(doc, 'Latest change', d.change);
  field(doc, 'Flags', d.flags.length === 0 ? 'none' : d.flags.join(', '));
  field(doc, 'Pain ceiling', `${r.painCeiling}/10`);
  for (const line of functionLines(d.outcome)) field(doc, 'Function score', line);
  field(doc, 'Expected length', `${d.expectedWeeks[0]} to ${d.expectedWeeks[1]} weeks`);

  heading(doc, 'Current plan');
  const mode = planModeText(d.plan);
  if (mode !== null) doc.text(pdfText(mode));
  for (const exercise of d.plan.exercises)
    bullet(doc, `${exerciseName(p, exercise.id)}: ${doseText(exercise)}`);
  if (d.plan.exercises.length === 0 && mode === null) doc.text('No exercises for now.');
  if (d.plan.sessionsPerDay === 2) bullet(doc, 'Up to two sessions a day');
  if (d.plan.running !== null) bullet(doc, runningText(d.plan.running));
  if (d.plan.sittingBreakMinutes !== null)
    bullet(doc, `Break up sitting every ${d.plan.sittingBreakMinutes} minutes`);
  if (d.plan.advice.length > 0) {
    doc.moveDown(0.3).font('Helvetica-Bold').text('Advice').font('Helvetica');
    for (const id of d.plan.advice) bullet(doc, adviceTitle(p, id));
  }
}

function stageHistory(doc: Doc, r: ReportData): void {
  heading(doc, 'Stage history');
  if (r.stageHistory.length === 0) {
    doc.text('No stages yet.');
    return;
  }
  for (const entry of r.stageHistory) {
    const where = entry.stage === null ? 'program paused' : `stage ${entry.stage} level ${entry.level ?? 1}`;
    const running = entry.runningLevel === null ? '' : `, running R${entry.runningLevel}`;
    bullet(doc, `${dayText(entry.date)}: ${entry.change}, ${where}${running}`);
  }
}

function recentDecisions(doc: Doc, r: ReportData): void {
  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(16).fillColor('#0b3d91').text('Recent decisions and their reasons');
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#444444')
    .text(
      `The latest ${r.recent.length} changes, newest first, each on the day protocol ${r.protocol} made it, with that day's reasons.`,
    );
  if (r.recent.length === 0) doc.fillColor('#111111').fontSize(10).text('No decisions yet.');
  for (const { entry, reasons } of r.recent) {
    const where = entry.stage === null ? '' : `: stage ${entry.stage} level ${entry.level ?? 1}`;
    doc
      .moveDown(0.6)
      .font('Helvetica-Bold')
      .fontSize(10)
      .fillColor('#111111')
      .text(pdfText(`${dayText(entry.date)}, ${entry.change}${where}`));
    doc.font('Helvetica').fontSize(9);
    for (const reason of reasons) bullet(doc, reason);
  }
}

/**
 * Renders the progress report as a PDF. pdfkit (about 30 MB once loaded, with its fonts and Unicode
 * tables) is loaded at the first report, not at start-up.
 */
export async function renderReport(r: ReportData, options: PdfOptions): Promise<Buffer> {
  const { default: PDFKit } = await import('pdfkit');
  const doc = new PDFKit({
    size: 'A4',
    margin: 50,
    compress: options.compress,
    info: {
      Title: 'Rehabilitation progress report',
      Author: 'hamstring-rehab',
      Subject: pdfText(r.patientLabel),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  whoAndWhen(doc, r);
  currentState(doc, r);
  stageHistory(doc, r);
  chartsPage(doc, r);
  recentDecisions(doc, r);
  doc.end();
  return done;
}
