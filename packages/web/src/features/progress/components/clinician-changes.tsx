import type { CaseEvent } from '@hamstring-rehab/engine';
import { clinicianActionText } from '../../../lib/clinic-events';
import { formatDay } from '../../../lib/dates';

/** The changes a clinician made to the plan, newest first, each with the note they wrote for the patient. */
export function ClinicianChanges({ events }: { events: readonly CaseEvent[] }) {
  const changes = events
    .flatMap((e) => (e.type === 'clinician' ? [e] : []))
    .sort((a, b) => a.date.localeCompare(b.date))
    .reverse();
  if (changes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="clinician-changes">
      <h2 id="clinician-changes">From your clinician</h2>
      <ol className="timeline" data-testid="clinician-changes">
        {changes.map((e, index) => (
          <li key={`${e.date}-${String(index)}`}>
            <span className="timeline-date">{formatDay(e.date)}</span>{' '}
            <strong>{clinicianActionText(e)}</strong>
            {e.note !== undefined && <p className="timeline-detail">{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
