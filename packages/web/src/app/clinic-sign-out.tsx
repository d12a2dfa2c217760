import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorText } from '../lib/api';
import { resetSession } from '../lib/session-hooks';
import { signOut } from '../lib/patient-store';

/** Sign-out for clinicians, in the header (patients sign out in their Settings). */
export function ClinicSignOut() {
  const [error, setError] = useState<string>();
  const navigate = useNavigate();
  const client = useQueryClient();
  const out = async () => {
    try {
      await signOut();
      client.removeQueries({ queryKey: ['caseload'] });
      client.removeQueries({ queryKey: ['record'] });
      resetSession(client, null);
      await navigate('/login');
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          void out();
        }}
      >
        Sign out
      </button>
      {error !== undefined && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
