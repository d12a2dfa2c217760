import { phtV1 } from '@hamstring-rehab/engine';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { api, errorText } from '../../../lib/api';
import { FLAG_LABELS, STATUS_LABELS, type CaseloadPage as Page } from '../../../lib/clinic';
import { caseloadQuery, rangeText, type CaseloadFilters } from '../api/caseload-query';
import { PatientRow } from './patient-row';

const EMPTY: CaseloadFilters = { search: '', status: '', flag: '' };

/** The clinician's patients, who needs attention first (the server's order), filtered and paged. */
export function CaseloadPage() {
  const [draft, setDraft] = useState<CaseloadFilters>(EMPTY);
  const [filters, setFilters] = useState<CaseloadFilters>(EMPTY);
  /** The cursors of the pages seen so far: the last one is the page shown (null: the first). */
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const query = caseloadQuery(filters, cursor);
  const q = useQuery({
    queryKey: ['caseload', query],
    queryFn: () => api<Page>('GET', `clinician/patients?${query}`),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  const apply = (e: SyntheticEvent) => {
    e.preventDefault();
    setFilters(draft);
    setCursors([null]);
  };
  const set = (name: keyof CaseloadFilters) => (e: { target: { value: string } }) => {
    setDraft((d) => ({ ...d, [name]: e.target.value }));
  };
  const page = q.data;
  const offset = (cursors.length - 1) * (page?.limit ?? 0);

  return (
    <>
      <PageTitle>Caseload</PageTitle>
      <p className="lead">Patients who need attention come first: red flags, repeated flares, worsening.</p>
      <form className="card filters" role="search" aria-label="Filter patients" onSubmit={apply}>
        <div className="field">
          <label htmlFor="caseload-search">Search by name or email</label>
          <input id="caseload-search" type="search" value={draft.search} onChange={set('search')} />
        </div>
        <div className="field">
          <label htmlFor="caseload-status">Status</label>
          <select id="caseload-status" value={draft.status} onChange={set('status')}>
            <option value="">Any status</option>
            {Object.entries(STATUS_LABELS).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="caseload-flag">Flag</label>
          <select id="caseload-flag" value={draft.flag} onChange={set('flag')}>
            <option value="">Any flag</option>
            {phtV1.flagOrder.map((id) => (
              <option key={id} value={id}>
                {FLAG_LABELS[id]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Apply filters</button>
      </form>
      {q.isError && (
        <p className="error" role="alert">
          {errorText(q.error)}
        </p>
      )}
      {page === undefined ? (
        !q.isError && <p role="status">Loading patients…</p>
      ) : (
        <>
          <p role="status" data-testid="caseload-range">
            {rangeText(offset, page.patients.length, page.total)}
          </p>
          {page.total === 0 && filters === EMPTY && (
            <p>
              No patients yet. <Link to="/clinic/invite">Invite a patient</Link> to get started.
            </p>
          )}
          <ol className="caseload-list" data-testid="caseload">
            {page.patients.map((p) => (
              <PatientRow key={p.patientId} patient={p} />
            ))}
          </ol>
          <nav className="actions pager" aria-label="Pages">
            <button
              type="button"
              className="secondary"
              disabled={cursors.length === 1}
              onClick={() => {
                setCursors((c) => c.slice(0, -1));
              }}
            >
              Previous page
            </button>
            <button
              type="button"
              className="secondary"
              disabled={page.nextCursor === null}
              onClick={() => {
                const next = page.nextCursor;
                if (next !== null) setCursors((c) => [...c, next]);
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
