import { Link } from 'react-router';
import { FlagBadges } from '../../../components/flag-badges';
import { STATUS_LABELS, stageText, type CaseloadEntry } from '../../../lib/clinic';
import { birthText, patientLabel } from '../../../lib/clinic-identity';
import { formatDay, isoDay } from '../../../lib/dates';
import { adherenceText, percentText, type Sort } from '../api/caseload-query';

const ATTENTION = ['Red flag', 'Repeated flare', 'Worsening', 'Missing check-ins', 'Stalled', 'Flare', '—'];

const COLUMNS: { sort: Sort; label: string }[] = [
  { sort: 'attention', label: 'Attention' },
  { sort: 'name', label: 'Patient' },
  { sort: 'stage', label: 'Stage' },
  { sort: 'flags', label: 'Flags' },
  { sort: 'adherence', label: 'Adherence (14 days)' },
  { sort: 'lastActivity', label: 'Last activity' },
];

/** The caseload as a compact table: one line per patient, each column sortable on the server. */
export function CaseloadTable({
  patients,
  sort,
  reverse,
  onSort,
}: {
  patients: CaseloadEntry[];
  sort: Sort;
  reverse: boolean;
  onSort: (sort: Sort) => void;
}) {
  const today = isoDay();
  return (
    <div className="table-wrap card">
      <table className="caseload-table" data-testid="caseload-table">
        <caption className="visually-hidden">Patients; column buttons sort the list</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.sort}
                scope="col"
                aria-sort={sort === c.sort ? (reverse ? 'descending' : 'ascending') : undefined}
              >
                <button
                  type="button"
                  onClick={() => {
                    onSort(c.sort);
                  }}
                >
                  {c.label}
                  {sort === c.sort ? (reverse ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {patients.map((p) => (
            <tr key={p.patientId} data-testid="caseload-row">
              <td>{ATTENTION[p.attention] ?? '—'}</td>
              <td>
                <Link to={`/clinic/patients/${p.patientId}`}>{patientLabel(p, p.email)}</Link>
                <br />
                <span className="muted">
                  {[birthText(p.dateOfBirth, today), STATUS_LABELS[p.status]].filter(Boolean).join(' · ')}
                </span>
              </td>
              <td>{stageText(p.stage, p.level)}</td>
              <td>
                <FlagBadges flags={p.flags} />
              </td>
              <td>
                {percentText(p.adherence.percent)}
                <br />
                <span className="muted">
                  check-ins {adherenceText(p.adherence.checkIns, p.adherence.plannedCheckIns)}; sessions{' '}
                  {adherenceText(p.adherence.sessions, p.adherence.plannedSessions)}
                </span>
              </td>
              <td>{p.lastActivity === null ? 'None yet' : formatDay(p.lastActivity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
