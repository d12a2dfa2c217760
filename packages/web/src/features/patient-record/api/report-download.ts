import { ApiError, messageOf, NetworkError } from '../../../lib/api';

/** The longest summary the server takes (ADR 130). */
export const SUMMARY_MAX = 2000;

/**
 * The file name of a `Content-Disposition` answer: RFC 5987 `filename*` (UTF-8, any script) first, else the
 * plain `filename`, else the fallback. Path separators never survive.
 */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (header === null) return fallback;
  let name: string | undefined;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star?.[1] !== undefined) {
    try {
      name = decodeURIComponent(star[1].trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*"([^"]*)"/i.exec(header)?.[1];
  const safe = name?.replace(/[\\/]/g, ' ').trim();
  return safe === undefined || safe === '' ? fallback : safe;
}

/** What the server accepts: tabs become spaces, other control characters but line breaks are dropped. */
export function cleanSummary(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}

/**
 * Asks the server for the report with the summary (POST: the summary stays out of URLs and logs) and saves
 * it under the name the server gives: `<patient name> <date>.pdf`.
 */
export async function downloadReport(patientId: string, summary: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/patients/${encodeURIComponent(patientId)}/report.pdf`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ summary: cleanSummary(summary) }),
    });
  } catch {
    throw new NetworkError();
  }
  if (!response.ok) {
    let data: unknown;
    try {
      data = await response.json();
    } catch {
      // not JSON: the status alone
    }
    throw new ApiError(response.status, messageOf(response.status, data));
  }
  const name = fileNameFrom(response.headers.get('content-disposition'), 'progress-report.pdf');
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
  }
  return name;
}
