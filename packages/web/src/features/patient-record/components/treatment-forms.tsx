import { useState, type SyntheticEvent } from 'react';
import { NOTE_KIND_LABELS, type NoteKind } from '../../../lib/clinic';
import { isoDay } from '../../../lib/dates';
import { FormResult } from './form-result';
import { NoteField } from './note-field';
import { EntryDateField } from './entry-date-field';
import { useRecordForm } from '../api/use-record';

/** A treatment note: soft tissue work, taping, dry needling, education or other. */
export function TreatmentNoteForm({ patientId }: { patientId: string }) {
  const [kind, setKind] = useState<NoteKind>('soft-tissue');
  const [text, setText] = useState('');
  const [date, setDate] = useState(isoDay);
  const write = useRecordForm(patientId, 'notes');
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    void write.submit({ kind, text: text.trim(), date }, () => {
      setText('');
    });
  };
  return (
    <form className="card" aria-labelledby="note-title" onSubmit={submit}>
      <h2 id="note-title">Treatment note</h2>
      <p className="muted">The patient reads treatment notes in their app, under Progress.</p>
      <div className="field">
        <label htmlFor="note-kind">Treatment</label>
        <select
          id="note-kind"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as NoteKind);
          }}
        >
          {Object.entries(NOTE_KIND_LABELS).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <NoteField id="note-text" label="What was done" value={text} onChange={setText} />
      <EntryDateField id="note-date" label="Date of the treatment" value={date} onChange={setDate} />
      <FormResult error={write.error} saved={write.isSuccess} text="Treatment note saved." />
      <button type="submit" disabled={write.busy}>
        Save note
      </button>
    </form>
  );
}

/** A VISA-H total, recorded as a `function-check` with instrument `visa-h`. */
export function VisaHForm({ patientId }: { patientId: string }) {
  const [score, setScore] = useState('');
  const write = useRecordForm(patientId, 'events');
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    void write.submit({
      type: 'function-check',
      date: isoDay(),
      score: Number(score),
      instrument: 'visa-h',
    });
  };
  return (
    <form className="card" aria-labelledby="visa-title" onSubmit={submit}>
      <h2 id="visa-title">VISA-H score</h2>
      <p className="hint" id="visa-licence">
        The VISA-H questionnaire is scored under your clinic’s own licence; enter the total here.
      </p>
      <div className="field">
        <label htmlFor="visa-score">VISA-H total (0-100)</label>
        <input
          id="visa-score"
          type="number"
          min={0}
          max={100}
          required
          aria-describedby="visa-licence"
          value={score}
          onChange={(e) => {
            setScore(e.target.value);
          }}
        />
      </div>
      <FormResult error={write.error} saved={write.isSuccess} text="VISA-H total recorded." />
      <button type="submit" disabled={write.busy}>
        Save VISA-H
      </button>
    </form>
  );
}
