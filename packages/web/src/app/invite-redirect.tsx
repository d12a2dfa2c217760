import { Navigate, useParams } from 'react-router';

/** A clinician's invite link (/invite/CODE): the patient's Settings, with the code filled in. */
export function InviteRedirect() {
  const { code = '' } = useParams();
  return <Navigate to={`/settings?code=${encodeURIComponent(code)}#invite`} replace />;
}
