import { api } from '../../../lib/api';
import type { ApiOk } from '../../../lib/api-types';

/** What an import stored, and what it had stored already. */
export type Restored = ApiOk<'POST /patients/{patientId}/import'>;

/** The JSON export read from a file, or a sentence saying why it is not one (nothing is sent then). */
export function parseExport(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a JSON export of this app (it is not JSON).' };
  }
  const format =
    typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  if (format !== 'hamstring-rehab-export') {
    return {
      ok: false,
      error: 'This file is not a JSON export of this app: choose the “All data (JSON)” file.',
    };
  }
  return { ok: true, value };
}

/** Restores an export into the signed-in patient's new account; the server checks it whole (ADR 133). */
export const restoreExport = (patientId: string, exported: unknown) =>
  api<'POST /patients/{patientId}/import'>('POST', `patients/${patientId}/import`, exported);
