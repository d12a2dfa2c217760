import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../../components/form-error';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { requestPasswordReset } from '../api/account-api';

/** /forgot-password: mails a link to choose a new password. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState<string>();
  const once = useSubmitOnce();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    await once.run(async () => {
      setError(undefined);
      try {
        setSent((await requestPasswordReset(email)).message);
      } catch (err) {
        setError(errorText(err));
      }
    });
  };

  return (
    <>
      <PageTitle>Forgot your password?</PageTitle>
      <p className="lead">
        Enter the address you sign in with and we will mail you a link to choose a new one.
      </p>
      {sent === undefined ? (
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
          <FormError message={error} />
          <button type="submit" disabled={once.busy}>
            Send the link
          </button>
        </form>
      ) : (
        <div className="card" role="status">
          <p>{sent}</p>
          <p>
            The link works once, for 30 minutes. No mail? Check your spam folder, or ask again in a while.
          </p>
        </div>
      )}
      <p>
        <Link to="/login">Back to sign in</Link>
      </p>
    </>
  );
}
