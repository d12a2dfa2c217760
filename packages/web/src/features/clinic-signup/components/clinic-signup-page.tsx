import { useState, type SyntheticEvent } from 'react';
import { Link, useParams } from 'react-router';
import { CheckEmail } from '../../../components/check-email';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import { clinicianSignup } from '../api/invites-api';
import { FormError } from '../../../components/form-error';
import { useSubmitOnce } from '../../../lib/use-submit-once';

/**
 * A clinician account: in a new clinic (its name), or joining a colleague's clinic with a clinician invite
 * code (`/join/CODE` opens this page with the code filled in). Made when the mailed link is opened.
 */
export function ClinicSignupPage() {
  const { code } = useParams<{ code?: string }>();
  const [joining, setJoining] = useState(code !== undefined);
  const [form, setForm] = useState({ email: '', password: '', clinicName: '', inviteCode: code ?? '' });
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState<string>();
  const once = useSubmitOnce();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    await once.run(async () => {
      setError(undefined);
      try {
        const { clinicName, inviteCode, ...account } = form;
        const body = joining ? { ...account, inviteCode: inviteCode.trim() } : { ...account, clinicName };
        setSent((await clinicianSignup(body)).message);
      } catch (err) {
        setError(errorText(err));
      }
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
      {sent !== undefined ? (
        <CheckEmail message={sent} email={form.email} />
      ) : (
        <>
          <p>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setJoining((j) => !j);
                setError(undefined);
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
            <FormError message={error} />
            <button type="submit" disabled={once.busy}>
              {joining ? 'Join the clinic' : 'Create clinic account'}
            </button>
          </form>
        </>
      )}
      <p>
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </>
  );
}
