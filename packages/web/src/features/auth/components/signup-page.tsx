import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { CheckEmail } from '../../../components/check-email';
import { FormError } from '../../../components/form-error';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import { signup } from '../api/auth-api';
import { useSubmitOnce } from '../../../lib/use-submit-once';

/**
 * /signup: a patient's own account: name, date of birth, e-mail and password. The account is made when the
 * link mailed to the address is opened (/confirm-signup).
 */
export function SignupPage() {
  const [form, setForm] = useState({ name: '', dateOfBirth: '', email: '', password: '' });
  const [sent, setSent] = useState<string>();
  const [error, setError] = useState<string>();
  const once = useSubmitOnce();
  const today = new Date().toISOString().slice(0, 10);

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    await once.run(async () => {
      setError(undefined);
      try {
        const { message } = await signup({ ...form, name: form.name.trim() });
        setSent(message);
      } catch (err) {
        setError(errorText(err));
      }
    });
  };
  const field = (name: keyof typeof form) => ({
    id: `signup-${name}`,
    required: true,
    value: form[name],
    onChange: (e: { target: { value: string } }) => {
      setForm((f) => ({ ...f, [name]: e.target.value }));
    },
  });

  return (
    <>
      <PageTitle>Create your account</PageTitle>
      <p className="lead">
        A daily plan for pain at the sitting bone (proximal hamstring tendinopathy), step by step.
      </p>
      {sent === undefined ? (
        <form
          className="card"
          onSubmit={(e) => {
            void submit(e);
          }}
        >
          <div className="field">
            <label htmlFor="signup-name">Full name</label>
            <input type="text" autoComplete="name" maxLength={120} {...field('name')} />
          </div>
          <div className="field">
            <label htmlFor="signup-dateOfBirth">Date of birth</label>
            <input type="date" autoComplete="bday" min="1900-01-01" max={today} {...field('dateOfBirth')} />
          </div>
          <div className="field">
            <label htmlFor="signup-email">Email</label>
            <input type="email" autoComplete="email" {...field('email')} />
          </div>
          <div className="field">
            <label htmlFor="signup-password">Password</label>
            <p className="hint" id="password-hint">
              At least 10 characters and hard to guess: a few words that do not belong together work well.
            </p>
            <input
              type="password"
              autoComplete="new-password"
              minLength={10}
              aria-describedby="password-hint"
              {...field('password')}
            />
          </div>
          <FormError message={error} />
          <button type="submit" disabled={once.busy}>
            Create account
          </button>
        </form>
      ) : (
        <CheckEmail message={sent} email={form.email} />
      )}
      <p>
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </>
  );
}
