import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import { resetSession } from '../../../lib/hooks';
import { signIn } from '../../../lib/patient-store';
import { FormError } from '../../../components/form-error';
import { useSubmitOnce } from '../../../lib/use-submit-once';

/** Email and password, for signing in. */
export function AuthForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const once = useSubmitOnce();
  const navigate = useNavigate();
  const client = useQueryClient();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    await once.run(async () => {
      setError(undefined);
      try {
        const me = await signIn(email, password);
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
        <FormError message={error} />
        <button type="submit" disabled={once.busy}>
          Sign in
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
