import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/api';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { pushState, turnPushOff, turnPushOn, type PushState } from '../../../lib/web-push';
import { refreshReminders, useReminders } from '../api/push-reminders';
import { ReminderTimesForm } from './reminder-times-form';

const STATE_TEXT: Record<PushState, string> = {
  unsupported:
    'This browser cannot show notifications from the app. Add it to your home screen, or use the calendar file below.',
  denied:
    'Notifications are blocked for this app. Allow them in the browser’s site settings, then come back here.',
  off: 'Notifications are off on this device.',
  on: 'Notifications are on for this device.',
};

interface Props {
  patientId: string;
  runner: boolean;
}

/**
 * Push reminders (ADR 127): notifications are turned on only by a tap here (the browser asks then), and off
 * again; the times are kept by the server, which sends at them in the patient's time zone.
 */
export function PushSection({ patientId, runner }: Props) {
  const [state, setState] = useState<PushState>();
  const [error, setError] = useState<string>();
  const once = useSubmitOnce();
  const saved = useReminders(patientId);
  const client = useQueryClient();

  useEffect(() => {
    let live = true;
    void pushState().then((s) => {
      if (live) setState(s);
    });
    return () => {
      live = false;
    };
  }, []);

  const toggle = async (on: boolean) => {
    setError(undefined);
    await once.run(async () => {
      try {
        await (on ? turnPushOn() : turnPushOff());
      } catch (err) {
        setError(errorText(err));
      }
      setState(await pushState());
      await refreshReminders(client, patientId);
    });
  };

  return (
    <section className="card" aria-labelledby="push">
      <h2 id="push">Notifications</h2>
      <p>
        Reminders on this device at the times you choose. They only say what is next (such as “Time for your
        morning check-in”), never how you are. On a day without exercise (a pain-relief day, or while your
        program is stopped) you get one gentle message instead.
      </p>
      {state !== undefined && <p data-testid="push-state">{STATE_TEXT[state]}</p>}
      {state === 'off' && (
        <button type="button" disabled={once.busy} onClick={() => void toggle(true)}>
          Turn on notifications
        </button>
      )}
      {state === 'on' && (
        <button type="button" className="secondary" disabled={once.busy} onClick={() => void toggle(false)}>
          Turn off notifications on this device
        </button>
      )}
      <FormError message={error} />
      {saved.isError && (
        <p className="error" role="alert">
          {errorText(saved.error)}
        </p>
      )}
      {saved.data !== undefined && (
        <ReminderTimesForm patientId={patientId} saved={saved.data} runner={runner} />
      )}
    </section>
  );
}
