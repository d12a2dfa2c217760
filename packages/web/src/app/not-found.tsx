import { Link } from 'react-router';
import { PageTitle } from '../components/page-title';
import { useMe } from '../lib/session-hooks';

export function NotFound() {
  const { me } = useMe();
  const clinician = me?.role === 'clinician';
  return (
    <>
      <PageTitle>Page not found</PageTitle>
      <p>
        This page does not exist.{' '}
        {clinician ? (
          <Link to="/clinic">Go to the caseload</Link>
        ) : (
          <Link to="/today">Go to today’s plan</Link>
        )}
        .
      </p>
    </>
  );
}
