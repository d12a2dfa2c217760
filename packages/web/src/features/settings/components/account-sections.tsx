import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { errorText } from '../../../lib/api';
import { clearDevice } from '../../../lib/db';
import { resetSession } from '../../../lib/hooks';
import { FormError } from '../../../components/form-error';
import { formatDay } from '../../../lib/dates';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { acceptInvite, eraseAccount, fetchAudit, fetchClinicians, unlinkClinician } from '../api/account-api';
import { auditSentence, clinicianName, type LinkedClinician } from '../api/audit-words';

const cliniciansKey = (patientId: string) => ['clinicians', patientId] as const;

function useClinicians(patientId: string) {
  return useQuery({
    queryKey: cliniciansKey(patientId),
    queryFn: () => fetchClinicians(patientId),
  });
}

/** The clinicians who can see my data, each with a button to end the link. */
export function ClinicianLinksSection({ patientId }: { patientId: string }) {
  const q = useClinicians(patientId);
  const client = useQueryClient();
  const once = useSubmitOnce();
  const unlink = (c: LinkedClinician) =>
    once.save(async () => {
      await unlinkClinician(patientId, c.id);
      await client.invalidateQueries({ queryKey: cliniciansKey(patientId) });
    });
  const list = q.data?.clinicians ?? [];
  return (
    <section className="card" aria-labelledby="linked">
      <h2 id="linked">My clinicians</h2>
      {q.isPending && <p role="status">Loading…</p>}
      {q.isError && <p className="error">{errorText(q.error)}</p>}
      {q.data !== undefined && list.length === 0 && (
        <p>You are not linked to a clinician. Only you can see your data.</p>
      )}
      {list.length > 0 && (
        <ul className="plain-list" data-testid="linked-clinicians">
          {list.map((c) => (
            <li key={c.id}>
              <span>
                {clinicianName(c)} can see your data, since {formatDay(c.linkedAt.slice(0, 10))}.
              </span>{' '}
              <button
                type="button"
                className="secondary"
                disabled={once.busy}
                aria-label={`Unlink ${c.email}`}
                onClick={() => {
                  void unlink(c);
                }}
              >
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError message={once.error} />
    </section>
  );
}

/** Who has read or changed my data, newest first, in words. */
export function AuditSection({ patientId }: { patientId: string }) {
  const q = useQuery({
    queryKey: ['audit', patientId],
    queryFn: () => fetchAudit(patientId),
  });
  const clinicians = useClinicians(patientId).data?.clinicians ?? [];
  const others = q.data?.entries.filter((e) => e.actorRole === 'clinician') ?? [];
  const total = q.data?.entries.reduce((n, e) => n + (e.count ?? 1), 0);
  return (
    <section className="card" aria-labelledby="audit">
      <h2 id="audit">Who viewed my data</h2>
      {q.isPending && <p role="status">Loading…</p>}
      {q.isError && <p className="error">{errorText(q.error)}</p>}
      {q.data !== undefined &&
        (others.length === 0 ? (
          <p>No clinician has viewed your data. Only you have.</p>
        ) : (
          <ul data-testid="audit-list">
            {others.slice(0, 20).map((e) => (
              <li key={e.id}>
                {new Date(e.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}:{' '}
                {auditSentence(e, clinicians)}.
              </li>
            ))}
          </ul>
        ))}
      {total !== undefined && (
        <p className="muted">
          {total} {total === 1 ? 'access' : 'accesses'} recorded in total.
        </p>
      )}
    </section>
  );
}

/** Link to a clinician with the code they gave. */
export function InviteSection() {
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const once = useSubmitOnce();
  const client = useQueryClient();
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    return once.run(async () => {
      try {
        const r = await acceptInvite(code);
        setMessage({
          ok: true,
          text: `Linked. ${r.clinician.clinicName ?? 'Your clinician'} can now see your record.`,
        });
        setCode('');
        await client.invalidateQueries({ queryKey: ['clinicians'] });
      } catch (err) {
        setMessage({ ok: false, text: errorText(err) });
      }
    });
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
        <button type="submit" disabled={once.busy}>
          Accept invite
        </button>
      </form>
    </section>
  );
}

/** Erase the account and everything in it, after a confirmation. */
export function DeleteSection({ patientId }: { patientId: string }) {
  const [confirming, setConfirming] = useState(false);
  const navigate = useNavigate();
  const client = useQueryClient();
  const once = useSubmitOnce();
  const erase = () =>
    once.save(async () => {
      await eraseAccount(patientId);
      await clearDevice();
      resetSession(client, null);
      await navigate('/signup');
    });
  return (
    <section className="card" aria-labelledby="delete">
      <h2 id="delete">Delete my account</h2>
      <p>This erases your account and all your data from the server and this device. It cannot be undone.</p>
      <FormError message={once.error} />
      {confirming ? (
        <div className="actions">
          <button
            type="button"
            className="danger"
            disabled={once.busy}
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
