import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { FormError } from '../../../components/form-error';
import { PageTitle } from '../../../components/page-title';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { confirmEmailChange, tokenFromHash } from '../api/account-api';

/**
 * /confirm-email#token=…: the page the confirmation mail links to. It asks for a tap rather than confirming on
 * load, so a mail scanner that opens links changes nothing.
 */
export function ConfirmEmailPage() {
  const token = tokenFromHash(useLocation().hash);
  const client = useQueryClient();
  const [email, setEmail] = useState<string>();
  const once = useSubmitOnce();

  const confirm = async () => {
    await once.save(async () => {
      setEmail((await confirmEmailChange(token)).email);
      await client.invalidateQueries();
    });
  };

  return (
    <>
      <PageTitle>Confirm your new address</PageTitle>
      {email === undefined ? (
        <div className="card">
          <p>Your account will use this mailbox’s address from now on, for signing in and for mail.</p>
          <FormError message={token === '' ? 'This page needs the link from your mail.' : once.error} />
          <button
            type="button"
            disabled={once.busy || token === ''}
            onClick={() => {
              void confirm();
            }}
          >
            Confirm the new address
          </button>
        </div>
      ) : (
        <div className="card" role="status">
          <p>Done: you now sign in with {email}.</p>
          <p>
            <Link to="/login">Sign in</Link>
          </p>
        </div>
      )}
    </>
  );
}
