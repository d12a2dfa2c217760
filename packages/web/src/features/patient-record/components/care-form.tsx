import { useState, type SyntheticEvent } from 'react';
import type { PatientIdentity } from '../../../lib/clinic-identity';
import { useCareWrite, useTeam, type Care } from '../api/use-care';
import { FormResult } from './form-result';

/** Who the patient is (name, date of birth, clinic reference), as the clinic corrects it. */
export function IdentityForm({ patientId, identity }: { patientId: string; identity: PatientIdentity }) {
  const [name, setName] = useState(identity.name ?? '');
  const [dob, setDob] = useState(identity.dateOfBirth ?? '');
  const [reference, setReference] = useState(identity.reference ?? '');
  const write = useCareWrite<PatientIdentity>(patientId, 'PUT', 'identity');
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    const text = (v: string) => (v.trim() === '' ? null : v.trim());
    write.mutate({ name: text(name), dateOfBirth: text(dob), reference: text(reference) });
  };
  return (
    <form className="card" aria-labelledby="identity-title" onSubmit={submit}>
      <h2 id="identity-title">Patient details</h2>
      <div className="field">
        <label htmlFor="identity-name">Full name</label>
        <input
          id="identity-name"
          maxLength={120}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="identity-dob">Date of birth</label>
        <input
          id="identity-dob"
          type="date"
          value={dob}
          onChange={(e) => {
            setDob(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="identity-ref">Clinic reference (optional)</label>
        <input
          id="identity-ref"
          maxLength={40}
          value={reference}
          onChange={(e) => {
            setReference(e.target.value);
          }}
        />
      </div>
      <FormResult error={write.error} saved={write.isSuccess} text="Details saved." />
      <button type="submit" disabled={write.isPending}>
        Save details
      </button>
    </form>
  );
}

/** Assigning the patient to a clinician of the clinic, and discharging (archiving) or taking them back. */
export function CareForm({ patientId, care }: { patientId: string; care: Care }) {
  const team = useTeam();
  const [assignee, setAssignee] = useState(care.assigneeId ?? '');
  const [confirming, setConfirming] = useState(false);
  const assign = useCareWrite<{ clinicianId: string }>(patientId, 'POST', 'assignee');
  const discharge = useCareWrite<{ discharged: boolean }>(patientId, 'POST', 'discharge');
  const discharged = care.dischargedAt !== null;
  return (
    <section className="card" aria-labelledby="care-title">
      <h2 id="care-title">Care in the clinic</h2>
      {!discharged && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            assign.mutate({ clinicianId: assignee });
          }}
        >
          <div className="field">
            <label htmlFor="care-assignee">Responsible clinician</label>
            <select
              id="care-assignee"
              value={assignee}
              onChange={(e) => {
                setAssignee(e.target.value);
              }}
            >
              {(team.data?.clinicians ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.email}
                  {c.clinicRole === 'admin' ? ' (admin)' : ''}
                </option>
              ))}
            </select>
          </div>
          <FormResult error={assign.error} saved={assign.isSuccess} text="Patient assigned." />
          <button type="submit" className="secondary" disabled={assign.isPending || assignee === ''}>
            Assign
          </button>
        </form>
      )}
      <FormResult
        error={discharge.error}
        saved={discharge.isSuccess}
        text={discharged ? 'Patient discharged: the record is read-only.' : 'Patient back under care.'}
      />
      {discharged ? (
        <button
          type="button"
          className="secondary"
          disabled={discharge.isPending}
          onClick={() => {
            discharge.mutate({ discharged: false });
          }}
        >
          Take back under care
        </button>
      ) : confirming ? (
        <div role="group" aria-labelledby="discharge-question">
          <p id="discharge-question">
            Discharge this patient? They leave the caseload for the discharged list; the record, with the
            clinic’s notes, stays readable but cannot be changed.
          </p>
          <p className="actions">
            <button
              type="button"
              disabled={discharge.isPending}
              onClick={() => {
                discharge.mutate(
                  { discharged: true },
                  {
                    onSettled: () => {
                      setConfirming(false);
                    },
                  },
                );
              }}
            >
              Yes, discharge
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
          </p>
        </div>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setConfirming(true);
          }}
        >
          Discharge…
        </button>
      )}
    </section>
  );
}
