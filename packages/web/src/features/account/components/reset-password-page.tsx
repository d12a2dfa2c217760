import { useState, type SyntheticEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { FormError } from '../../../components/form-error';
import { PageTitle } from '../../../components/page-title';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { resetPassword, tokenFromHash } from '../api/account-api';

/** /reset-password#token=…: the page a reset mail links to; signs every device out. */
export function ResetPasswordPage() {
  const token = tokenFromHash(useLocation().hash);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const once = useSubmitOnce();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    await once.save(async () => {
      await resetPassword(token, password);
      setDone(true);
    });
  };

  if (token === '') {
    return (
      <>
        <PageTitle>Choose a new password</PageTitle>
        <p className="error" role="alert">
          This page needs the link from your mail. <Link to="/forgot-password">Ask for a new link</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>Choose a new password</PageTitle>
      {done ? (
        <div className="card" role="status">
          <p>Your password is changed, and every device that was signed in is signed out.</p>
          <p>
            <Link to="/login">Sign in with the new password</Link>
          </p>
        </div>
      ) : (
        <form
          className="card"
          onSubmit={(e) => {
            void submit(e);
          }}
        >
          <div className="field">
            <label htmlFor="new-password">New password</label>
            <p className="hint" id="new-password-hint">
              At least 10 characters and hard to guess: a few words that do not belong together work well.
            </p>
            <input
              id="new-password"
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
              aria-describedby="new-password-hint"
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
              }}
            />
          </div>
          <FormError message={once.error} />
          {once.error?.startsWith('Token:') === true && (
            <p>
              <Link to="/forgot-password">Ask for a new link</Link>
            </p>
          )}
          <button type="submit" disabled={once.busy}>
            Set the new password
          </button>
        </form>
      )}
    </>
  );
}
