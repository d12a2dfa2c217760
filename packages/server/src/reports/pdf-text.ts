/**
 * Text as the report prints it. The report's font is DejaVu Sans, embedded (reports/pdf-fonts.ts), so any
 * Latin, Greek, Cyrillic, Armenian or Georgian text prints as written (ADR 130); only control characters
 * are dropped (a newline is kept, a tab becomes a space).
 */
export function pdfText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\p{Cc}]/gu, (c) => (c === '\n' ? c : ''));
}

/** 2026-03-10 -> 10 Mar 2026: day, month in words and year, never a US-style 03/10. */
export function dayText(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
