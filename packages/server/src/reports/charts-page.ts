import type PDFDocument from 'pdfkit';
import { drawChart } from './charts.js';
import { dayText, pdfText } from './pdf-text.js';
import { protocolOf, type ReportData } from './report-data.js';

type Doc = InstanceType<typeof PDFDocument>;

const GREEN = '#2e7d32';
const AMBER = '#f9a825';
const RED = '#c62828';

/** The report's page of charts: morning score in its pain bands, session pain, function score. */
export function chartsPage(doc: Doc, r: ReportData): void {
  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(16).fillColor('#0b3d91').text('Pain and function over time');
  const { series } = r;
  const days = [...series.morning, ...series.sessions, ...series.functionChecks].map((p) => p.date).sort();
  const from = days[0] ?? r.asOf;
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const ceiling = r.painCeiling;
  const amberFrom = protocolOf(r).pain.amberFrom;
  drawChart(doc, {
    title: 'Morning score (pain on three single-leg bridges, 0-10)',
    x,
    y: 95,
    width,
    height: 190,
    from,
    to: r.asOf,
    yMax: 10,
    yStep: 2,
    bands: [
      { from: 0, to: amberFrom - 0.5, color: GREEN, label: `green 0-${amberFrom - 1}` },
      {
        from: amberFrom - 0.5,
        to: ceiling + 0.5,
        color: AMBER,
        label: `amber ${amberFrom}-${ceiling}`,
      },
      { from: ceiling + 0.5, to: 10, color: RED, label: `red above ${ceiling}` },
    ],
    lines: [
      {
        label: 'morning score',
        color: '#0b3d91',
        points: series.morning.map((p) => ({ date: p.date, value: p.score })),
      },
    ],
  });
  drawChart(doc, {
    title: 'Pain during and after sessions (0-10)',
    x,
    y: 315,
    width,
    height: 190,
    from,
    to: r.asOf,
    yMax: 10,
    yStep: 2,
    rule: { value: ceiling, label: `pain ceiling ${ceiling}/10` },
    lines: [
      {
        label: 'during',
        color: '#6a1b9a',
        points: series.sessions.map((p) => ({ date: p.date, value: p.during })),
      },
      {
        label: 'after',
        color: '#00838f',
        dashed: true,
        points: series.sessions.flatMap((p) => (p.after === null ? [] : [{ date: p.date, value: p.after }])),
      },
    ],
  });
  const instruments = [...new Set(series.functionChecks.map((f) => f.instrument))];
  drawChart(doc, {
    title: 'Function score (0-100; VISA-H or the app’s own)',
    x,
    y: 535,
    width,
    height: 170,
    from,
    to: r.asOf,
    yMax: 100,
    yStep: 20,
    lines: instruments.map((instrument, i) => ({
      label: instrument === 'visa-h' ? 'VISA-H' : 'own scale',
      color: i === 0 ? '#2e7d32' : '#ef6c00',
      points: series.functionChecks
        .filter((f) => f.instrument === instrument)
        .map((f) => ({ date: f.date, value: f.score })),
    })),
  });
  doc.font('Helvetica').fontSize(10).fillColor('#111111');
  doc.text(pdfText(functionSummary(r)), x, 725, { width });
}

/** One sentence per instrument: scores of different instruments are never compared. */
function functionSummary(r: ReportData): string {
  const checks = r.series.functionChecks;
  if (checks.length === 0) return 'No function score recorded yet.';
  const instruments = [...new Set(checks.map((c) => c.instrument))];
  return instruments
    .map((instrument) => {
      const own = checks.filter((c) => c.instrument === instrument);
      const first = own[0];
      const last = own[own.length - 1];
      if (first === undefined || last === undefined) return '';
      const change = Math.round((last.score - first.score) * 10) / 10;
      const name = instrument === 'visa-h' ? 'VISA-H' : 'Own function check';
      return `${name}: ${first.score} on ${dayText(first.date)}, ${last.score} on ${dayText(last.date)} (${change >= 0 ? '+' : ''}${change}).`;
    })
    .join(' ');
}
