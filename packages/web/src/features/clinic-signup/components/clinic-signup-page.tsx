import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { clearDevice } from '../../../lib/db';
import { resetSession } from '../../../lib/hooks';
import { FormTail } from '../../../components/form-tail';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { clinicianSignup } from '../api/invites-api';

/**
 * A clinician account: in a new clinic (its name), or joining a colleague's clinic with a clinician invite
 * code (`/join/CODE` opens this page with the code filled in).
 */
export function ClinicSignupPage() {
  const { code } = useParams<{ code?: string }>();
  const [joining, setJoining] = useState(code !== undefined);
  const [form, setForm] = useState({ email: '', password: '', clinicName: '', inviteCode: code ?? '' });
  const once = useSubmitOnce();
  const navigate = useNavigate();
  const client = useQueryClient();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    await once.save(async () => {
      const { clinicName, inviteCode, ...account } = form;
      const body = joining ? { ...account, inviteCode: inviteCode.trim() } : { ...account, clinicName };
      const me = await clinicianSignup(body);
      await clearDevice();
      resetSession(client, me);
      await navigate('/clinic');
    });
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
      <PageTitle>{joining ? 'Join your clinic' : 'Create a clinic account'}</PageTitle>
      <p className="lead">
        For physiotherapists: see your patients’ progress, the engine’s decisions and their reasons, and
        adjust the plan.
      </p>
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setJoining((j) => !j);
            once.setError(undefined);
          }}
        >
          {joining ? 'Start a new clinic instead' : 'Joining a colleague’s clinic? Use their invite code'}
        </button>
      </p>
      <form
        className="card form-narrow"
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        {joining ? (
          <div className="field">
            <label htmlFor="clinic-inviteCode">Invite code</label>
            <p className="hint" id="clinic-inviteCode-hint">
              The code a colleague made on their “Invite” page, like ABCD-2345.
            </p>
            <input
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              maxLength={20}
              aria-describedby="clinic-inviteCode-hint"
              {...field('inviteCode')}
            />
          </div>
        ) : (
          <div className="field">
            <label htmlFor="clinic-clinicName">Clinic name</label>
            <input type="text" autoComplete="organization" maxLength={120} {...field('clinicName')} />
          </div>
        )}
        <div className="field">
          <label htmlFor="clinic-email">Email</label>
          <input type="email" autoComplete="email" {...field('email')} />
        </div>
        <div className="field">
          <label htmlFor="clinic-password">Password</label>
          <p className="hint" id="clinic-password-hint">
            At least 10 characters and hard to guess: a few words that do not belong together work well.
          </p>
          <input
            type="password"
            autoComplete="new-password"
            minLength={10}
            aria-describedby="clinic-password-hint"
            {...field('password')}
          />
        </div>
        <FormTail form={once}>{joining ? 'Join the clinic' : 'Create clinic account'}</FormTail>
      </form>
      <p>
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </>
  );
}
