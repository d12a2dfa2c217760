import { noticeFrom, pageToOpen } from '../src/lib/push-payload';

/** What a push shows: the payload's title and text, and the page a tap opens (ADR 220). */
export function showPush(
  registration: Pick<ServiceWorkerRegistration, 'showNotification'>,
  data: unknown,
): Promise<void> {
  const notice = noticeFrom(data);
  return registration.showNotification(notice.title, {
    body: notice.body,
    icon: '/icon-192.png',
    badge: '/icon-192.png',
    data: { url: notice.url },
    // One notice per page: a newer reminder replaces an unread one.
    tag: notice.url,
  });
}

/**
 * A tap: a window of the app already on that page is focused; else any window of the app is focused and
 * navigated there; else a new window opens on it.
 */
export async function openFromNotification(
  clients: Pick<Clients, 'matchAll' | 'openWindow'>,
  notificationData: unknown,
  origin: string,
): Promise<void> {
  const data = notificationData as { url?: unknown } | null;
  const url = pageToOpen(data?.url, origin);
  const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((w) => new URL(w.url).pathname === url) ?? windows[0];
  if (open === undefined) {
    await clients.openWindow(url);
    return;
  }
  const focused = await open.focus();
  if (new URL(focused.url).pathname !== url) await focused.navigate(url);
}
