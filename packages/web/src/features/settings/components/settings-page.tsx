import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import { resetSession, useMe } from '../../../lib/hooks';
import { usePlan } from '../../../lib/use-plan';
import { signOut } from '../../../lib/patient-store';
import { AuditSection, ClinicianLinksSection, DeleteSection, InviteSection } from './account-sections';
import { PushSection } from './push-section';
import { RemindersSection } from './reminders-section';
import { RestoreSection } from './restore-section';

/** Reminders, exports (and a restore, for a new account), clinic link, audit, sign out and account deletion. */
export function SettingsPage() {
  const { me } = useMe();
  const { data, decision } = usePlan();
  const [restored, setRestored] = useState(false);
  const navigate = useNavigate();
  const client = useQueryClient();
  const patientId = me?.patientId;
  if (patientId === undefined) return null;
  const base = `/api/v1/patients/${patientId}`;
  // A new account (no screening, nothing logged) may be restored from an earlier account's export.
  const fresh = data !== undefined && data.screening === undefined && data.events.length === 0;

  const logOut = async () => {
    try {
      await signOut();
      resetSession(client, null);
      await navigate('/login');
    } catch (err) {
      window.alert(errorText(err));
    }
  };

  return (
    <>
      <PageTitle>Settings</PageTitle>
      <RemindersSection
        everyOtherDay={(decision?.stage ?? 1) >= 2}
        stopped={decision !== undefined && decision.status !== 'active' && decision.status !== 'completed'}
        patientId={patientId}
      />
      <PushSection patientId={patientId} runner={data?.profile?.runner ?? false} />
      <section className="card" aria-labelledby="profile-link">
        <h2 id="profile-link">About you</h2>
        <p>
          <Link to="/profile">Change birth year, painful side, running or sport</Link>
        </p>
        <p>
          <Link to="/baseline">Repeat the function check-in (every 4 weeks)</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="export">
        <h2 id="export">Export my data</h2>
        <p>Download everything you have logged, to keep or to show a clinician.</p>
        <ul>
          <li>
            <a href={`${base}/export?format=json`} download="rehab-data.json">
              All data (JSON)
            </a>
          </li>
          <li>
            <a href={`${base}/export?format=fhir`} download="rehab-data.fhir.json">
              Health record format (FHIR)
            </a>
          </li>
          <li>
            <a href={`${base}/report.pdf`} download="rehab-report.pdf">
              Report for a clinician (PDF)
            </a>
          </li>
        </ul>
      </section>
      {(fresh || restored) && (
        <RestoreSection
          patientId={patientId}
          onRestored={() => {
            setRestored(true);
          }}
        />
      )}
      <InviteSection />
      <ClinicianLinksSection patientId={patientId} />
      <AuditSection patientId={patientId} />
      <section className="card" aria-labelledby="sign-out">
        <h2 id="sign-out">Sign out</h2>
        <p>
          To change the e-mail address you sign in with, see <Link to="/account">your account</Link>.
        </p>
        <p>Anything not yet saved is sent first; then this device forgets your data.</p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            void logOut();
          }}
        >
          Sign out
        </button>
      </section>
      <DeleteSection patientId={patientId} />
    </>
  );
}
