import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorText } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { fetchInvites, invitesKey, revokeInvite, type InviteSummary } from '../api/invites-api';

const STATE_LABELS: Record<InviteSummary['state'], string> = {
  open: 'Open',
  used: 'Used',
  revoked: 'Revoked',
  expired: 'Expired',
};

/** The clinic's invites, newest first, each open one with a button to revoke it. */
export function InviteList() {
  const client = useQueryClient();
  const list = useQuery({
    queryKey: invitesKey,
    queryFn: fetchInvites,
    staleTime: 0,
  });
  const revoke = useMutation({
    mutationFn: revokeInvite,
    onSuccess: () => client.invalidateQueries({ queryKey: invitesKey }),
  });
  return (
    <section className="card" aria-labelledby="invite-list-title">
      <h2 id="invite-list-title">The clinic’s invites</h2>
      {list.isError && (
        <p className="error" role="alert">
          {errorText(list.error)}
        </p>
      )}
      {revoke.isError && (
        <p className="error" role="alert">
          {errorText(revoke.error)}
        </p>
      )}
      {list.data !== undefined && list.data.invites.length === 0 && <p>No invites yet.</p>}
      {list.data !== undefined && list.data.invites.length > 0 && (
        <div className="table-wrap">
          <table data-testid="invite-list">
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">Made by</th>
                <th scope="col">Made</th>
                <th scope="col">Expires</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.invites.map((i) => (
                <tr key={i.id}>
                  <td>{i.kind === 'clinician' ? 'A colleague' : (i.patient.name ?? 'A patient')}</td>
                  <td>{i.clinicianEmail}</td>
                  <td>{formatDay(i.createdAt.slice(0, 10))}</td>
                  <td>{formatDay(i.expiresAt.slice(0, 10))}</td>
                  <td>{STATE_LABELS[i.state]}</td>
                  <td>
                    {i.state === 'open' && (
                      <button
                        type="button"
                        className="secondary"
                        disabled={revoke.isPending}
                        onClick={() => {
                          revoke.mutate(i.id);
                        }}
                      >
                        Revoke
                        <span className="visually-hidden">
                          {' '}
                          the invite for{' '}
                          {i.kind === 'clinician' ? 'a colleague' : (i.patient.name ?? 'a patient')}
                        </span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
