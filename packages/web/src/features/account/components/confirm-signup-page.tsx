import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { FormError } from '../../../components/form-error';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import { resetSession } from '../../../lib/hooks';
import { adoptSession } from '../../../lib/patient-store';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { confirmSignup, tokenFromHash } from '../api/account-api';

/**
 * /confirm-signup#token=…: the page a sign-up mail links to. A tap (not the page load, so a mail scanner
 * that opens links makes nothing) makes the account, linked to the invite it came through, signs in and
 * goes on: a patient to the welcome steps, a clinician to the caseload.
 */
export function ConfirmSignupPage() {
  const token = tokenFromHash(useLocation().hash);
  const client = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const once = useSubmitOnce();

  const confirm = async () => {
    await once.run(async () => {
      setError(undefined);
      try {
        const me = await adoptSession(await confirmSignup(token));
        resetSession(client, me);
        await navigate(me.role === 'clinician' ? '/clinic' : '/welcome');
      } catch (err) {
        setError(errorText(err));
      }
    });
  };

  return (
    <>
      <PageTitle>Finish creating your account</PageTitle>
      <div className="card">
        <p>One tap makes your account and signs you in on this device.</p>
        <FormError message={token === '' ? 'This page needs the link from your mail.' : error} />
        <button
          type="button"
          disabled={once.busy || token === ''}
          onClick={() => {
            void confirm();
          }}
        >
          Finish creating my account
        </button>
        <p>
          Link expired or used? <Link to="/signup">Sign up again</Link> or <Link to="/login">sign in</Link>.
        </p>
      </div>
    </>
  );
}
