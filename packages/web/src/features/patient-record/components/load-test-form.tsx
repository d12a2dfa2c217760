import { protocolOf } from '../../../lib/protocol';
import { useState, type SyntheticEvent } from 'react';
import { isoDay } from '../../../lib/dates';
import { FormResult } from './form-result';
import { useRecordForm } from '../api/use-record';
import { EntryDateField } from './entry-date-field';

/** The tests a clinician records: every load test of the protocol except the patient's morning check. */
export const CLINIC_TESTS = protocolOf().loadTests.filter((t) => t.id !== 'morning-check');

/**
 * A load test with pain 0-10 on the left or right side, on the day it was done (today or earlier), stored as
 * the patient's `load-test` event, once however often tapped.
 */
export function LoadTestForm({ patientId }: { patientId: string }) {
  const [test, setTest] = useState(CLINIC_TESTS[0]?.id ?? '');
  const [pain, setPain] = useState(0);
  const [side, setSide] = useState<'left' | 'right'>('left');
  const [date, setDate] = useState(isoDay);
  const write = useRecordForm(patientId, 'events');
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    void write.submit({ type: 'load-test', date, test, pain, side });
  };
  return (
    <form className="card" aria-labelledby="load-test-title" onSubmit={submit}>
      <h2 id="load-test-title">Record a load test</h2>
      <div className="field">
        <label htmlFor="load-test">Test</label>
        <select
          id="load-test"
          value={test}
          onChange={(e) => {
            setTest(e.target.value);
          }}
        >
          {CLINIC_TESTS.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="load-test-pain">Pain (0-10)</label>
          <input
            id="load-test-pain"
            type="number"
            min={0}
            max={10}
            step={1}
            required
            value={pain}
            onChange={(e) => {
              setPain(Number(e.target.value));
            }}
          />
        </div>
        <fieldset className="field">
          <legend>Side</legend>
          {(['left', 'right'] as const).map((s) => (
            <label key={s} className="inline-choice">
              <input
                type="radio"
                name="load-test-side"
                value={s}
                checked={side === s}
                onChange={() => {
                  setSide(s);
                }}
              />{' '}
              {s === 'left' ? 'Left' : 'Right'}
            </label>
          ))}
        </fieldset>
      </div>
      <EntryDateField id="load-test-date" label="Date of the test" value={date} onChange={setDate} />
      <FormResult error={write.error} saved={write.isSuccess} text="Load test recorded." />
      <button type="submit" disabled={write.busy}>
        Save load test
      </button>
    </form>
  );
}
