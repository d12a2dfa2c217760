/** What the clinician filters the caseload by; the page is a server cursor or a page number. */
export interface CaseloadFilters {
  search: string;
  status: string;
  flag: string;
}

export const PAGE_SIZE = 20;

/** The query string of GET /clinician/patients: empty filters are left out. */
export function caseloadQuery(filters: CaseloadFilters, cursor: string | null, limit = PAGE_SIZE): string {
  const params = new URLSearchParams({ limit: String(limit) });
  const search = filters.search.trim();
  if (search !== '') params.set('search', search);
  if (filters.status !== '') params.set('status', filters.status);
  if (filters.flag !== '') params.set('flag', filters.flag);
  if (cursor !== null) params.set('cursor', cursor);
  return params.toString();
}

/** "Showing 21–40 of 57" for a page that starts after `offset` rows. */
export function rangeText(offset: number, count: number, total: number): string {
  if (total === 0 || count === 0) return 'No patients match.';
  return `Showing ${offset + 1}–${offset + count} of ${total}`;
}

/** "3 of 14 days" — check-ins or sessions within the adherence window. */
export function adherenceText(done: number, days: number): string {
  return `${done} of ${days} days`;
}
