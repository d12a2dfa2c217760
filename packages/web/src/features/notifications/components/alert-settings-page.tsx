import { useState, type SyntheticEvent } from 'react';
import { FormError } from '../../../components/form-error';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import {
  ALERT_CHOICES,
  useAlertPreferences,
  useSaveAlertPreferences,
  type AlertKind,
} from '../api/alerts-api';

/** /clinic/alerts: which alerts about linked patients the clinician gets by e-mail. */
export function AlertSettingsPage() {
  const saved = useAlertPreferences();
  const save = useSaveAlertPreferences();
  const [chosen, setChosen] = useState<AlertKind[]>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const current = chosen ?? saved.data?.email ?? [];

  const toggle = (kind: AlertKind, on: boolean) => {
    setDone(false);
    setChosen(on ? [...current, kind] : current.filter((k) => k !== kind));
  };
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await save.mutateAsync(current);
      setDone(true);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <>
      <PageTitle>Alerts</PageTitle>
      <p className="lead">
        Choose what you are told by e-mail about your linked patients. A mail only says that a patient of
        yours needs attention, with a link to sign in: no health details travel by e-mail.
      </p>
      {saved.isPending && <p role="status">Loading…</p>}
      {saved.isError && (
        <p className="error" role="alert">
          {errorText(saved.error)}
        </p>
      )}
      {saved.data !== undefined && (
        <form
          className="card"
          onSubmit={(e) => {
            void submit(e);
          }}
        >
          <fieldset>
            <legend>E-mail me when</legend>
            {ALERT_CHOICES.map((c) => (
              <div className="field checkbox" key={c.kind}>
                <input
                  id={`alert-${c.kind}`}
                  type="checkbox"
                  checked={current.includes(c.kind)}
                  onChange={(e) => {
                    toggle(c.kind, e.target.checked);
                  }}
                />
                <label htmlFor={`alert-${c.kind}`}>{c.label}</label>
              </div>
            ))}
          </fieldset>
          <FormError message={error} />
          {done && <p role="status">Saved.</p>}
          <button type="submit" disabled={save.isPending}>
            Save alerts
          </button>
        </form>
      )}
    </>
  );
}
