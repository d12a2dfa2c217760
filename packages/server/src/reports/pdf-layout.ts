import type PDFDocument from 'pdfkit';
import { BODY, BOLD } from './pdf-fonts.js';
import { pdfText } from './pdf-text.js';

type Doc = InstanceType<typeof PDFDocument>;

/** A document and the structure element its text is tagged under (pdfkit's tagged PDF). */
export interface Writer {
  doc: Doc;
  root: PDFKit.PDFStructureElement;
}

const INK = '#111111';
const BLUE = '#0b3d91';

/** Starts a new page unless `points` of room are left on this one: a heading never ends a page alone. */
export function keepRoom(doc: Doc, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export function heading(w: Writer, text: string, level: 'H1' | 'H2' | 'H3' = 'H2'): void {
  const size = level === 'H1' ? 18 : level === 'H2' ? 13 : 11;
  keepRoom(w.doc, 70);
  w.doc
    .moveDown(level === 'H3' ? 0.4 : 0.8)
    .font(BOLD)
    .fontSize(size)
    .fillColor(BLUE)
    .text(pdfText(text), w.doc.page.margins.left, undefined, { structParent: w.root, structType: level });
  w.doc.moveDown(0.2).font(BODY).fontSize(10).fillColor(INK);
}

export function paragraph(w: Writer, text: string, options: PDFKit.Mixins.TextOptions = {}): void {
  w.doc.font(BODY).text(pdfText(text), { ...options, structParent: w.root });
}

/** "Label: value", the label bold, tagged as one paragraph. */
export function field(w: Writer, label: string, value: string): void {
  const { doc } = w;
  w.root.add(
    doc.struct('P', {}, () => {
      doc
        .font(BOLD)
        .text(`${pdfText(label)}: `, { continued: true })
        .font(BODY)
        .text(pdfText(value));
    }),
  );
}

/** A bulleted list, tagged as a list (L, LI, Lbl, LBody). */
export function list(w: Writer, items: readonly string[], fontSize = 10): void {
  if (items.length === 0) return;
  w.doc
    .font(BODY)
    .fontSize(fontSize)
    .list(
      items.map((i) => pdfText(i)),
      {
        structParent: w.root,
        bulletRadius: 1.6,
        bulletIndent: 6,
        textIndent: 10,
        paragraphGap: 1,
      },
    );
  w.doc.x = w.doc.page.margins.left;
}

/** Drawing that carries no meaning of its own (rules, boxes behind text): an artifact for screen readers. */
export function artifact(doc: Doc, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}

/**
 * The foot of every page: who the report is about and the disclaimer, as a pagination artifact. Drawn inside
 * the bottom margin, which is lifted for the moment so that pdfkit does not start a new page.
 */
export function footer(doc: Doc, text: string): void {
  const { x, y } = doc;
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.markContent('Artifact', { type: 'Pagination' });
  doc
    .font(BODY)
    .fontSize(7.5)
    .fillColor('#555555')
    .text(pdfText(text), doc.page.margins.left, doc.page.height - 38, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: 'center',
      lineBreak: true,
    });
  doc.endMarkedContent();
  doc.page.margins.bottom = bottom;
  doc.fillColor(INK).fontSize(10);
  doc.x = x;
  doc.y = y;
}
