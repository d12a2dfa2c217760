import { useUnreadMessages } from '../lib/unread-messages';

/** "3 unread" beside a link to messages: all threads, or one patient's; nothing when none are unread. */
export function UnreadCount({ patientId }: { patientId?: string }) {
  const unread = useUnreadMessages();
  const count =
    patientId === undefined
      ? (unread?.total ?? 0)
      : (unread?.threads.find((t) => t.patientId === patientId)?.unread ?? 0);
  if (count === 0) return null;
  return (
    <span className="unread-count" data-testid="unread-count">
      {' '}
      {count} unread
    </span>
  );
}
