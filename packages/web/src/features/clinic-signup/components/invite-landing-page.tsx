import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormError } from '../../../components/form-error';
import { PageTitle } from '../../../components/page-title';
import { ApiError, errorText } from '../../../lib/api';
import {
  acceptInvite,
  fetchInvitePreview,
  patientSignup,
  type InvitePreview as Preview,
} from '../api/invites-api';
import { resetSession, useMe } from '../../../lib/hooks';
import { signIn } from '../../../lib/patient-store';
import { CheckEmail } from '../../../components/check-email';

/**
 * A clinician's invite link (/invite/CODE): names the clinic; signed out, the patient creates their account
 * (name and date of birth prefilled from the invite) or signs in, and is linked on completion; signed in as
 * a patient, one button links them.
 */
export function InviteLandingPage() {
  const { code = '' } = useParams();
  const { me } = useMe();
  const preview = useQuery({
    queryKey: ['invite-preview', code],
    queryFn: () => fetchInvitePreview(code),
    retry: false,
  });
  if (preview.isPending) return <p role="status">Loading the invite…</p>;
  if (preview.isError || preview.data.kind !== 'patient') {
    const gone = preview.error instanceof ApiError && preview.error.status !== 429;
    return (
      <>
        <PageTitle>Invite</PageTitle>
        <p className="error" role="alert">
          {gone || !preview.isError
            ? 'This invite link cannot be used: it is unknown, already used, revoked or expired. Ask your clinic for a new one.'
            : errorText(preview.error)}
        </p>
      </>
    );
  }
  const { clinicName } = preview.data;
  return (
    <>
      <PageTitle>{`Join ${clinicName}`}</PageTitle>
      <p className="lead">
        {clinicName} invites you to follow your hamstring rehab program here. Your physiotherapists at{' '}
        {clinicName} will see your check-ins, sessions and progress, and can adjust your plan.
      </p>
      {me?.role === 'clinician' ? (
        <p className="alert alert-info">
          This invite is for a patient. Sign out of your clinic account to use it.
        </p>
      ) : me?.role === 'patient' ? (
        <LinkSignedIn code={code} clinicName={clinicName} />
      ) : (
        <InviteSignup code={code} preview={preview.data} />
      )}
    </>
  );
}

function LinkSignedIn({ code, clinicName }: { code: string; clinicName: string }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const link = async () => {
    setBusy(true);
    try {
      await acceptInvite(code);
      await navigate('/today');
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  return (
    <div className="card">
      <p>You are signed in. Link your account to {clinicName}?</p>
      <FormError message={error} />
      <button type="button" disabled={busy} onClick={() => void link()}>
        Link my account
      </button>
    </div>
  );
}

function InviteSignup({ code, preview }: { code: string; preview: Preview }) {
  const [existing, setExisting] = useState(false);
  const [form, setForm] = useState({
    name: preview.patient.name ?? '',
    dateOfBirth: preview.patient.dateOfBirth ?? '',
    email: '',
    password: '',
  });
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState<string>();
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const client = useQueryClient();
  const field = (name: keyof typeof form) => ({
    id: `invite-${name}`,
    value: form[name],
    onChange: (e: { target: { value: string } }) => {
      setForm((f) => ({ ...f, [name]: e.target.value }));
    },
  });
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (existing) {
        const me = await signIn(form.email, form.password);
        await acceptInvite(code);
        resetSession(client, me);
        await navigate('/today');
      } else {
        // The account is made, and linked, when the mailed link is opened (signed in there).
        const { message } = await patientSignup({
          email: form.email,
          password: form.password,
          name: form.name.trim(),
          ...(form.dateOfBirth === '' ? {} : { dateOfBirth: form.dateOfBirth }),
          inviteCode: code,
        });
        setSent(message);
        setBusy(false);
      }
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  if (sent !== undefined) return <CheckEmail message={sent} email={form.email} />;
  return (
    <form
      className="card"
      onSubmit={(e) => void submit(e)}
      aria-label={existing ? 'Sign in and link' : 'Create your account'}
    >
      <h2>{existing ? 'Sign in to link your account' : 'Create your account'}</h2>
      {!existing && (
        <>
          <div className="field">
            <label htmlFor="invite-name">Full name</label>
            <input type="text" autoComplete="name" required maxLength={120} {...field('name')} />
          </div>
          <div className="field">
            <label htmlFor="invite-dateOfBirth">Date of birth</label>
            <input type="date" autoComplete="bday" required {...field('dateOfBirth')} />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor="invite-email">Email</label>
        <input type="email" autoComplete="email" required {...field('email')} />
      </div>
      <div className="field">
        <label htmlFor="invite-password">Password</label>
        {!existing && (
          <p className="hint" id="invite-password-hint">
            At least 10 characters and hard to guess: a few words that do not belong together work well.
          </p>
        )}
        <input
          type="password"
          autoComplete={existing ? 'current-password' : 'new-password'}
          minLength={existing ? 1 : 10}
          required
          aria-describedby={existing ? undefined : 'invite-password-hint'}
          {...field('password')}
        />
      </div>
      <FormError message={error} />
      <button type="submit" disabled={busy}>
        {existing ? 'Sign in and link' : 'Create account and link'}
      </button>
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setExisting((x) => !x);
          }}
        >
          {existing ? 'New here? Create an account instead' : 'Already have an account? Sign in instead'}
        </button>
      </p>
    </form>
  );
}
