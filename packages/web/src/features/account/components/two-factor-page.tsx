import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../../components/form-error';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import { useMe } from '../../../lib/hooks';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import {
  disableTwoFactor,
  enableTwoFactor,
  setUpTwoFactor,
  twoFactorStatus,
  type TwoFactorSetup,
} from '../api/account-api';

/**
 * /account/two-factor: a clinician turns two-factor sign-in on (a QR code or the secret for an authenticator
 * app, confirmed by a first code; recovery codes shown once) or off (with the password). Where a clinic that
 * requires it sends its clinicians until it is on (ADR 126).
 */
export function TwoFactorPage() {
  const { me, loading } = useMe();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: ['two-factor'],
    queryFn: twoFactorStatus,
    enabled: me?.role === 'clinician',
    staleTime: 0,
  });
  const [setup, setSetup] = useState<TwoFactorSetup>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const once = useSubmitOnce();

  const act = async (e: SyntheticEvent | undefined, step: () => Promise<void>) => {
    e?.preventDefault();
    await once.run(async () => {
      setError(undefined);
      try {
        await step();
      } catch (err) {
        setError(errorText(err));
      }
    });
  };
  const refresh = () => client.invalidateQueries();

  if (loading || (me?.role === 'clinician' && status.isPending)) return <p role="status">Loading…</p>;
  if (me?.role !== 'clinician') {
    return (
      <>
        <PageTitle>Two-factor sign-in</PageTitle>
        <p>
          Two-factor sign-in is for clinic accounts. <Link to="/login">Sign in</Link> with one to set it up.
        </p>
      </>
    );
  }
  if (status.isError) {
    return (
      <>
        <PageTitle>Two-factor sign-in</PageTitle>
        <p className="error" role="alert">
          {errorText(status.error)}
        </p>
      </>
    );
  }
  const state = status.data;

  let body;
  if (recoveryCodes !== undefined) {
    body = (
      <section className="card" aria-labelledby="codes-title">
        <h2 id="codes-title">Two-factor sign-in is on: save your recovery codes</h2>
        <p>
          Each code signs you in once if you lose your phone. Keep them somewhere safe, away from the phone:
          they are not shown again.
        </p>
        <ul className="recovery-codes" data-testid="recovery-codes">
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/clinic">I have saved them: go to the caseload</Link>
        </p>
      </section>
    );
  } else if (state?.enabled === true) {
    body = (
      <section className="card" aria-labelledby="on-title">
        <h2 id="on-title">Two-factor sign-in is on</h2>
        <p>
          Signing in asks for the code from your authenticator app. Recovery codes left:{' '}
          {state.recoveryCodesLeft}.
        </p>
        {state.required && <p>Your clinic requires it: turning it off sends you back here to set it up.</p>}
        <form onSubmit={(e) => void act(e, async () => disableTwoFactor(password).then(refresh))}>
          <div className="field">
            <label htmlFor="two-factor-password">Your password</label>
            <input
              id="two-factor-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
              }}
            />
          </div>
          <FormError message={error} />
          <button type="submit" className="secondary" disabled={once.busy}>
            Turn off two-factor sign-in
          </button>
        </form>
      </section>
    );
  } else {
    body = (
      <section className="card" aria-labelledby="setup-title">
        <h2 id="setup-title">Set up two-factor sign-in</h2>
        {state?.required === true && (
          <p className="notice" role="status">
            Your clinic requires two-factor sign-in: set it up to open the clinic’s pages.
          </p>
        )}
        <p>
          After your password, signing in will ask for a 6-digit code from an authenticator app on your phone
          (such as FreeOTP, Aegis, Google Authenticator or 1Password).
        </p>
        {setup === undefined ? (
          <>
            <FormError message={error} />
            <button
              type="button"
              disabled={once.busy}
              onClick={() =>
                void act(undefined, async () => {
                  setSetup(await setUpTwoFactor());
                })
              }
            >
              Set up two-factor sign-in
            </button>
          </>
        ) : (
          <form
            onSubmit={(e) =>
              void act(e, async () => {
                setRecoveryCodes((await enableTwoFactor(code.trim())).recoveryCodes);
                await refresh();
              })
            }
          >
            <p>1. Scan this code with the app:</p>
            <img src={setup.qrCode} alt="QR code for your authenticator app" width={200} height={200} />
            <p>
              Or type this key into the app: <code data-testid="two-factor-secret">{setup.secret}</code>
            </p>
            <div className="field">
              <label htmlFor="two-factor-code">2. The 6-digit code the app shows</label>
              <input
                id="two-factor-code"
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                required
                maxLength={20}
                value={code}
                onChange={(e) => {
                  setCode(e.target.value);
                }}
              />
            </div>
            <FormError message={error} />
            <button type="submit" disabled={once.busy}>
              Turn on two-factor sign-in
            </button>
          </form>
        )}
      </section>
    );
  }
  return (
    <>
      <PageTitle>Two-factor sign-in</PageTitle>
      {body}
      <p>
        <Link to="/account">Back to your account</Link>
      </p>
    </>
  );
}
