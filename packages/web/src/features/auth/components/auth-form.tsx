import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { resetSession } from '../../../lib/hooks';
import { signIn } from '../../../lib/patient-store';
import { FormTail } from '../../../components/form-tail';
import { useSubmitOnce } from '../../../lib/use-submit-once';

interface Props {
  kind: 'login' | 'signup';
}

/** Email and password, for signing in or creating an account. */
export function AuthForm({ kind }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const once = useSubmitOnce();
  const navigate = useNavigate();
  const client = useQueryClient();
  const signup = kind === 'signup';

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    await once.save(async () => {
      const me = await signIn(kind, email, password);
      resetSession(client, me);
      await navigate(signup ? '/welcome' : '/today');
    });
  };

  return (
    <>
      <PageTitle>{signup ? 'Create your account' : 'Sign in'}</PageTitle>
      <p className="lead">
        {signup
          ? 'A daily plan for pain at the sitting bone (proximal hamstring tendinopathy), step by step.'
          : 'Welcome back. Sign in to see today’s plan.'}
      </p>
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
          {signup && (
            <p className="hint" id="password-hint">
              At least 10 characters and hard to guess: a few words that do not belong together work well.
            </p>
          )}
          <input
            id="password"
            type="password"
            autoComplete={signup ? 'new-password' : 'current-password'}
            minLength={signup ? 10 : 1}
            required
            aria-describedby={signup ? 'password-hint' : undefined}
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
            }}
          />
        </div>
        <FormTail form={once}>{signup ? 'Create account' : 'Sign in'}</FormTail>
        {!signup && (
          <p>
            <Link className="touch-link" to="/forgot-password">
              Forgot your password?
            </Link>
          </p>
        )}
      </form>
      <p>
        {signup ? (
          <>
            Already have an account? <Link to="/login">Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link to="/signup">Create an account</Link>. A physiotherapist?{' '}
            <Link to="/clinic/signup">Create a clinic account</Link>
          </>
        )}
      </p>
    </>
  );
}
