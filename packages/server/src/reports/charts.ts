import type PDFDocument from 'pdfkit';
import { BODY, BOLD } from './pdf-fonts.js';
import { dayText, pdfText } from './pdf-text.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface Band {
  from: number;
  to: number;
  color: string;
  label: string;
}

export interface Line {
  label: string;
  color: string;
  dashed?: boolean;
  points: { date: string; value: number }[];
}

export interface ChartSpec {
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The days the x axis spans. */
  from: string;
  to: string;
  yMax: number;
  yStep: number;
  bands?: Band[];
  lines: Line[];
  /** A horizontal reference line, such as the pain ceiling. */
  rule?: { value: number; label: string };
}

const DAY = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY;

/** A line chart drawn with vector graphics: coloured bands, a grid, one polyline and dots per series. */
export function drawChart(doc: Doc, spec: ChartSpec): void {
  doc.font(BOLD).fontSize(11).fillColor('#111111').text(pdfText(spec.title), spec.x, spec.y);
  drawLines(doc, spec);
}

/** What a screen reader says for the chart (its tagged Figure's alternative text). */
export function chartAlt(spec: ChartSpec): string {
  const lines = spec.lines.map((l) => {
    const points = l.points.filter((p) => p.date >= spec.from && p.date <= spec.to);
    const last = points[points.length - 1];
    return last === undefined
      ? `${l.label}: no values`
      : `${l.label}: ${points.length} values, the latest ${last.value} on ${dayText(last.date)}`;
  });
  const bands = (spec.bands ?? []).map((b) => b.label);
  return pdfText(
    `${spec.title}, ${dayText(spec.from)} to ${dayText(spec.to)}. ${[...lines, ...bands].join('; ')}.`,
  );
}

function drawLines(doc: Doc, spec: ChartSpec): void {
  const left = spec.x + 28;
  const top = spec.y + 18;
  const width = spec.width - 36;
  const height = spec.height - 46;
  const first = dayNumber(spec.from);
  const span = Math.max(1, dayNumber(spec.to) - first);
  const xOf = (day: string) => left + ((dayNumber(day) - first) / span) * width;
  const yOf = (value: number) =>
    top + height - (Math.min(spec.yMax, Math.max(0, value)) / spec.yMax) * height;
  for (const band of spec.bands ?? []) {
    doc
      .rect(left, yOf(band.to), width, yOf(band.from) - yOf(band.to))
      .fillOpacity(0.35)
      .fill(band.color);
  }
  doc.fillOpacity(1);

  doc.font(BODY).fontSize(7).fillColor('#444444');
  doc.lineWidth(0.3).strokeColor('#999999');
  for (let v = 0; v <= spec.yMax; v += spec.yStep) {
    doc
      .moveTo(left, yOf(v))
      .lineTo(left + width, yOf(v))
      .stroke();
    doc.text(String(v), spec.x, yOf(v) - 3, { width: 22, align: 'right' });
  }
  const ticks = [spec.from, ...[1, 2, 3].map((q) => dayFrom(first + (span * q) / 4)), spec.to];
  for (const day of ticks)
    doc.text(pdfText(dayText(day)), xOf(day) - 30, top + height + 4, { width: 60, align: 'center' });
  doc.lineWidth(0.8).strokeColor('#333333').rect(left, top, width, height).stroke();

  if (spec.rule !== undefined) {
    doc.lineWidth(0.8).strokeColor('#b00020').dash(2, { space: 2 });
    doc
      .moveTo(left, yOf(spec.rule.value))
      .lineTo(left + width, yOf(spec.rule.value))
      .stroke()
      .undash();
    doc.fillColor('#b00020').text(pdfText(spec.rule.label), left + width - 120, yOf(spec.rule.value) - 9, {
      width: 118,
      align: 'right',
    });
  }
  for (const line of spec.lines) {
    const points = line.points.filter((p) => p.date >= spec.from && p.date <= spec.to);
    if (points.length === 0) continue;
    doc.lineWidth(1.2).strokeColor(line.color);
    if (line.dashed === true) doc.dash(3, { space: 2 });
    points.forEach((p, i) => {
      if (i === 0) doc.moveTo(xOf(p.date), yOf(p.value));
      else doc.lineTo(xOf(p.date), yOf(p.value));
    });
    doc.stroke().undash();
    doc.fillColor(line.color);
    for (const p of points) doc.circle(xOf(p.date), yOf(p.value), 1.6).fill();
  }

  let legendX = left;
  const legendY = top + height + 16;
  for (const item of [
    ...spec.lines.map((l) => ({ label: l.label, color: l.color })),
    ...(spec.bands ?? []),
  ]) {
    doc.rect(legendX, legendY, 8, 8).fill(item.color);
    doc.fillColor('#222222').text(pdfText(item.label), legendX + 11, legendY, { lineBreak: false });
    legendX += 16 + doc.widthOfString(pdfText(item.label));
  }
  doc.fillColor('#111111');
}

function dayFrom(day: number): string {
  return new Date(Math.round(day) * DAY).toISOString().slice(0, 10);
}
