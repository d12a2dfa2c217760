import { protocolOf } from '../../../lib/protocol';
import { Link, Navigate } from 'react-router';
import { EmergencyAdvice } from '../../../components/emergency-advice';
import { PageTitle } from '../../../components/page-title';
import { usePlan } from '../../../lib/use-plan';

const adviceText = (id: string) => protocolOf().advice.find((a) => a.id === id)?.text ?? '';

/** The screening's outcome, impossible to misread: emergency, see a clinician first, or start. */
export function OutcomePage() {
  const { data, decision } = usePlan();
  if (data === undefined) return <p role="status">Loading…</p>;
  if (decision === undefined) return <Navigate to="/profile" replace />;
  const why = decision.reasons[0]?.text;

  if (decision.status === 'emergency') return <EmergencyAdvice />;
  if (decision.status !== 'active') {
    const rule = protocolOf(decision).screening.rules.find((r) => r.status === decision.status);
    return (
      <div data-testid="outcome-clinician">
        <div className="alert alert-warning">
          <PageTitle>See a clinician first</PageTitle>
          <p className="lead">{rule?.action ?? adviceText('seek-clinician')}</p>
          {why !== undefined && <p>{why}</p>}
        </div>
        <p>
          Please do not start the program until a doctor or physiotherapist has checked you. If they confirm
          it is this tendon problem, they can clear you to start, and your plan will appear here.
        </p>
        <Link to="/learn">Read about this condition</Link>
      </div>
    );
  }
  return (
    <div data-testid="outcome-start">
      <div className="alert alert-ok">
        <PageTitle>You can start the program</PageTitle>
        <p className="lead">Your answers fit this tendon problem, with no warning signs.</p>
      </div>
      <p>Next, two quick measures of where you are starting from. You will compare against them later.</p>
      <div className="actions">
        <Link className="button" to="/baseline">
          Next: your starting point
        </Link>
      </div>
    </div>
  );
}
