import { extractText, getDocumentProxy } from 'unpdf';

/** The text of each page of a PDF, as a reader extracts it (pdf.js through unpdf), whatever the font. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text;
}

/** The whole text of a PDF, pages joined by new lines. */
export async function pdfAllText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join('\n');
}

/** How many pages the PDF has: its `/Type /Page` objects (not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return [...pdf.toString('latin1').matchAll(/\/Type \/Page(?![s\w])/g)].length;
}
