import type { Decision } from '@hamstring-rehab/engine';
import { STATUS_LABELS } from '../../../lib/clinic';

const HELD = ['emergency', 'urgent-referral', 'medical-review', 'assessment-needed'];

/**
 * What clearing the screening clears: the status and the engine's reasons for it (the red flag named), and
 * the clinician's confirmation that they assessed it.
 */
export function ClearScreening({
  decision,
  confirmed,
  onConfirm,
}: {
  decision: Decision | undefined;
  confirmed: boolean;
  onConfirm: (yes: boolean) => void;
}) {
  if (decision === undefined || !HELD.includes(decision.status)) {
    return <p className="muted">There is no red flag or hold to clear: the program is running.</p>;
  }
  const reasons = decision.reasons.filter((r) => !r.rule.startsWith('clinician-'));
  return (
    <div className="alert alert-warning" data-testid="clear-screening">
      <p>
        <strong>You are clearing: {STATUS_LABELS[decision.status]}</strong>
      </p>
      <ul>
        {reasons.map((r) => (
          <li key={r.rule + r.text}>{r.text}</li>
        ))}
      </ul>
      <div className="field checkbox-field">
        <input
          id="clear-confirm"
          type="checkbox"
          checked={confirmed}
          onChange={(e) => {
            onConfirm(e.target.checked);
          }}
        />
        <label htmlFor="clear-confirm">
          I have assessed the patient for this and it is safe for the program to restart.
        </label>
      </div>
    </div>
  );
}
