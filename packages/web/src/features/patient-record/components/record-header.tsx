import { PageTitle } from '../../../components/page-title';
import { birthText, type PatientIdentity } from '../../../lib/clinic-identity';
import { isoDay } from '../../../lib/dates';
import type { Care } from '../api/use-care';

/** The record's heading: the patient's name (also the tab title), date of birth, reference, who cares. */
export function RecordHeader({
  identity,
  care,
}: {
  identity: PatientIdentity | undefined;
  care: Care | undefined;
}) {
  const name = identity?.name ?? 'Unnamed patient';
  const facts = [
    identity === undefined ? null : birthText(identity.dateOfBirth, isoDay()),
    identity?.reference === null || identity?.reference === undefined
      ? null
      : `Clinic ref. ${identity.reference}`,
    care?.assigneeEmail === null || care?.assigneeEmail === undefined
      ? null
      : `Clinician: ${care.assigneeEmail}`,
  ].filter((f): f is string => f !== null);
  return (
    <>
      <PageTitle title={identity === undefined ? 'Patient record' : `${name} · Patient record`}>
        {identity === undefined ? 'Patient record' : name}
      </PageTitle>
      {facts.length > 0 && (
        <p className="patient-identity" data-testid="patient-identity">
          {facts.join(' · ')}
        </p>
      )}
      {care !== undefined && care.dischargedAt !== null && (
        <p className="read-only-note" role="status">
          Discharged on {care.dischargedAt.slice(0, 10)}: the record is read-only. The clinic keeps its notes.
        </p>
      )}
    </>
  );
}
