import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { MessageThread } from './message-thread';

/** /clinic/patients/:patientId/messages: the clinician's side of a patient's thread. */
export function ClinicianMessagesPage() {
  const { patientId = '' } = useParams();
  return (
    <>
      <PageTitle>Messages</PageTitle>
      <p>
        <Link to={`/clinic/patients/${patientId}`}>Back to the patient record</Link>
      </p>
      <MessageThread patientId={patientId} viewer="clinician" />
    </>
  );
}
