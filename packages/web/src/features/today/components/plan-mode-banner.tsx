import { useEffect, useRef } from 'react';
import type { DecisionWithHistory } from '@hamstring-rehab/engine';
import { protocolOf } from '../../../lib/protocol';
import { RunningPaused } from '../../../components/running-paused';

/** Flags that ask the patient to see their clinician, with the words that say why. */
const WHY_SEE: Partial<Record<string, string>> = {
  'severe-pain': 'You reported pain of 8/10 or more.',
  'nerve-signs': 'You reported new tingling or back pain.',
  'repeated-flare': 'The tendon has flared more than once this week.',
};

/**
 * The top of Today for what pht-v2 adds: "see your clinician" first whenever the plan advises it (never
 * below the exercises), then the pain-relief plan of a flare or severe-pain day: one gentle hold, running
 * paused until its day.
 */
export function PlanModeBanner({ decision }: { decision: DecisionWithHistory }) {
  const { plan } = decision;
  const seek = plan.advice.includes('seek-clinician');
  const seekText = protocolOf(decision).advice.find((a) => a.id === 'seek-clinician')?.text;
  const why = decision.flags.flatMap((f) => WHY_SEE[f] ?? []);
  const relief = plan.mode === 'pain-relief';
  const alert = useRef<HTMLDivElement>(null);
  // when it appears (a session just saved far down the page), bring it into view: never left unseen
  useEffect(() => {
    if (seek) alert.current?.scrollIntoView({ block: 'start' });
  }, [seek]);
  // stage 3 keeps the optional treadmill eccentric on rest days: say it is a rest day all the same
  const restWithOptional = plan.mode === 'rest-day' && plan.exercises.length > 0;
  if (!seek && !relief && !restWithOptional) return null;
  return (
    <>
      {seek && (
        <div
          ref={alert}
          className="alert alert-warning alert-strong"
          role="alert"
          data-testid="seek-clinician"
        >
          <h2>See your clinician</h2>
          <p className="lead">
            <strong>{why.length > 0 ? why.join(' ') : 'Your plan asks a clinician to review it.'}</strong>{' '}
            {seekText}
          </p>
        </div>
      )}
      {relief && (
        <div className="alert alert-warning" data-testid="pain-relief">
          <h2>Pain-relief day</h2>
          <p>
            Only the one gentle hold below today, to ease the pain: no other exercises and no running. Stay
            active with easy walking.
          </p>
          <RunningPaused decision={decision} />
        </div>
      )}
      {restWithOptional && (
        <div className="alert alert-info" data-testid="rest-day-optional">
          <h2>Rest day</h2>
          <p>
            No strength session today: tendons adapt in the 48 hours after heavy work. The treadmill exercise
            below is optional.
          </p>
        </div>
      )}
    </>
  );
}
