import { api } from '../../../lib/api';
/** What the clinician filters, sorts and pages the caseload by: all of it kept in the page's URL. */
export interface CaseloadFilters {
  search: string;
  status: string;
  flag: string;
  /** Only my patients, or the clinic's. */
  mine: boolean;
  /** Discharged (archived) patients instead of those under care. */
  discharged: boolean;
}

export const SORTS = ['attention', 'name', 'stage', 'flags', 'adherence', 'lastActivity'] as const;
export type Sort = (typeof SORTS)[number];

export interface CaseloadView extends CaseloadFilters {
  view: 'cards' | 'table';
  sort: Sort;
  reverse: boolean;
  page: number;
}

export const PAGE_SIZE = 20;

export const DEFAULT_VIEW: CaseloadView = {
  search: '',
  status: '',
  flag: '',
  mine: false,
  discharged: false,
  view: 'cards',
  sort: 'attention',
  reverse: false,
  page: 1,
};

/** The view a URL's query string holds (unknown or bad values fall back to the defaults). */
export function viewFromParams(params: URLSearchParams): CaseloadView {
  const page = Number(params.get('page') ?? '1');
  const sort = params.get('sort') ?? '';
  return {
    search: params.get('q') ?? '',
    status: params.get('status') ?? '',
    flag: params.get('flag') ?? '',
    mine: params.get('mine') === '1',
    discharged: params.get('discharged') === '1',
    view: params.get('view') === 'table' ? 'table' : 'cards',
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : 'attention',
    reverse: params.get('reverse') === '1',
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The URL query string of a view: defaults left out, so a plain /clinic is the default view. */
export function paramsOfView(view: CaseloadView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search.trim() !== '') params.set('q', view.search.trim());
  if (view.status !== '') params.set('status', view.status);
  if (view.flag !== '') params.set('flag', view.flag);
  if (view.mine) params.set('mine', '1');
  if (view.discharged) params.set('discharged', '1');
  if (view.view === 'table') params.set('view', 'table');
  if (view.sort !== 'attention') params.set('sort', view.sort);
  if (view.reverse) params.set('reverse', '1');
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

/** The query string of GET /clinician/patients for a view: empty filters are left out. */
export function caseloadQuery(view: CaseloadView, limit = PAGE_SIZE): string {
  const params = new URLSearchParams({ limit: String(limit), page: String(view.page) });
  const search = view.search.trim();
  if (search !== '') params.set('search', search);
  if (view.status !== '') params.set('status', view.status);
  if (view.flag !== '') params.set('flag', view.flag);
  if (view.mine) params.set('mine', 'true');
  if (view.discharged) params.set('discharged', 'true');
  if (view.sort !== 'attention') params.set('sort', view.sort);
  if (view.reverse) params.set('reverse', 'true');
  return params.toString();
}

/** "Showing 21–40 of 57" for a page that starts after `offset` rows. */
export function rangeText(offset: number, count: number, total: number): string {
  if (total === 0 || count === 0) return 'No patients match.';
  return `Showing ${offset + 1}–${offset + count} of ${total}`;
}

/** "6 of 7 planned" — check-ins or sessions done against planned within the adherence window. */
export function adherenceText(done: number, planned: number): string {
  return planned === 0 ? 'none planned' : `${done} of ${planned} planned`;
}

/** "86%", or a dash when nothing was planned. */
export function percentText(percent: number | null): string {
  return percent === null ? '—' : `${percent}%`;
}

/** One page of the caseload for a query string made by `caseloadQuery`. */
export const fetchCaseload = (query: string) =>
  api<'GET /clinician/patients'>('GET', `clinician/patients?${query}`);
