import { Link, useParams } from 'react-router';
import { NotFound } from '../../../app/not-found';
import { ProgressCharts } from '../../../components/progress-charts';
import { UnreadCount } from '../../../components/unread-count';
import { ApiError, errorText } from '../../../lib/api';
import { ActionForm } from './action-form';
import { DecisionCard } from './decision-card';
import { LoadTestForm } from './load-test-form';
import { TimelineCard } from './timeline-card';
import { TreatmentNoteForm, VisaHForm } from './treatment-forms';
import { useDecision, useTimeline } from '../api/use-record';
import { useCare, useIdentity } from '../api/use-care';
import { CareForm, IdentityForm } from './care-form';
import { RecordHeader } from './record-header';
import { ReportDialog } from './report-dialog';

/** One patient: the engine's decision and plan, the timeline, and what the clinician records. */
export function RecordPage() {
  const { patientId = '' } = useParams();
  const decision = useDecision(patientId);
  const timeline = useTimeline(patientId);
  const identity = useIdentity(patientId);
  const care = useCare(patientId);
  const missing = [decision.error, timeline.error, identity.error, care.error].some(
    (e) => e instanceof ApiError && e.status === 404,
  );
  if (missing) return <NotFound />;
  if (timeline.isPending) return <p role="status">Loading the record…</p>;
  if (timeline.isError) {
    return (
      <p className="error" role="alert">
        {errorText(timeline.error)}
      </p>
    );
  }
  const incomplete = decision.error instanceof ApiError && decision.error.status === 409;
  const events = timeline.data.items.flatMap((i) => (i.kind === 'event' ? [i.event] : []));
  const history = timeline.data.items.flatMap((i) => (i.kind === 'decision' ? [i] : []));

  return (
    <>
      <RecordHeader identity={identity.data} care={care.data} />
      <p className="actions no-print">
        <Link className="button secondary" to={`/clinic/patients/${patientId}/messages`}>
          Messages
          <UnreadCount patientId={patientId} />
        </Link>
        <ReportDialog patientId={patientId} />
        <button
          type="button"
          className="secondary"
          onClick={() => {
            window.print();
          }}
        >
          Print
        </button>
      </p>
      <div className="record-grid">
        <div className="record-main">
          {decision.data !== undefined && <DecisionCard decision={decision.data} />}
          {incomplete && (
            <p className="alert alert-info">
              No decision yet: the patient has not finished their profile and screening.
            </p>
          )}
          {decision.isError && !incomplete && (
            <p className="error" role="alert">
              {errorText(decision.error)}
            </p>
          )}
          {decision.data !== undefined && (
            <section className="card" aria-labelledby="charts">
              <h2 id="charts">Charts</h2>
              <ProgressCharts
                events={events}
                history={history}
                decision={decision.data}
                today={timeline.data.asOf}
                runner={events.some((e) => e.type === 'run') || decision.data.plan.running !== null}
              />
            </section>
          )}
          <TimelineCard patientId={patientId} canMark={care.data?.dischargedAt === null} />
        </div>
        <div className="record-side no-print">
          {care.data !== undefined && (
            <CareForm key={care.data.assigneeId} patientId={patientId} care={care.data} />
          )}
          {care.data?.dischargedAt === null && (
            <>
              {identity.data !== undefined && (
                <IdentityForm
                  key={JSON.stringify(identity.data)}
                  patientId={patientId}
                  identity={identity.data}
                />
              )}
              <ActionForm patientId={patientId} decision={decision.data} />
              <LoadTestForm patientId={patientId} />
              <TreatmentNoteForm patientId={patientId} />
              <VisaHForm patientId={patientId} />
            </>
          )}
        </div>
      </div>
    </>
  );
}
