import { useId, useState, type SyntheticEvent } from 'react';
import type { ErrorMark } from '../../../lib/clinic';
import { formatDay } from '../../../lib/dates';
import { FormResult } from './form-result';
import { useMarkInError } from '../api/use-timeline-page';

/** "Entered in error: reason. Marked by x on 5 Mar." under a struck-through entry. */
export function ErrorMarkText({ mark }: { mark: ErrorMark }) {
  const who = mark.markedByEmail ?? 'a former clinician';
  return (
    <p className="in-error-note">
      <strong>Entered in error</strong> (marked by {who} on {formatDay(mark.markedAt.slice(0, 10))}):{' '}
      {mark.reason}
    </p>
  );
}

/**
 * "Mark entered in error" under an entry a clinician recorded: a required reason, nothing deleted
 * (`entry` is `events/{id}` or `notes/{id}`). The server keeps the first mark, so a second tap adds none.
 */
export function MarkInError({ patientId, entry, what }: { patientId: string; entry: string; what: string }) {
  const [reason, setReason] = useState('');
  const mark = useMarkInError(patientId, entry);
  const id = useId();
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (mark.isPending) return;
    mark.mutate(reason.trim());
  };
  return (
    <details className="mark-in-error no-print">
      <summary>Mark entered in error</summary>
      <form onSubmit={submit} aria-label={`Mark ${what} entered in error`}>
        <p className="hint">
          The entry is kept, struck through, with your reason; it no longer counts in the patient’s plan.
        </p>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason (required)</label>
          <textarea
            id={`${id}-reason`}
            required
            maxLength={1000}
            rows={2}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
            }}
          />
        </div>
        <FormResult error={mark.error} saved={false} text="" />
        <button type="submit" className="secondary" disabled={mark.isPending || reason.trim() === ''}>
          Mark entered in error
        </button>
      </form>
    </details>
  );
}
