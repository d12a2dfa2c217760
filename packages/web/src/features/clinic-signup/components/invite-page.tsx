import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { useMe } from '../../../lib/hooks';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { createInvite, invitesKey, type InviteKind as Kind } from '../api/invites-api';
import { InviteList } from './invite-list';

/**
 * Makes a single-use invite code, with a link to copy: for a patient (named or not; links them to the clinic
 * with this clinician responsible) or, for a clinic admin, a colleague. Lists the clinic's invites to revoke.
 */
export function InvitePage() {
  const { me } = useMe();
  const client = useQueryClient();
  const [copied, setCopied] = useState(false);
  const once = useSubmitOnce();
  const [patient, setPatient] = useState({ name: '', dateOfBirth: '', reference: '' });
  const make = useMutation({
    mutationFn: (kind: Kind) => {
      const text = (v: string) => (v.trim() === '' ? {} : undefined);
      const named =
        kind === 'patient'
          ? {
              ...(text(patient.name) ?? { name: patient.name.trim() }),
              ...(text(patient.dateOfBirth) ?? { dateOfBirth: patient.dateOfBirth }),
              ...(text(patient.reference) ?? { reference: patient.reference.trim() }),
            }
          : {};
      return createInvite({ kind, ...named });
    },
    onMutate: () => {
      setCopied(false);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: invitesKey }),
  });
  const copy = async (link: string) => {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  };
  const invite = make.data;
  const field = (name: keyof typeof patient) => ({
    id: `invite-patient-${name}`,
    value: patient[name],
    onChange: (e: { target: { value: string } }) => {
      setPatient((p) => ({ ...p, [name]: e.target.value }));
    },
  });
  /** Every code is made once however often the button is tapped (ADR 211). */
  const makeOnce = (kind: Kind) => {
    void once.run(() =>
      make.mutateAsync(kind).then(
        () => undefined,
        () => undefined,
      ),
    );
  };
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    makeOnce('patient');
  };

  return (
    <>
      <PageTitle>Invites</PageTitle>
      <p className="lead">
        Each code links one patient to your clinic, with you as their clinician. They open the link (it leads
        them through creating an account) or enter the code in their Settings. Codes work once and expire
        after 14 days.
      </p>
      <form className="card" aria-labelledby="invite-patient-title" onSubmit={submit}>
        <h2 id="invite-patient-title">Invite a patient</h2>
        <p className="muted">Optional: the patient’s details, filled in for them when they sign up.</p>
        <div className="field">
          <label htmlFor="invite-patient-name">Patient’s full name</label>
          <input type="text" maxLength={120} {...field('name')} />
        </div>
        <div className="field">
          <label htmlFor="invite-patient-dateOfBirth">Date of birth</label>
          <input type="date" {...field('dateOfBirth')} />
        </div>
        <div className="field">
          <label htmlFor="invite-patient-reference">Clinic reference</label>
          <input type="text" maxLength={40} {...field('reference')} />
        </div>
        <button type="submit" disabled={once.busy}>
          Create invite code
        </button>
      </form>
      {me?.clinicRole === 'admin' && (
        <section className="card" aria-labelledby="invite-colleague-title">
          <h2 id="invite-colleague-title">Invite a colleague</h2>
          <p>
            A colleague code lets another physiotherapist create an account in your clinic and share its
            caseload. They open the link, or choose “Joining a colleague’s clinic?” when they sign up.
          </p>
          <button
            type="button"
            className="secondary"
            disabled={once.busy}
            onClick={() => {
              makeOnce('clinician');
            }}
          >
            Create colleague invite
          </button>
        </section>
      )}
      {make.isError && (
        <p className="error" role="alert">
          {errorText(make.error)}
        </p>
      )}
      {invite !== undefined && (
        <section className="card invite-card" aria-labelledby="invite-code-title">
          <h2 id="invite-code-title">
            {invite.kind === 'patient'
              ? `Invite code for ${invite.patient.name ?? 'a patient'}`
              : 'Invite code for a colleague'}
          </h2>
          <p className="invite-code" data-testid="invite-code">
            {invite.code}
          </p>
          <p>
            Link:{' '}
            <a href={invite.link} data-testid="invite-link">
              {invite.link}
            </a>
          </p>
          <p className="muted">Valid until {formatDay(invite.expiresAt.slice(0, 10))}.</p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              void copy(invite.link).catch(() => undefined);
            }}
          >
            Copy link
          </button>
          {copied && (
            <p role="status" className="muted">
              Link copied.
            </p>
          )}
        </section>
      )}
      <InviteList />
    </>
  );
}
