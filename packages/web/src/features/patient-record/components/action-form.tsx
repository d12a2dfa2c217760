import { useState, type SyntheticEvent } from 'react';
import { actionBody, type Action } from '../api/action-body';
import { FormResult } from './form-result';
import { NoteField } from './note-field';
import { useRecordForm } from '../api/use-record';

const ACTIONS: { id: Action; label: string }[] = [
  { id: 'set-stage', label: 'Set stage and level' },
  { id: 'set-ceiling', label: 'Set pain ceiling' },
  { id: 'set-running-level', label: 'Set running level' },
  { id: 'clear-screening', label: 'Clear the screening' },
  { id: 'review', label: 'Review: acknowledge the flags' },
];

/** What an action does, under the select (pht-v2's review acknowledges flags without changing the plan). */
const HINTS: Partial<Record<Action, string>> = {
  review:
    'Records that you reviewed the patient. It acknowledges the flags raised so far (repeated flare, persistent amber, severe pain, nerve signs) and ends a pain-relief plan held for a clinician; new data raises them again. The note says what you found.',
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function NumberSelect(props: {
  id: string;
  label: string;
  options: number[];
  value: number;
  set: (n: number) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => {
          props.set(Number(e.target.value));
        }}
      >
        {props.options.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A clinician action (clear screening, stage and level, pain ceiling, running level, review) with its note. */
export function ActionForm({ patientId }: { patientId: string }) {
  const [action, setAction] = useState<Action>('set-stage');
  const [values, setValues] = useState<Record<string, number>>({
    stage: 1,
    level: 1,
    painCeiling: 4,
    runningLevel: 1,
  });
  const [note, setNote] = useState('');
  const write = useRecordForm(patientId, 'clinician-actions');
  const set = (name: string) => (n: number) => {
    setValues((v) => ({ ...v, [name]: n }));
  };
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    void write.submit(actionBody(action, values, note), () => {
      setNote('');
    });
  };

  return (
    <form className="card" aria-labelledby="action-title" onSubmit={submit}>
      <h2 id="action-title">Change the plan</h2>
      <div className="field">
        <label htmlFor="action-kind">Action</label>
        <select
          id="action-kind"
          value={action}
          onChange={(e) => {
            setAction(e.target.value as Action);
          }}
        >
          {ACTIONS.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
        {HINTS[action] !== undefined && (
          <p className="muted" data-testid="action-hint">
            {HINTS[action]}
          </p>
        )}
      </div>
      {action === 'set-stage' && (
        <div className="field-row">
          <NumberSelect
            id="action-stage"
            label="Stage"
            options={range(1, 4)}
            value={values.stage ?? 1}
            set={set('stage')}
          />
          <NumberSelect
            id="action-level"
            label="Level"
            options={range(1, 4)}
            value={values.level ?? 1}
            set={set('level')}
          />
        </div>
      )}
      {action === 'set-ceiling' && (
        <NumberSelect
          id="action-ceiling"
          label="Pain ceiling (0-10)"
          options={[3, 4, 5]}
          value={values.painCeiling ?? 4}
          set={set('painCeiling')}
        />
      )}
      {action === 'set-running-level' && (
        <NumberSelect
          id="action-running"
          label="Running level (0 pauses running)"
          options={range(0, 8)}
          value={values.runningLevel ?? 1}
          set={set('runningLevel')}
        />
      )}
      <NoteField id="action-note" value={note} onChange={setNote} />
      <FormResult
        error={write.error}
        saved={write.isSuccess}
        text="Saved. The patient sees it with the note."
      />
      <button type="submit" disabled={write.busy}>
        Save change
      </button>
    </form>
  );
}
