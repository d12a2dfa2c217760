import { api } from './api';

/** Whether this browser can take push notifications, and what the person has said to them. */
export type PushState = 'unsupported' | 'denied' | 'off' | 'on';

function supported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  return navigator.serviceWorker.getRegistration('/');
}

/** The state of this browser: `on` when it holds a push subscription (the server was given it). */
export async function pushState(): Promise<PushState> {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const subscription = await (await registration())?.pushManager.getSubscription();
  return subscription === null || subscription === undefined ? 'off' : 'on';
}

/** base64url to the bytes PushManager.subscribe takes as applicationServerKey. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const text = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Turns notifications on for this browser: asks for permission (call only from a tap), subscribes with the
 * server's key and gives the server the subscription. Throws with a sentence to show when it cannot.
 */
export async function turnPushOn(): Promise<void> {
  if (!supported()) throw new Error('This browser cannot show notifications from the app.');
  const permission = await Notification.requestPermission();
  if (permission !== 'granted')
    throw new Error('Notifications are blocked for this app: allow them in the browser’s site settings.');
  const worker = await registration();
  if (worker === undefined)
    throw new Error('The app is still installing on this device: try again in a moment.');
  const { publicKey } = await api<'GET /push/public-key'>('GET', 'push/public-key');
  let subscription = await worker.pushManager.getSubscription();
  subscription ??= await worker.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: keyBytes(publicKey),
  });
  await api<'POST /push/subscriptions'>('POST', 'push/subscriptions', subscription.toJSON());
}

/** Turns notifications off for this browser: the server forgets it, then the browser unsubscribes. */
export async function turnPushOff(): Promise<void> {
  const subscription = await (await registration())?.pushManager.getSubscription();
  if (subscription === null || subscription === undefined) return;
  await api<'DELETE /push/subscriptions'>('DELETE', 'push/subscriptions', {
    endpoint: subscription.endpoint,
  });
  await subscription.unsubscribe();
}
