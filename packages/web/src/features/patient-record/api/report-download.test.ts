import { describe, expect, it } from 'vitest';
import { cleanSummary, fileNameFrom } from './report-download';

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name, falls back to the plain one, then to the default', () => {
    const greek = 'Σοφία Λ. 2026-12-01.pdf';
    expect(
      fileNameFrom(
        `attachment; filename="progress-report-2026-12-01.pdf"; filename*=UTF-8''${encodeURIComponent(greek)}`,
        'x.pdf',
      ),
    ).toBe(greek);
    expect(fileNameFrom('attachment; filename="Jo Smith 2026-12-01.pdf"', 'x.pdf')).toBe(
      'Jo Smith 2026-12-01.pdf',
    );
    expect(fileNameFrom(null, 'x.pdf')).toBe('x.pdf');
    expect(fileNameFrom("attachment; filename*=UTF-8''%E0%A4%A", 'x.pdf')).toBe('x.pdf');
    expect(fileNameFrom(`attachment; filename*=UTF-8''${encodeURIComponent('../a/b.pdf')}`, 'x.pdf')).toBe(
      '.. a b.pdf',
    );
  });
});

describe('cleanSummary', () => {
  it('keeps line breaks, turns tabs into spaces and drops other control characters', () => {
    expect(cleanSummary('a\tb\nc\u0007d\u001b')).toBe('a b\ncd');
  });
});
