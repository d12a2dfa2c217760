import { protocolOf } from '../lib/protocol';
import type { DecisionWithHistory } from '@hamstring-rehab/engine';

/** Shown instead of a plan while the program is stopped (emergency) or waits for a clinician. */
export function ProgramPaused({ decision }: { decision: DecisionWithHistory }) {
  const emergency = decision.status === 'emergency';
  const advice = protocolOf(decision).advice.find(
    (a) => a.id === (emergency ? 'seek-emergency-care' : 'seek-clinician'),
  );
  return (
    <div className={`alert ${emergency ? 'alert-emergency' : 'alert-warning'}`} data-testid="program-paused">
      <h2>{emergency ? 'Get emergency care today' : 'See a clinician before going on'}</h2>
      <p className="lead">
        <strong>{emergency ? 'Your program is stopped.' : 'Your program is paused.'}</strong> {advice?.text}
      </p>
      {decision.reasons[0] !== undefined && <p>{decision.reasons[0].text}</p>}
    </div>
  );
}
