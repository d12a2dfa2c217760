import { describe, expect, it } from 'vitest';
import { parseExport } from './restore';

describe('reading an export file before restoring it', () => {
  it('takes a JSON export of this app', () => {
    expect(parseExport('{"format":"hamstring-rehab-export","version":2}')).toEqual({
      ok: true,
      value: { format: 'hamstring-rehab-export', version: 2 },
    });
  });

  it('says why a file is not one, sending nothing', () => {
    expect(parseExport('%PDF-1.7')).toMatchObject({
      ok: false,
      error: 'This file is not a JSON export of this app (it is not JSON).',
    });
    expect(parseExport('{"resourceType":"Bundle"}')).toMatchObject({
      ok: false,
      error: 'This file is not a JSON export of this app: choose the “All data (JSON)” file.',
    });
    expect(parseExport('null')).toMatchObject({ ok: false });
  });
});
