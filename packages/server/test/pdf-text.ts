/** The text runs of an uncompressed PDF made by pdfkit: each `[<hex> kern <hex> ...] TJ` decoded. */
export function pdfTextRuns(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const runs: string[] = [];
  for (const match of source.matchAll(/\[((?:<[0-9a-fA-F]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)) {
    const hex = [...(match[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1] ?? '').join('');
    runs.push(Buffer.from(hex, 'hex').toString('latin1'));
  }
  return runs;
}

/** How many pages the PDF has: its `/Type /Page` objects (not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return [...pdf.toString('latin1').matchAll(/\/Type \/Page(?![s\w])/g)].length;
}
