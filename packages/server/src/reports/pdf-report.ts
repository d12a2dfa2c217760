import type PDFDocument from 'pdfkit';
import { aboutPatient } from './about-patient.js';
import { chartsPage, functionSummary } from './charts-page.js';
import { BODY, BOLD, registerFonts } from './pdf-fonts.js';
import { artifact, field, footer, heading, keepRoom, list, paragraph, type Writer } from './pdf-layout.js';
import { dayText, pdfText } from './pdf-text.js';
import { planModeText, runningText } from './plan-text.js';
import { redFlags, STATUS_TEXT } from './red-flags.js';
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
  /** Deflate page contents (the default); tests turn it off to read the raw content. */
  compress: boolean;
}

export const DISCLAIMER =
  'Decision support only: the plan follows a written protocol and does not replace a clinician’s examination or judgement.';

function letterhead(w: Writer, r: ReportData): void {
  const { doc } = w;
  doc.font(BOLD).fontSize(16).fillColor('#111111');
  doc.text(pdfText(r.clinicName ?? 'hamstring-rehab'), { structParent: w.root, structType: 'P' });
  artifact(doc, () => {
    const y = doc.y + 2;
    doc
      .lineWidth(1)
      .strokeColor('#0b3d91')
      .moveTo(doc.page.margins.left, y)
      .lineTo(doc.page.width - doc.page.margins.right, y)
      .stroke();
  });
  doc.moveDown(0.5);
  heading(w, 'Rehabilitation report: proximal hamstring tendinopathy', 'H1');
  doc.fillColor('#444444');
  paragraph(w, `Protocol: ${protocolOf(r).name} (${r.protocol}). ${DISCLAIMER}`);
  doc.fillColor('#111111');
}

function patient(w: Writer, r: ReportData): void {
  heading(w, 'Patient');
  field(w, 'Name', r.patientLabel);
  field(
    w,
    'Date of birth',
    r.dateOfBirth === null || r.dateOfBirth === undefined ? 'not given' : dayText(r.dateOfBirth),
  );
  if (r.reference !== null && r.reference !== undefined) field(w, 'Clinic reference', r.reference);
  field(w, 'Prepared by', r.preparedFor);
  field(w, 'Linked clinicians', r.clinicians.length === 0 ? 'none' : r.clinicians.join('; '));
  field(w, 'Generated', `${dayText(r.generatedAt.slice(0, 10))} ${r.generatedAt.slice(11, 16)} UTC`);
  field(w, 'Figures as of', `${dayText(r.asOf)} (${r.timeZone})`);
}

function summary(w: Writer, r: ReportData): void {
  heading(w, 'Clinician’s summary');
  const text = r.summary?.trim() ?? '';
  paragraph(w, text === '' ? 'No summary was written for this report.' : text);
}

function flags(w: Writer, r: ReportData): void {
  heading(w, 'Red flags and current flags');
  const { doc } = w;
  const red = redFlags(r);
  if (red.length > 0) {
    doc.font(BOLD).fillColor('#b00020');
    doc.text('RED FLAG', { structParent: w.root, structType: 'P' });
    doc.fillColor('#111111');
    list(w, red.map(aboutPatient));
  } else paragraph(w, 'No red flag: none reported in screening, symptoms or check-ins.');
  const d = r.decision;
  const current = d === null ? [] : d.flags.map(flagText);
  field(w, 'Current flags', current.length === 0 ? 'none' : current.join(', '));
}

const FLAG_TEXT: Record<string, string> = {
  'red-flag': 'red flag',
  'repeated-flare': 'repeated flare',
  flare: 'flare',
  'worsening-trend': 'worsening trend',
  'missing-check-ins': 'missing check-ins',
  stalled: 'stalled (no progress for weeks)',
  'severe-pain': 'severe pain',
  'nerve-signs': 'nerve signs',
  'persistent-amber': 'persistent amber pain',
  'off-plan-running': 'running off the plan',
};
const flagText = (flag: string) => FLAG_TEXT[flag] ?? flag;

function currentState(w: Writer, r: ReportData): void {
  heading(w, 'Current status');
  const d = r.decision;
  if (d === null) {
    paragraph(w, `No decision yet: ${r.missing ?? 'the case is incomplete'}.`);
    return;
  }
  const p = protocolOf(r);
  field(w, 'Status', STATUS_TEXT[d.status] ?? d.status);
  if (d.stage !== null)
    field(w, 'Stage', `Stage ${d.stage} (${stageName(p, d.stage)}), level ${d.level ?? 1}`);
  field(w, 'Latest change', d.change);
  field(w, 'Pain ceiling', `${r.painCeiling}/10`);
  field(w, 'Expected length', `${d.expectedWeeks[0]} to ${d.expectedWeeks[1]} weeks`);
  heading(w, 'Function', 'H3');
  list(w, functionSummary(r));

  heading(w, 'Current plan', 'H3');
  const mode = planModeText(d.plan);
  if (mode !== null) paragraph(w, aboutPatient(mode));
  const items = d.plan.exercises.map((e) => `${exerciseName(p, e.id)}: ${doseText(e)}`);
  if (d.plan.exercises.length === 0 && mode === null) paragraph(w, 'No exercises for now.');
  if (d.plan.sessionsPerDay === 2) items.push('Up to two sessions a day');
  if (d.plan.running !== null) items.push(runningText(d.plan.running));
  if (d.plan.sittingBreakMinutes !== null)
    items.push(`Break up sitting every ${d.plan.sittingBreakMinutes} minutes`);
  items.push(...d.plan.advice.map((id) => `Advice: ${adviceTitle(p, id)}`));
  list(w, items.map(aboutPatient));
}

