import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, errorText } from '../../../lib/api';
import { clearDevice } from '../../../lib/db';
import { resetSession } from '../../../lib/hooks';
import { FormError } from '../../../components/form-error';

interface AuditEntry {
  id: number;
  at: string;
  actorRole: 'patient' | 'clinician' | null;
  action: string;
  outcome: string;
  /** Refused attempts are summarized: one entry per caller and hour, with how many there were. */
  count: number;
}

/** Who has read or changed my data, newest first. */
export function AuditSection({ patientId }: { patientId: string }) {
  const q = useQuery({
    queryKey: ['audit', patientId],
    queryFn: () => api<{ entries: AuditEntry[] }>('GET', `patients/${patientId}/audit`),
  });
  const others = q.data?.entries.filter((e) => e.actorRole === 'clinician') ?? [];
  return (
    <section className="card" aria-labelledby="audit">
      <h2 id="audit">Who viewed my data</h2>
      {q.isPending && <p role="status">Loading…</p>}
      {q.isError && <p className="error">{errorText(q.error)}</p>}
      {q.data !== undefined &&
        (others.length === 0 ? (
          <p>No clinician has viewed your data. Only you have.</p>
        ) : (
          <ul>
            {others.slice(0, 20).map((e) => (
              <li key={e.id}>
                {new Date(e.at).toLocaleString()}: a clinician ({e.action})
                {e.outcome === 'failure' &&
                  `, refused${e.count > 1 ? ` ${e.count} times within the hour` : ''}`}
              </li>
            ))}
          </ul>
        ))}
      {q.data !== undefined && (
        <p className="muted">{q.data.entries.reduce((n, e) => n + e.count, 0)} accesses recorded in total.</p>
      )}
    </section>
  );
}

/** Link to a clinician with the code they gave. */
export function InviteSection() {
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    try {
      const r = await api<{ clinician: { clinicName: string | null; email: string } }>(
        'POST',
        'invites/accept',
        { code },
      );
      setMessage({
        ok: true,
        text: `Linked. ${r.clinician.clinicName ?? 'Your clinician'} can now see your record.`,
      });
      setCode('');
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    }
  };
  return (
    <section className="card" aria-labelledby="invite">
      <h2 id="invite">Link to my clinic</h2>
      <form
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        <div className="field">
          <label htmlFor="invite-code">Invite code from your clinician</label>
          <input
            id="invite-code"
            type="text"
            autoComplete="off"
            placeholder="ABCD-EFGH"
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
            }}
          />
        </div>
        {message !== undefined && (
          <p className={message.ok ? '' : 'error'} role="status">
            {message.text}
          </p>
        )}
        <button type="submit">Accept invite</button>
      </form>
    </section>
  );
}

/** Erase the account and everything in it, after a confirmation. */
export function DeleteSection({ patientId }: { patientId: string }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const navigate = useNavigate();
  const client = useQueryClient();
  const erase = async () => {
    try {
      await api('DELETE', `patients/${patientId}`);
      await clearDevice();
      resetSession(client, null);
      await navigate('/signup');
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <section className="card" aria-labelledby="delete">
      <h2 id="delete">Delete my account</h2>
      <p>This erases your account and all your data from the server and this device. It cannot be undone.</p>
      <FormError message={error} />
      {confirming ? (
        <div className="actions">
          <button
            type="button"
            className="danger"
            onClick={() => {
              void erase();
            }}
          >
            Yes, delete everything
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setConfirming(false);
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setConfirming(true);
          }}
        >
          Delete my account…
        </button>
      )}
    </section>
  );
}
