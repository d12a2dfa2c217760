import { useState, type SyntheticEvent } from 'react';
import { FLAG_LABELS, STATUS_LABELS } from '../../../lib/clinic';
import { protocolOf } from '../../../lib/protocol';
import type { CaseloadFilters } from '../api/caseload-query';

/** The caseload's filters, applied together on submit (which goes back to the first page). */
export function CaseloadFilterForm({
  applied,
  onApply,
}: {
  applied: CaseloadFilters;
  onApply: (filters: CaseloadFilters) => void;
}) {
  const [draft, setDraft] = useState<CaseloadFilters>(applied);
  const apply = (e: SyntheticEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  const set = (name: 'search' | 'status' | 'flag') => (e: { target: { value: string } }) => {
    setDraft((d) => ({ ...d, [name]: e.target.value }));
  };
  return (
    <form className="card filters" role="search" aria-label="Filter patients" onSubmit={apply}>
      <div className="field">
        <label htmlFor="caseload-search">Search by name or email</label>
        <input id="caseload-search" type="search" value={draft.search} onChange={set('search')} />
      </div>
      <div className="field">
        <label htmlFor="caseload-whose">Patients</label>
        <select
          id="caseload-whose"
          value={draft.mine ? 'mine' : 'clinic'}
          onChange={(e) => {
            setDraft((d) => ({ ...d, mine: e.target.value === 'mine' }));
          }}
        >
          <option value="clinic">The clinic’s</option>
          <option value="mine">Mine</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="caseload-care">Care</label>
        <select
          id="caseload-care"
          value={draft.discharged ? 'discharged' : 'active'}
          onChange={(e) => {
            setDraft((d) => ({ ...d, discharged: e.target.value === 'discharged' }));
          }}
        >
          <option value="active">Under care</option>
          <option value="discharged">Discharged</option>
        </select>
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
          {protocolOf().flagOrder.map((id) => (
            <option key={id} value={id}>
              {FLAG_LABELS[id]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Apply filters</button>
    </form>
  );
}
