import type { AppDecision, Decision } from '@hamstring-rehab/engine';
import { useState, type SyntheticEvent } from 'react';
import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/api';
import { actionBody, type Action } from '../api/action-body';
import { useActionPreview, type ActionEffect } from '../api/use-action-preview';
import { useRecordForm } from '../api/use-record';
import { ClearScreening } from './clear-screening';
import { NoteField } from './note-field';

const ACTIONS: { id: Action; label: string }[] = [
  { id: 'review', label: 'Review: acknowledge the flags' },
  { id: 'set-stage', label: 'Set stage and level' },
  { id: 'set-ceiling', label: 'Set pain ceiling' },
  { id: 'set-running-level', label: 'Set running level' },
  { id: 'clear-screening', label: 'Clear the screening (red flag)' },
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

/** What the action does: a warning when it is capped, waits or changes nothing. */
function EffectText({ effect, saved }: { effect: ActionEffect; saved: boolean }) {
  const plain = effect.kind === 'applied';
  const lead = saved ? (plain ? 'Saved.' : 'Saved, but:') : plain ? 'This will:' : 'Before you save:';
  return (
    <p className={plain ? 'muted' : 'alert alert-warning'} role="status" data-testid="action-effect">
      {lead} {effect.message}
      {saved ? ' The patient sees it with the note.' : ''}
    </p>
  );
}

/** The server's decision; the pain ceiling is missing from a snapshot stored by an older engine. */
type RecordDecision = Decision & Partial<Pick<AppDecision, 'painCeiling'>>;

/** The current values of what the actions change: where the form opens. */
function currentValues(decision: RecordDecision | undefined): Record<string, number> {
  return {
    stage: decision?.stage ?? 1,
    level: decision?.level ?? 1,
    painCeiling: decision?.painCeiling ?? 5,
    runningLevel: decision?.plan.running?.level ?? 0,
  };
}

/**
 * A clinician action (clear screening, stage and level, pain ceiling, running level) with its note. The form
 * opens at the current values and says, before and after saving, when the protocol caps the change or a red
 * flag holds it.
 */
export function ActionForm({
  patientId,
  decision,
}: {
  patientId: string;
  decision: RecordDecision | undefined;
}) {
  const [action, setAction] = useState<Action>('set-stage');
  const [draft, setDraft] = useState<Record<string, number>>({});
  const [confirmed, setConfirmed] = useState(false);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<ActionEffect>();
  const write = useRecordForm(patientId, 'clinician-actions');
  const values = { ...currentValues(decision), ...draft };
  const body = actionBody(action, values, note);
  const previewBody: Record<string, unknown> = { ...body };
  delete previewBody.note;
  const preview = useActionPreview(patientId, previewBody, saved === undefined);
  const set = (name: string) => (n: number) => {
    setSaved(undefined);
    setDraft((v) => ({ ...v, [name]: n }));
  };
  const clearing = action === 'clear-screening';
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    const sent = note;
    void write.submit(body, (answer) => {
      // Only what was sent is cleared: the clinician may already be typing the next change.
      setNote((current) => (current === sent ? '' : current));
      setConfirmed(false);
      setSaved((answer as { effect: ActionEffect }).effect);
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
            setSaved(undefined);
            setConfirmed(false);
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
          value={values.painCeiling ?? 5}
          set={set('painCeiling')}
        />
      )}
      {action === 'set-running-level' && (
        <NumberSelect
          id="action-running"
          label="Running level (0 pauses running)"
          options={range(0, 8)}
          value={values.runningLevel ?? 0}
          set={set('runningLevel')}
        />
      )}
      {clearing && <ClearScreening decision={decision} confirmed={confirmed} onConfirm={setConfirmed} />}
      <NoteField
        id="action-note"
        value={note}
        onChange={(text) => {
          setSaved(undefined);
          setNote(text);
        }}
        label={clearing ? 'Note: your assessment (required)' : 'Note (required)'}
      />
      {saved !== undefined ? (
        <EffectText effect={saved} saved />
      ) : (
        preview.data !== undefined && <EffectText effect={preview.data.effect} saved={false} />
      )}
      {write.error !== null && <FormError message={errorText(write.error)} />}
      <button type="submit" disabled={write.busy || (clearing && !confirmed)}>
        {clearing ? 'Clear the screening' : 'Save change'}
      </button>
    </form>
  );
}
