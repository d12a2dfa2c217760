import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot, type Root } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDevice } from '../lib/db';
import { useLocalData } from '../lib/hooks';
import { pullFromServer, signIn } from '../lib/patient-store';
import { alice, fakeApi, json, setUpPatient } from '../lib/fake-api';
import { RequireSession } from './require-session';

const check = (id: string) => ({ id, type: 'morning-check', date: '2025-03-02', score: 1 });

/** A fake server whose answer to GET /me waits until the test releases it. */
function serve(events: unknown[]) {
  let answerMe: (r: Response) => void = () => undefined;
  const me = new Promise<Response>((resolve) => {
    answerMe = resolve;
  });
  const fetch = fakeApi({ ...setUpPatient(alice, events), 'GET me': () => me });
  return { fetch, answerMe };
}

/** The device as a set-up patient left it: signed in and pulled, one event. */
async function deviceWithCopy() {
  serve([check('e1')]);
  await signIn('a@example.test', 'pw');
  await pullFromServer();
}

function EventCount() {
  const data = useLocalData();
  return <p>{data === undefined ? 'reading' : `${String(data.events.length)} events`}</p>;
}

let root: Root | undefined;
function mount(): HTMLElement {
  const router = createMemoryRouter(
    [
      { element: <RequireSession />, children: [{ path: '/today', element: <EventCount /> }] },
      { path: '/login', element: <p>login page</p> },
    ],
    { initialEntries: ['/today'] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { networkMode: 'always', retry: false } } });
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  root.render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return container;
}

describe('patient pages open from the device, then refresh', () => {
  beforeEach(async () => {
    await clearDevice();
  });
  afterEach(() => {
    root?.unmount();
    root = undefined;
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  it('render the cached copy before the server answers, then update after the pull', async () => {
    await deviceWithCopy();
    const server = serve([check('e1'), check('e2')]);
    const page = mount();
    await vi.waitFor(() => {
      expect(page.textContent).toBe('1 events');
    });
    // Nothing but the session check has been asked: the pull waits for the server to confirm the user.
    expect(server.fetch.mock.calls.map(([url]) => url)).toEqual(['/api/v1/me']);
    server.answerMe(json(200, alice));
    await vi.waitFor(() => {
      expect(page.textContent).toBe('2 events');
    });
  });

  it('go to the login page when the server says the session is gone', async () => {
    await deviceWithCopy();
    const server = serve([check('e1')]);
    const page = mount();
    await vi.waitFor(() => {
      expect(page.textContent).toBe('1 events');
    });
    server.answerMe(json(401, { message: 'not signed in' }));
    await vi.waitFor(() => {
      expect(page.textContent).toBe('login page');
    });
  });

  it('wait for the server when the device holds no complete copy', async () => {
    const server = serve([check('e1')]);
    await signIn('a@example.test', 'pw');
    const page = mount();
    // Once the page has asked the server who is signed in, it waits for the answer, showing only that it loads.
    await vi.waitFor(() => {
      expect(server.fetch.mock.calls.map(([url]) => url)).toContain('/api/v1/me');
    });
    expect(page.textContent).toBe('Loading…');
    server.answerMe(json(200, alice));
    await vi.waitFor(() => {
      expect(page.textContent).toBe('1 events');
    });
  });
});
