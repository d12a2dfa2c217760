import type { Decision } from '@hamstring-rehab/engine';
import { formatDay } from '../lib/dates';

/**
 * "Running paused until …" (pht-v2 `plan.running.pausedUntil`): shown on a pain-relief day on Today and on
 * the Running page. Pain of 8 or more while loading keeps it paused until a clinician has acted, which the
 * text says too. Nothing when running is not paused.
 */
export function RunningPaused({ decision }: { decision: Pick<Decision, 'plan' | 'flags'> }) {
  const until = decision.plan.running?.pausedUntil ?? null;
  if (until === null) return null;
  const clinician = decision.flags.includes('severe-pain');
  return (
    <p data-testid="running-paused">
      <strong>Running paused until {formatDay(until)}</strong>
      {clinician ? ' and until a clinician has looked at the pain' : ''}. No runs until then: let the tendon
      settle.
    </p>
  );
}
