import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { api, errorText } from '../../../lib/api';
import { clearDevice } from '../../../lib/db';
import { keys } from '../../../lib/hooks';
import type { Me } from '../../../lib/types';

/** A clinician account in a new clinic: email, password and the clinic's name. */
export function ClinicSignupPage() {
  const [form, setForm] = useState({ email: '', password: '', clinicName: '' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const client = useQueryClient();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const me = await api<Me>('POST', 'auth/clinician-signup', form);
      await clearDevice();
      client.setQueryData(keys.me, me);
      await navigate('/clinic');
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  const field = (name: keyof typeof form) => ({
    id: `clinic-${name}`,
    required: true,
    value: form[name],
    onChange: (e: { target: { value: string } }) => {
      setForm((f) => ({ ...f, [name]: e.target.value }));
    },
  });

  return (
    <>
      <PageTitle>Create a clinic account</PageTitle>
      <p className="lead">
        For physiotherapists: see your patients’ progress, the engine’s decisions and their reasons, and
        adjust the plan.
      </p>
      <form
        className="card form-narrow"
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        <div className="field">
          <label htmlFor="clinic-clinicName">Clinic name</label>
          <input type="text" autoComplete="organization" maxLength={120} {...field('clinicName')} />
        </div>
        <div className="field">
          <label htmlFor="clinic-email">Email</label>
          <input type="email" autoComplete="email" {...field('email')} />
        </div>
        <div className="field">
          <label htmlFor="clinic-password">Password</label>
          <p className="hint" id="clinic-password-hint">
            At least 10 characters.
          </p>
          <input
            type="password"
            autoComplete="new-password"
            minLength={10}
            aria-describedby="clinic-password-hint"
            {...field('password')}
          />
        </div>
        {error !== undefined && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Create clinic account
        </button>
      </form>
      <p>
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </>
  );
}
