import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import { fetchTeam, removeFromTeam, type Member } from '../api/team-api';
import { useMe } from '../../../lib/hooks';
import { RequireTwoFactor } from './require-two-factor';

/** The clinic's clinicians; an admin removes a colleague (their access ends at once, the clinic keeps the records). */
export function TeamPage() {
  const { me } = useMe();
  const client = useQueryClient();
  const [confirm, setConfirm] = useState<Member>();
  const team = useQuery({
    queryKey: ['clinic-team'],
    queryFn: fetchTeam,
    staleTime: 0,
  });
  const remove = useMutation({
    mutationFn: removeFromTeam,
    onSuccess: async () => {
      setConfirm(undefined);
      await client.invalidateQueries({ queryKey: ['clinic-team'] });
      await client.invalidateQueries({ queryKey: ['caseload'] });
    },
  });
  const admin = me?.clinicRole === 'admin';
  return (
    <>
      <PageTitle>{`Team of ${me?.clinicName ?? 'the clinic'}`}</PageTitle>
      <p className="lead">
        Every clinician of the clinic sees the clinic’s caseload; each patient has one responsible clinician.
        {admin ? ' As an admin, you invite colleagues (on the Invites page) and remove them here.' : ''}
      </p>
      {team.isError && (
        <p className="error" role="alert">
          {errorText(team.error)}
        </p>
      )}
      {remove.isSuccess && (
        <p role="status" className="muted">
          Colleague removed: their access ended; their patients are now yours.
        </p>
      )}
      {team.data !== undefined && (
        <div className="table-wrap card">
          <table data-testid="team">
            <thead>
              <tr>
                <th scope="col">Clinician</th>
                <th scope="col">Role</th>
                <th scope="col">Patients</th>
                {admin && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {team.data.clinicians.map((c) => (
                <tr key={c.id}>
                  <td>{c.email}</td>
                  <td>{c.clinicRole === 'admin' ? 'Admin' : 'Clinician'}</td>
                  <td>{c.assigned}</td>
                  {admin && (
                    <td>
                      {c.id !== me?.id && (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => {
                            setConfirm(c);
                          }}
                        >
                          Remove<span className="visually-hidden"> {c.email}</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirm !== undefined && (
        <section className="card alert alert-warning" aria-labelledby="remove-title" role="group">
          <h2 id="remove-title">Remove {confirm.email}?</h2>
          <p>
            Their access to the clinic’s patients ends at once. The clinic keeps every record and note; their{' '}
            {confirm.assigned} patient{confirm.assigned === 1 ? '' : 's'} will be assigned to you.
          </p>
          {remove.isError && (
            <p className="error" role="alert">
              {errorText(remove.error)}
            </p>
          )}
          <p className="actions">
            <button
              type="button"
              disabled={remove.isPending}
              onClick={() => {
                remove.mutate(confirm.id);
              }}
            >
              Yes, remove
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setConfirm(undefined);
              }}
            >
              Cancel
            </button>
          </p>
        </section>
      )}
      {admin && me !== undefined && me !== null && <RequireTwoFactor me={me} />}
    </>
  );
}
