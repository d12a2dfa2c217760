import { Link } from 'react-router';
import { usePlan } from '../lib/use-plan';
import { EmergencyAdvice } from './emergency-advice';
import { PageTitle } from './page-title';

const STOPPED: Record<string, string> = {
  'urgent-referral':
    'This may be a torn tendon. See an orthopaedic clinician within days: repair is time-critical, best within 6 weeks. Your program is paused until a clinician clears you.',
  'medical-review': 'See a doctor before going on. Your program is paused until a clinician clears you.',
  'assessment-needed':
    'See a clinician before going on. Your program is paused until a clinician clears you.',
};

/** What a symptoms report changed, from the decision the device has just made with it. */
export function SymptomsOutcome({ asPage }: { asPage: boolean }) {
  const { decision } = usePlan();
  if (decision === undefined) return null;
  if (decision.status === 'emergency')
    return <EmergencyAdvice asPage={asPage} saveStatus="Your report is saved." />;
  const stopped = STOPPED[decision.status];
  const nerve = (decision.flags as readonly string[]).includes('nerve-signs');
  const title = stopped !== undefined ? 'See a clinician before going on' : 'Report saved';
  const Heading = () => (asPage ? <PageTitle>{title}</PageTitle> : <h2>{title}</h2>);
  return (
    <div
      className={`alert ${stopped !== undefined || nerve ? 'alert-warning' : 'alert-ok'}`}
      role="status"
      data-testid="symptoms-outcome"
      data-status={decision.status}
    >
      <Heading />
      {stopped !== undefined ? (
        <p className="lead">{stopped}</p>
      ) : nerve ? (
        <p className="lead" data-testid="symptoms-nerve-signs">
          See a clinician about these nerve or back symptoms. You can go on with the plan, but you will not
          move up a level until a clinician has checked you.
        </p>
      ) : (
        <p className="lead">Thank you. Nothing in this report changes your plan.</p>
      )}
      {decision.reasons[0] !== undefined && <p>{decision.reasons[0].text}</p>}
      <Link to="/today">Back to today</Link>
    </div>
  );
}
