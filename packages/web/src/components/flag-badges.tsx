import { flagLabel, isUrgentFlag } from '../lib/clinic';

/** A patient's flags as readable badges; urgent ones (red flag, severe pain, nerve signs, repeated flare) in the alarm colour. */
export function FlagBadges({ flags }: { flags: readonly string[] }) {
  if (flags.length === 0) return <p className="muted flag-none">No flags</p>;
  return (
    <ul className="flag-list" aria-label="Flags">
      {flags.map((f) => (
        <li key={f} className={`flag-badge${isUrgentFlag(f) ? ' flag-urgent' : ''}`} data-flag={f}>
          {flagLabel(f)}
        </li>
      ))}
    </ul>
  );
}
