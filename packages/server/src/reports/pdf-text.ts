/**
 * PDF's standard fonts (Helvetica) write WinAnsi: Latin-1 plus a few typographic marks. Anything else
 * becomes a plain equivalent, or `?`, so that every text is legible in every viewer.
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const PLAIN: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '←': '<-',
  '−': '-',
  '≈': '~',
  '✓': 'v',
};

export function pdfText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char))
      out += char;
    else if (char === '\n' || char === '\t') out += char;
    else out += PLAIN[char] ?? '?';
  }
  return out;
}

/** 2026-03-10 -> 10 Mar 2026. */
export function dayText(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
