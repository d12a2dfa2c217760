import { useQuery } from '@tanstack/react-query';
import { NOTE_KIND_LABELS } from '../../../lib/clinic';
import { formatDay } from '../../../lib/dates';
import { ImportedMark } from '../../../components/imported-mark';
import { fetchTreatmentNotes } from '../api/treatment-notes-api';

/**
 * The treatments a linked clinician recorded (soft tissue work, taping, education...), newest first, in
 * their words, line breaks kept. A note the clinician marked entered in error stays, struck through, with
 * "Withdrawn" and the reason (the patient reads everything in their record: ADR 221). A note restored from
 * an export says so, with who wrote it there (ADR 133). Read from the server each time: offline, or with
 * none recorded, the card is not shown.
 */
export function TreatmentNotes({ patientId }: { patientId: string }) {
  const q = useQuery({
    queryKey: ['treatment-notes', patientId],
    queryFn: () => fetchTreatmentNotes(patientId),
  });
  const notes = [...(q.data?.notes ?? [])].reverse();
  if (notes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="treatment-notes">
      <h2 id="treatment-notes">Treatments from your clinician</h2>
      <ol className="timeline" data-testid="treatment-notes">
        {notes.map((n) => (
          <li key={n.id} className={n.enteredInError === undefined ? undefined : 'in-error'}>
            <div className={n.enteredInError === undefined ? undefined : 'struck'}>
              <span className="timeline-date">{formatDay(n.date)}</span>{' '}
              <strong>{NOTE_KIND_LABELS[n.kind]}</strong>
              <p className="timeline-detail">{n.text}</p>
            </div>
            <ImportedMark origin={n.imported} />
            {n.enteredInError !== undefined && (
              <p className="in-error-note">
                <strong>Withdrawn:</strong> your clinician marked this note entered in error on{' '}
                {formatDay(n.enteredInError.markedAt.slice(0, 10))}: {n.enteredInError.reason}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
