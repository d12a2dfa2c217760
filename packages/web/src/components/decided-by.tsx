/** Which protocol made the decision shown: every decision the apps show says it. */
export function DecidedBy({ decision }: { decision: { protocol: string } }) {
  return (
    <p className="muted" data-testid="decided-by">
      Plan decided by protocol {decision.protocol}. It does not replace your clinician.
    </p>
  );
}
