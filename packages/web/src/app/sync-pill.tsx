import { useEffect } from 'react';
import { useSyncStatus } from '../lib/session-hooks';
import { syncer } from '../lib/patient-store';
import type { SyncStatus } from '../lib/sync';

function label(s: SyncStatus): string {
  const waiting = s.pending === 1 ? '1 change waiting' : `${s.pending} changes waiting`;
  switch (s.state) {
    case 'synced':
      return s.rejected > 0 ? `Saved · ${s.rejected} not accepted` : 'All saved';
    case 'pending':
      return waiting;
    case 'syncing':
      return 'Saving…';
    case 'offline':
      return s.pending > 0 ? `Offline · ${waiting}` : 'Offline';
    case 'error':
      return `Not saved yet · ${waiting}`;
  }
}

/** Whether everything logged on this device has reached the server. */
export function SyncPill() {
  const status = useSyncStatus();
  useEffect(() => {
    void syncer.refresh();
  }, []);
  return (
    <p className={`sync-pill sync-${status.state}`} role="status" data-testid="sync-status">
      <span aria-hidden="true" className="sync-dot" />
      {label(status)}
    </p>
  );
}
