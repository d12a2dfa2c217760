import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { FormTail } from '../../../components/form-tail';
import { PageTitle } from '../../../components/page-title';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { useMe } from '../../../lib/hooks';
import { requestEmailChange } from '../api/account-api';

/** /account: the sign-in address, changed only through a link mailed to the new address. */
export function AccountPage() {
  const { me, loading } = useMe();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sent, setSent] = useState<string>();
  const once = useSubmitOnce();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    await once.save(async () => {
      setSent((await requestEmailChange(newEmail, password)).message);
      setPassword('');
    });
  };

  if (loading) return <p role="status">Loading…</p>;
  if (me === null || me === undefined) {
    return (
      <>
        <PageTitle>Your account</PageTitle>
        <p>
          <Link to="/login">Sign in</Link> to change your account.
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>Your account</PageTitle>
      {me.role === 'clinician' && (
        <p>
          <Link to="/account/two-factor">Two-factor sign-in</Link>:{' '}
          {me.twoFactor?.enabled === true ? 'on' : 'off'}
          {me.twoFactor?.required === true ? ' (your clinic requires it)' : ''}.
        </p>
      )}
      <section className="card" aria-labelledby="change-email-title">
        <h2 id="change-email-title">Change your e-mail address</h2>
        <p>
          We mail a link to the new address; the change is made when you open it. The old address is told.
        </p>
        {sent !== undefined && (
          <p role="status" className="notice">
            {sent}
          </p>
        )}
        <form
          onSubmit={(e) => {
            void submit(e);
          }}
        >
          <div className="field">
            <label htmlFor="new-email">New address</label>
            <input
              id="new-email"
              type="email"
              autoComplete="email"
              required
              value={newEmail}
              onChange={(e) => {
                setNewEmail(e.target.value);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="current-password">Your password</label>
            <input
              id="current-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
              }}
            />
          </div>
          <FormTail form={once}>Send the confirmation link</FormTail>
        </form>
      </section>
      <p>
        Forgot your password? <Link to="/forgot-password">Reset it by mail</Link>.
      </p>
    </>
  );
}
