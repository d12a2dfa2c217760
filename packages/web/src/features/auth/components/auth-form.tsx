import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { resetSession } from '../../../lib/hooks';
import { errorText } from '../../../lib/api';
import { login, loginWithCode } from '../api/auth-api';
import { adoptSession } from '../../../lib/patient-store';
import { FormError } from '../../../components/form-error';
import { useSubmitOnce } from '../../../lib/use-submit-once';

/**
 * Email and password, for signing in; then, for an account with two-factor sign-in, the code from the
 * authenticator app (or a recovery code).
 */
export function AuthForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<string>();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const once = useSubmitOnce();
  const navigate = useNavigate();
  const client = useQueryClient();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    await once.run(async () => {
      setError(undefined);
      try {
        const answer =
          challenge === undefined
            ? await login(email, password)
            : await loginWithCode(challenge, code.trim());
        if ('challenge' in answer) {
          setChallenge(answer.challenge);
          return;
        }
        const me = await adoptSession(answer);
        resetSession(client, me);
        await navigate('/today');
      } catch (err) {
        setError(errorText(err));
      }
    });
  };

  return (
    <>
      <PageTitle>Sign in</PageTitle>
      <p className="lead">Welcome back. Sign in to see today’s plan.</p>
      <form
        className="card"
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        {challenge !== undefined ? (
          <div className="field">
            <label htmlFor="code">Code from your authenticator app</label>
            <p className="hint" id="code-hint">
              The 6 digits the app shows now, or one of your recovery codes.
            </p>
            <input
              id="code"
              type="text"
              inputMode="text"
              autoComplete="one-time-code"
              required
              maxLength={20}
              aria-describedby="code-hint"
              value={code}
              onChange={(e) => {
                setCode(e.target.value);
              }}
            />
          </div>
        ) : (
          <>
            <div className="field">
              <label htmlFor="email">Email</label>
              <input
                id="email"
                type="email"
                autoComplete="email"
                required
                value={email}
                onChange={(e) => {
                  setEmail(e.target.value);
                }}
              />
            </div>
            <div className="field">
              <label htmlFor="password">Password</label>
              <input
                id="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => {
                  setPassword(e.target.value);
                }}
              />
            </div>
          </>
        )}
        <FormError message={error} />
        <button type="submit" disabled={once.busy}>
          {challenge === undefined ? 'Sign in' : 'Verify'}
        </button>
        <p>
          <Link className="touch-link" to="/forgot-password">
            Forgot your password?
          </Link>
        </p>
      </form>
      <p>
        New here? <Link to="/signup">Create an account</Link>. A physiotherapist?{' '}
        <Link to="/clinic/signup">Create a clinic account</Link>
      </p>
    </>
  );
}
