import { useState, type SyntheticEvent } from 'react';
import { FormError } from '../../../components/form-error';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import {
  ALERT_CHOICES,
  useAlertPreferences,
  useSaveAlertPreferences,
  type AlertKind,
  type Preferences,
} from '../api/alerts-api';
import { DevicePush } from './device-push';

type Channel = keyof Preferences;

/** /clinic/alerts: which alerts about linked patients the clinician gets by e-mail and by push (ADR 121, 128). */
export function AlertSettingsPage() {
  const saved = useAlertPreferences();
  const save = useSaveAlertPreferences();
  const once = useSubmitOnce();
  const [chosen, setChosen] = useState<Preferences>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const current = chosen ?? saved.data ?? { email: [], push: [] };

  const toggle = (channel: Channel, kind: AlertKind, on: boolean) => {
    setDone(false);
    const list = current[channel];
    setChosen({ ...current, [channel]: on ? [...list, kind] : list.filter((k) => k !== kind) });
  };
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setError(undefined);
    await once.run(async () => {
      try {
        await save.mutateAsync(current);
        setDone(true);
      } catch (err) {
        setError(errorText(err));
      }
    });
  };
  const boxes = (channel: Channel, legend: string) => (
    <fieldset>
      <legend>{legend}</legend>
      {ALERT_CHOICES.map((c) => (
        <div className="field checkbox" key={c.kind}>
          <input
            id={`alert-${channel}-${c.kind}`}
            type="checkbox"
            checked={current[channel].includes(c.kind)}
            onChange={(e) => {
              toggle(channel, c.kind, e.target.checked);
            }}
          />
          <label htmlFor={`alert-${channel}-${c.kind}`}>{c.label}</label>
        </div>
      ))}
    </fieldset>
  );

  return (
    <>
      <PageTitle>Alerts</PageTitle>
      <p className="lead">
        Choose what you are told about your linked patients, by e-mail and by notification on your devices.
        Either only says that a patient of yours needs attention, with a link to sign in: no health details
        travel by e-mail or push.
      </p>
      <DevicePush />
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
          {boxes('email', 'E-mail me when')}
          {boxes('push', 'Notify my devices when')}
          <FormError message={error} />
          {done && <p role="status">Saved.</p>}
          <button type="submit" disabled={once.busy}>
            Save alerts
          </button>
        </form>
      )}
    </>
  );
}
