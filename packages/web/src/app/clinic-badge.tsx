import type { Me } from '../lib/types';

/** The line clinicians read at the foot of every page, instead of the patient's disclaimer. */
export const CLINIC_FOOTER =
  'Decision support for proximal hamstring tendinopathy rehabilitation: the rules and their reasons are shown ' +
  'for your clinical judgement, which they do not replace. Patient data is confidential; every read is audited.';

/** The clinic and the signed-in clinician, in the header. */
export function ClinicBadge({ me }: { me: Me | null | undefined }) {
  if (me === null || me === undefined) return null;
  return (
    <p className="clinic-badge" data-testid="clinic-badge">
      <span className="clinic-badge-name">{me.clinicName ?? 'No clinic'}</span>{' '}
      <span className="muted">
        {me.email ?? ''}
        {me.clinicRole === 'admin' ? ' (admin)' : ''}
      </span>
    </p>
  );
}
