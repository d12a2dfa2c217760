/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { noticeFrom, pageToOpen } from '../src/lib/push-payload';

/**
 * The app's service worker (ADR 220, vite-plugin-pwa `injectManifest`): precaches the app shell and every lazy
 * chunk so every page opens with no network, and shows Web Push notifications, opening the right page on a tap.
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

function dataOf(event: PushEvent): unknown {
  try {
    return event.data?.json();
  } catch {
    return undefined;
  }
}

self.addEventListener('push', (event) => {
  const notice = noticeFrom(dataOf(event));
  event.waitUntil(
    self.registration.showNotification(notice.title, {
      body: notice.body,
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      data: { url: notice.url },
      // One notice per page: a newer reminder replaces an unread one.
      tag: notice.url,
    }),
  );
});

/** A tap focuses the app's window (on the page the notice names) or opens one. */
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data as { url?: unknown } | null;
  const url = pageToOpen(data?.url, self.location.origin);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).pathname === url) ?? windows[0];
      if (open === undefined) {
        await self.clients.openWindow(url);
        return;
      }
      const focused = await open.focus();
      if (new URL(focused.url).pathname !== url) await focused.navigate(url);
    })(),
  );
});
