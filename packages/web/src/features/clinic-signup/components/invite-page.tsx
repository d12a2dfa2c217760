import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { PageTitle } from '../../../components/page-title';
import { api, errorText } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { useSubmitOnce } from '../../../lib/use-submit-once';

type Kind = 'patient' | 'clinician';

interface Invite {
  code: string;
  kind: Kind;
  expiresAt: string;
  link: string;
}

/**
 * Makes a single-use invite code, with a link to copy: for a patient (links them to this clinician) or for
 * a colleague (a clinician account in this clinic).
 */
export function InvitePage() {
  const [copied, setCopied] = useState(false);
  const once = useSubmitOnce();
  const make = useMutation({
    mutationFn: (kind: Kind) => api<Invite>('POST', 'clinician/invites', { kind }),
    onMutate: () => {
      setCopied(false);
    },
  });
  const copy = async (link: string) => {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  };
  const invite = make.data;

  return (
    <>
      <PageTitle>Invite a patient</PageTitle>
      <p className="lead">
        Each code links one patient to you. They enter it in their Settings, or open the link. Codes work once
        and expire after 14 days.
      </p>
      <button
        type="button"
        disabled={once.busy}
        onClick={() => {
          void once.run(() =>
            make.mutateAsync('patient').then(
              () => undefined,
              () => undefined,
            ),
          );
        }}
      >
        Create invite code
      </button>
      <h2>Invite a colleague</h2>
      <p>
        A colleague code lets another physiotherapist create an account in your clinic. They open the link, or
        choose “Joining a colleague’s clinic?” when they sign up.
      </p>
      <button
        type="button"
        className="secondary"
        disabled={once.busy}
        onClick={() => {
          void once.run(() =>
            make.mutateAsync('clinician').then(
              () => undefined,
              () => undefined,
            ),
          );
        }}
      >
        Create colleague invite
      </button>
      {make.isError && (
        <p className="error" role="alert">
          {errorText(make.error)}
        </p>
      )}
      {invite !== undefined && (
        <section className="card invite-card" aria-labelledby="invite-code-title">
          <h2 id="invite-code-title">
            {invite.kind === 'patient' ? 'Invite code for a patient' : 'Invite code for a colleague'}
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
    </>
  );
}
