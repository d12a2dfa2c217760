import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/api';
import { setTwoFactorRequired } from '../api/team-api';
import type { Me } from '../../../lib/types';
import { useSubmitOnce } from '../../../lib/use-submit-once';

/**
 * A clinic admin requires two-factor sign-in of every clinician of the clinic, or makes it optional (ADR
 * 126). The server refuses to require it before the admin has it on.
 */
export function RequireTwoFactor({ me }: { me: Me }) {
  const client = useQueryClient();
  const [error, setError] = useState<string>();
  const once = useSubmitOnce();
  const required = me.twoFactor?.required === true;
  const toggle = async () => {
    await once.run(async () => {
      setError(undefined);
      try {
        await setTwoFactorRequired(!required);
        await client.invalidateQueries();
      } catch (err) {
        setError(errorText(err));
      }
    });
  };
  return (
    <section className="card" aria-labelledby="require-two-factor-title">
      <h2 id="require-two-factor-title">Two-factor sign-in</h2>
      <p>
        {required
          ? 'Required: every clinician of the clinic signs in with a code from an authenticator app; those without it are sent to set it up and see no patient until they have.'
          : 'Optional: each clinician chooses. Requiring it protects the clinic’s patients if a password leaks.'}
      </p>
      {me.twoFactor?.enabled !== true && (
        <p>
          Turn it on for yourself first: <Link to="/account/two-factor">set up two-factor sign-in</Link>.
        </p>
      )}
      <FormError message={error} />
      <button
        type="button"
        className={required ? 'secondary' : undefined}
        disabled={once.busy}
        onClick={() => void toggle()}
      >
        {required ? 'Make two-factor sign-in optional' : 'Require two-factor sign-in for the clinic'}
      </button>
    </section>
  );
}
