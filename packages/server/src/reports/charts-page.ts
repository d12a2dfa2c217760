import type PDFDocument from 'pdfkit';
import { chartAlt, drawChart, type Band, type ChartSpec } from './charts.js';
import { BODY, BOLD } from './pdf-fonts.js';
import { dayText, pdfText } from './pdf-text.js';
import { protocolOf, type ReportData } from './report-data.js';

type Doc = InstanceType<typeof PDFDocument>;
type Struct = PDFKit.PDFStructureElement;

const GREEN = '#2e7d32';
const AMBER = '#f9a825';
const RED = '#c62828';

const range = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);

/**
 * The morning score's bands in words: "green: 0-3", "amber: 4-5", "red: 6-10 (above the ceiling of 5)".
 * With a ceiling below the protocol's amber threshold there is no amber band (issue 12: "amber 4-3").
 */
export function morningBands(amberFrom: number, ceiling: number): Band[] {
  const greenTop = Math.min(amberFrom - 1, ceiling);
  const bands: Band[] = [
    { from: 0, to: greenTop + 0.5, color: GREEN, label: `green: score ${range(0, greenTop)}` },
  ];
  if (amberFrom <= ceiling)
    bands.push({
      from: amberFrom - 0.5,
      to: ceiling + 0.5,
      color: AMBER,
      label: `amber: score ${range(amberFrom, ceiling)}`,
    });
  if (ceiling < 10)
    bands.push({
      from: ceiling + 0.5,
      to: 10,
      color: RED,
      label: `red: score ${range(ceiling + 1, 10)} (above the ceiling of ${ceiling})`,
    });
  return bands;
}

function figure(doc: Doc, root: Struct, spec: ChartSpec): void {
  root.add(
    doc.struct('Figure', { alt: chartAlt(spec) }, () => {
      drawChart(doc, spec);
    }),
  );
}

/** The report's page of charts: morning score in its pain bands, session pain, function score. */
export function chartsPage(doc: Doc, root: Struct, r: ReportData): void {
  doc.addPage();
  doc.font(BOLD).fontSize(16).fillColor('#0b3d91');
  doc.text('Pain and function over time', { structParent: root, structType: 'H2' });
  const { series } = r;
  const days = [...series.morning, ...series.sessions, ...series.functionChecks].map((p) => p.date).sort();
  const from = days[0] ?? r.asOf;
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const ceiling = r.painCeiling;
  const common = { x, width, from, to: r.asOf, yMax: 10, yStep: 2 };
  figure(doc, root, {
    ...common,
    title: 'Morning score (pain on three single-leg bridges, 0-10)',
    y: 95,
    height: 190,
    bands: morningBands(protocolOf(r).pain.amberFrom, ceiling),
    lines: [
      {
        label: 'morning score',
        color: '#0b3d91',
        points: series.morning.map((p) => ({ date: p.date, value: p.score })),
      },
    ],
  });
  figure(doc, root, {
    ...common,
    title: 'Pain during and after sessions (0-10)',
    y: 315,
    height: 190,
    rule: { value: ceiling, label: `pain ceiling ${ceiling}/10` },
    lines: [
      {
        label: 'pain during the session',
        color: '#6a1b9a',
        points: series.sessions.map((p) => ({ date: p.date, value: p.during })),
      },
      {
        label: 'pain after the session (dashed)',
        color: '#00838f',
        dashed: true,
        points: series.sessions.flatMap((p) => (p.after === null ? [] : [{ date: p.date, value: p.after }])),
      },
    ],
  });
  const instruments = [...new Set(series.functionChecks.map((f) => f.instrument))];
  figure(doc, root, {
    ...common,
    title: 'Function score (0-100; VISA-H or the app’s own, never compared)',
    y: 535,
    height: 170,
    yMax: 100,
    yStep: 20,
    lines: instruments.map((instrument, i) => ({
      label: instrumentName(instrument),
      color: i === 0 ? '#2e7d32' : '#ef6c00',
      points: series.functionChecks
        .filter((f) => f.instrument === instrument)
        .map((f) => ({ date: f.date, value: f.score })),
    })),
  });
  doc.font(BODY).fontSize(10).fillColor('#111111');
  doc.text(functionSummary(r).join(' '), x, 725, { width, structParent: root });
}

const instrumentName = (instrument: string) => (instrument === 'visa-h' ? 'VISA-H' : 'own function check');

/**
 * One sentence per instrument, first and latest with the change: "VISA-H: 41 on 2 Mar 2026, latest 58.5 on
 * 9 Mar 2026 (+17.5)"; a single score (or scores of one day) is said once. Instruments are never compared.
 */
export function functionSummary(r: Pick<ReportData, 'series'>): string[] {
  const checks = r.series.functionChecks;
  if (checks.length === 0) return ['No function score recorded yet.'];
  const instruments = [...new Set(checks.map((c) => c.instrument))];
  return instruments.flatMap((instrument) => {
    const own = checks.filter((c) => c.instrument === instrument);
    const first = own[0];
    const last = own[own.length - 1];
    if (first === undefined || last === undefined) return [];
    const name = instrument === 'visa-h' ? 'VISA-H' : 'Own function check';
    if (first.date === last.date)
      return [pdfText(`${name}: ${last.score} on ${dayText(last.date)} (one score so far).`)];
    const change = Math.round((last.score - first.score) * 10) / 10;
    return [
      pdfText(
        `${name}: first ${first.score} on ${dayText(first.date)}, latest ${last.score} on ${dayText(last.date)} (${change >= 0 ? '+' : ''}${change}).`,
      ),
    ];
  });
}
