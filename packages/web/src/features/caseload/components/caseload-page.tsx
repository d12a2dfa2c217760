import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import {
  caseloadQuery,
  fetchCaseload,
  DEFAULT_VIEW,
  paramsOfView,
  rangeText,
  viewFromParams,
  type CaseloadView,
} from '../api/caseload-query';
import { CaseloadFilterForm } from './caseload-filters';
import { CaseloadTable } from './caseload-table';
import { PatientRow } from './patient-row';

/** Where the last caseload view is kept for this tab, so that coming back to /clinic restores it. */
const SAVED = 'caseload-view';

/**
 * The clinic's patients, who needs attention first (the server's order), as cards or a sortable table;
 * filters, order and page live in the URL, so a record visit, the back button and a reload keep them.
 */
export function CaseloadPage() {
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  const query = caseloadQuery(view);
  const top = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const saved = sessionStorage.getItem(SAVED);
    if (params.size === 0 && saved !== null && saved !== '')
      setParams(new URLSearchParams(saved), { replace: true });
    // only on arrival: a plain /clinic restores the last view of this tab
  }, []);
  useEffect(() => {
    sessionStorage.setItem(SAVED, params.toString());
  }, [params]);

  const q = useQuery({
    queryKey: ['caseload', query],
    queryFn: () => fetchCaseload(query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  const page = q.data;

  useEffect(() => {
    if (!moved.current || q.isPlaceholderData) return;
    moved.current = false;
    top.current?.focus({ preventScroll: true });
    top.current?.scrollIntoView({ block: 'start' });
  }, [page, q.isPlaceholderData]);

  const go = (next: Partial<CaseloadView>) => {
    setParams(paramsOfView({ ...view, ...next }));
  };
  const offset = (view.page - 1) * (page?.limit ?? 0);
  const filtered = paramsOfView({
    ...DEFAULT_VIEW,
    ...view,
    view: 'cards',
    sort: 'attention',
    reverse: false,
    page: 1,
  });

  return (
    <>
      <PageTitle>Caseload</PageTitle>
      <p className="lead">Patients who need attention come first: red flags, repeated flares, worsening.</p>
      <CaseloadFilterForm
        key={filtered.toString()}
        applied={view}
        onApply={({ search, status, flag, mine, discharged }) => {
          go({ search, status, flag, mine, discharged, page: 1 });
        }}
      />
      <div className="view-switch" role="group" aria-label="Show as">
        <button
          type="button"
          className="secondary"
          aria-pressed={view.view === 'cards'}
          onClick={() => {
            go({ view: 'cards' });
          }}
        >
          Cards
        </button>
        <button
          type="button"
          className="secondary"
          aria-pressed={view.view === 'table'}
          onClick={() => {
            go({ view: 'table' });
          }}
        >
          Table
        </button>
        {filtered.size > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              go({ ...DEFAULT_VIEW, view: view.view });
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      {q.isError && (
        <p className="error" role="alert">
          {errorText(q.error)}
        </p>
      )}
      {page === undefined ? (
        !q.isError && <p role="status">Loading patients…</p>
      ) : (
        <>
          <p role="status" data-testid="caseload-range" tabIndex={-1} ref={top}>
            {rangeText(offset, page.patients.length, page.total)}
          </p>
          {page.total === 0 && filtered.size === 0 && (
            <p>
              No patients yet. <Link to="/clinic/invite">Invite a patient</Link> to get started.
            </p>
          )}
          {view.view === 'table' ? (
            page.patients.length > 0 && (
              <CaseloadTable
                patients={page.patients}
                sort={view.sort}
                reverse={view.reverse}
                onSort={(sort) => {
                  go({ sort, reverse: sort === view.sort ? !view.reverse : false, page: 1 });
                }}
              />
            )
          ) : (
            <ol className="caseload-list" data-testid="caseload">
              {page.patients.map((p) => (
                <PatientRow key={p.patientId} patient={p} />
              ))}
            </ol>
          )}
          <nav className="actions pager" aria-label="Pages">
            <button
              type="button"
              className="secondary"
              disabled={view.page === 1}
              onClick={() => {
                moved.current = true;
                go({ page: view.page - 1 });
              }}
            >
              Previous page
            </button>
            <button
              type="button"
              className="secondary"
              disabled={!page.hasMore}
              onClick={() => {
                moved.current = true;
                go({ page: view.page + 1 });
              }}
            >
              Next page
            </button>
          </nav>
        </>
      )}
    </>
  );
}
