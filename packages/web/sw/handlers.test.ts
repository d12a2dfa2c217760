import { describe, expect, it } from 'vitest';
import { openFromNotification, showPush } from './handlers';

const ORIGIN = 'https://rehab.example.org';

interface FakeWindow {
  url: string;
  focused: boolean;
  focus: () => Promise<FakeWindow>;
  navigate: (url: string) => Promise<FakeWindow>;
}

function fakeClients(urls: string[]) {
  const opened: string[] = [];
  const windows: FakeWindow[] = urls.map((url) => {
    const w: FakeWindow = {
      url: `${ORIGIN}${url}`,
      focused: false,
      focus: () => {
        w.focused = true;
        return Promise.resolve(w);
      },
      navigate: (to: string) => {
        w.url = `${ORIGIN}${to}`;
        return Promise.resolve(w);
      },
    };
    return w;
  });
  const clients = {
    matchAll: () => Promise.resolve(windows),
    openWindow: (url: string) => {
      opened.push(url);
      return Promise.resolve(null);
    },
  } as unknown as Clients;
  return { clients, windows, opened };
}

describe('the service worker’s push handlers', () => {
  it('shows the title and text, and keeps the page for the tap', async () => {
    const shown: unknown[] = [];
    await showPush(
      {
        showNotification: (title: string, options?: NotificationOptions) => {
          shown.push({ title, ...options });
          return Promise.resolve();
        },
      },
      { title: 'Good morning', body: 'Time for your morning check-in.', url: '/check-in' },
    );
    expect(shown).toEqual([
      {
        title: 'Good morning',
        body: 'Time for your morning check-in.',
        icon: '/icon-192.png',
        badge: '/icon-192.png',
        data: { url: '/check-in' },
        tag: '/check-in',
      },
    ]);
  });

  it('a tap focuses the window already on the page', async () => {
    const { clients, windows, opened } = fakeClients(['/today', '/check-in']);
    await openFromNotification(clients, { url: '/check-in' }, ORIGIN);
    expect(windows.map((w) => [w.url, w.focused])).toEqual([
      [`${ORIGIN}/today`, false],
      [`${ORIGIN}/check-in`, true],
    ]);
    expect(opened).toEqual([]);
  });

  it('a tap brings the app’s window to the page, or opens one', async () => {
    const one = fakeClients(['/progress']);
    await openFromNotification(one.clients, { url: '/clinic/patients/7/messages' }, ORIGIN);
    expect(one.windows[0]?.url).toBe(`${ORIGIN}/clinic/patients/7/messages`);
    expect(one.windows[0]?.focused).toBe(true);
    const none = fakeClients([]);
    await openFromNotification(none.clients, { url: 'https://elsewhere.example/x' }, ORIGIN);
    expect(none.opened).toEqual(['/today']);
  });
});