function stageHistory(w: Writer, r: ReportData): void {
  heading(w, 'Stage history');
  if (r.stageHistory.length === 0) {
    paragraph(w, 'No stages yet.');
    return;
  }
  list(
    w,
    r.stageHistory.map((entry) => {
      const where =
        entry.stage === null ? 'program paused' : `stage ${entry.stage} level ${entry.level ?? 1}`;
      const running = entry.runningLevel === null ? '' : `, running R${entry.runningLevel}`;
      return `${dayText(entry.date)}: ${entry.change}, ${where}${running}`;
    }),
  );
}

function clinicRecords(w: Writer, r: ReportData): void {
  heading(w, 'Load tests');
  if (r.loadTests.length === 0) paragraph(w, 'No load test recorded.');
  list(
    w,
    r.loadTests.map(
      (t) => `${dayText(t.date)}: ${t.test}${t.side === null ? '' : `, ${t.side} side`}, pain ${t.pain}/10`,
    ),
  );
  heading(w, 'Treatment notes');
  if (r.notes.length === 0) paragraph(w, 'No treatment note recorded.');
  if (r.withdrawnNotes > 0)
    paragraph(
      w,
      `${r.withdrawnNotes} note${r.withdrawnNotes === 1 ? ' was' : 's were'} marked entered in error and ${r.withdrawnNotes === 1 ? 'is' : 'are'} left out.`,
    );
  for (const n of r.notes) {
    keepRoom(w.doc, 40);
    field(
      w,
      `${dayText(n.date)}, ${n.kind.replace('-', ' ')}`,
      n.author === null ? 'author removed' : n.author,
    );
    paragraph(w, n.text, { indent: 10 });
  }
}

function recentDecisions(w: Writer, r: ReportData): void {
  const { doc } = w;
  doc.addPage();
  doc.font(BOLD).fontSize(16).fillColor('#0b3d91');
  doc.text('Recent decisions and their reasons', { structParent: w.root, structType: 'H2' });
  doc.font(BODY).fontSize(9).fillColor('#444444');
  paragraph(
    w,
    `The latest ${r.recent.length} changes, newest first, each on the day protocol ${r.protocol} made it, with that day's reasons.`,
  );
  doc.fillColor('#111111');
  if (r.recent.length === 0) paragraph(w, 'No decisions yet.');
  for (const { entry, reasons } of r.recent) {
    const where = entry.stage === null ? '' : `: stage ${entry.stage} level ${entry.level ?? 1}`;
    doc.fontSize(10);
    heading(w, `${dayText(entry.date)}, ${entry.change}${where}`, 'H3');
    list(w, reasons.map(aboutPatient), 9);
  }
}

/**
 * Renders the report as a tagged PDF (PDF/UA identification, English, the title shown) in DejaVu Sans,
 * embedded. pdfkit (about 30 MB once loaded) and the font are loaded at the first report, not at start-up.
 */
export async function renderReport(r: ReportData, options: PdfOptions): Promise<Buffer> {
  const { default: PDFKit } = await import('pdfkit');
  const title = pdfText(`Rehabilitation report: ${r.patientLabel}`);
  const doc: Doc = new PDFKit({
    size: 'A4',
    margins: { top: 50, left: 50, right: 50, bottom: 60 },
    compress: options.compress,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    subset: 'PDF/UA' as never,
    bufferPages: true,
    info: { Title: title, Author: pdfText(r.clinicName ?? 'hamstring-rehab'), Subject: DISCLAIMER },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const w: Writer = { doc, root };
  letterhead(w, r);
  patient(w, r);
  summary(w, r);
  flags(w, r);
  currentState(w, r);
  stageHistory(w, r);
  clinicRecords(w, r);
  chartsPage(doc, root, r);
  recentDecisions(w, r);
  const who = `${r.patientLabel}${r.dateOfBirth === null || r.dateOfBirth === undefined ? '' : `, born ${dayText(r.dateOfBirth)}`}`;
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    footer(doc, `${who}. Page ${page + 1} of ${count}. ${DISCLAIMER}`);
  }
  root.end();
  doc.end();
  return done;
}
