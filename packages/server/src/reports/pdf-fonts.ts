import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

/** The report's two faces, registered under these names. */
export const BODY = 'body';
export const BOLD = 'bold';

let faces: { body: Buffer; bold: Buffer } | undefined;

/**
 * DejaVu Sans and DejaVu Sans Bold from the `dejavu-fonts-ttf` package (installed with the server, read
 * from node_modules, never fetched): Latin in all its European forms, Greek, Cyrillic, Armenian, Georgian.
 * Not CJK, Indic or Thai scripts: those print as empty boxes (ADR 130). pdfkit embeds only the glyphs used.
 */
function fontFiles(): { body: Buffer; bold: Buffer } {
  if (faces === undefined) {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    faces = {
      body: readFileSync(join(dir, 'DejaVuSans.ttf')),
      bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')),
    };
  }
  return faces;
}

/** Registers the embedded faces on a new document and makes the body face current. */
export function registerFonts(doc: Doc): void {
  const { body, bold } = fontFiles();
  doc.registerFont(BODY, body);
  doc.registerFont(BOLD, bold);
  doc.font(BODY);
}
