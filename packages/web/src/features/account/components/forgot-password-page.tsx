import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { FormTail } from '../../../components/form-tail';
import { PageTitle } from '../../../components/page-title';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { requestPasswordReset } from '../api/account-api';

/** /forgot-password: mails a link to choose a new password. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string>();
  const once = useSubmitOnce();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    await once.save(async () => {
      setSent((await requestPasswordReset(email)).message);
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
          <FormTail form={once}>Send the link</FormTail>
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
