import { Link } from 'react-router';
import { FlagBadges } from '../../../components/flag-badges';
import { UnreadCount } from '../../../components/unread-count';
import { STATUS_LABELS, stageText, type CaseloadEntry } from '../../../lib/clinic';
import { birthText, patientLabel } from '../../../lib/clinic-identity';
import { formatDay, isoDay } from '../../../lib/dates';
import { adherenceText, percentText } from '../api/caseload-query';

/** One patient of the caseload: who, status, stage, flags, adherence and last activity. */
export function PatientRow({ patient: p }: { patient: CaseloadEntry }) {
  const name = patientLabel(p, p.email);
  const born = birthText(p.dateOfBirth, isoDay());
  return (
    <li className="card patient-row" data-testid="caseload-row">
      <h2 className="patient-name">
        <Link to={`/clinic/patients/${p.patientId}`}>{name}</Link>
        <UnreadCount patientId={p.patientId} />
      </h2>
      {(born !== null || p.reference !== null) && (
        <p className="muted">
          {[born, p.reference === null ? null : `Ref. ${p.reference}`].filter(Boolean).join(' · ')}
        </p>
      )}
      <p className={`status-badge status-${p.status}`}>{STATUS_LABELS[p.status]}</p>
      <FlagBadges flags={p.flags} />
      <dl className="facts">
        <div>
          <dt>Stage</dt>
          <dd>{stageText(p.stage, p.level)}</dd>
        </div>
        <div>
          <dt>Adherence (14 days)</dt>
          <dd>{percentText(p.adherence.percent)}</dd>
        </div>
        <div>
          <dt>Check-ins</dt>
          <dd>{adherenceText(p.adherence.checkIns, p.adherence.plannedCheckIns)}</dd>
        </div>
        <div>
          <dt>Sessions</dt>
          <dd>{adherenceText(p.adherence.sessions, p.adherence.plannedSessions)}</dd>
        </div>
        <div>
          <dt>Last activity</dt>
          <dd>{p.lastActivity === null ? 'None yet' : formatDay(p.lastActivity)}</dd>
        </div>
      </dl>
    </li>
  );
}
