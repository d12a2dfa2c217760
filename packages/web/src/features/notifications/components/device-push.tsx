import { useEffect, useState } from 'react';
import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/api';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { pushState, turnPushOff, turnPushOn, type PushState } from '../../../lib/web-push';

const TEXT: Record<PushState, string> = {
  unsupported: 'This browser cannot show notifications: alerts come by e-mail only.',
  denied: 'Notifications are blocked for this site: allow them in the browser’s site settings.',
  off: 'Notifications are off on this device.',
  on: 'Notifications are on for this device.',
};

/** Turns push notifications on or off for this browser (the permission is asked on the tap only). */
export function DevicePush() {
  const [state, setState] = useState<PushState>();
  const [error, setError] = useState<string>();
  const once = useSubmitOnce();
  useEffect(() => {
    let live = true;
    void pushState().then((s) => {
      if (live) setState(s);
    });
    return () => {
      live = false;
    };
  }, []);
  const toggle = (on: boolean) =>
    once.run(async () => {
      setError(undefined);
      try {
        await (on ? turnPushOn() : turnPushOff());
      } catch (err) {
        setError(errorText(err));
      }
      setState(await pushState());
    });

  return (
    <section className="card" aria-labelledby="device-push">
      <h2 id="device-push">This device</h2>
      {state !== undefined && <p data-testid="push-state">{TEXT[state]}</p>}
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
    </section>
  );
}
