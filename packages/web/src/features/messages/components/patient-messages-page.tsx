import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../../lib/hooks';
import { MessageThread } from './message-thread';

/** /messages: the patient writes to the clinicians linked to them. */
export function PatientMessagesPage() {
  const patientId = useMe().me?.patientId ?? '';
  return (
    <>
      <PageTitle>Messages</PageTitle>
      <p className="lead">
        Write to the clinicians linked to you. Not for emergencies: for numbness around the saddle area, new
        bladder or bowel trouble, or weakness getting worse, get medical help at once.
      </p>
      {patientId === '' ? (
        <p>Messages need an account of your own.</p>
      ) : (
        <MessageThread patientId={patientId} viewer="patient" />
      )}
    </>
  );
}
