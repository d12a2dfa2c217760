import { act } from '../lib/test-act';
import { lazy, Suspense, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isStaleChunk, RootBoundary } from './root-error';
import { appRoutes } from './routes';

let root: Root | undefined;
afterEach(() => {
  act(() => {
    root?.unmount();
  });
  root = undefined;
});

/** Renders `page` as the one route, under the root error boundary, and lets it load or fail. */
async function show(page: ReactElement, reload: () => void): Promise<HTMLElement> {
  const container = document.createElement('div');
  // React reports the caught error on the console; the test is about what the user sees.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  root = createRoot(container);
  await act(async () => {
    root?.render(
      <MemoryRouter>
        <RootBoundary reload={reload}>
          <Suspense fallback={<p>Loading…</p>}>{page}</Suspense>
        </RootBoundary>
      </MemoryRouter>,
    );
    await Promise.resolve();
  });
  quiet.mockRestore();
  return container;
}

function Broken(): ReactElement {
  throw new Error('Cannot read properties of undefined');
}

describe('the root error boundary', () => {
  it('offers a reload when a page’s chunk is gone after a deploy (its import rejects)', async () => {
    const Stale = lazy(() =>
      Promise.reject(
        new TypeError('Failed to fetch dynamically imported module: /assets/today-page-3f2a.js'),
      ),
    );
    const reload = vi.fn();
    const page = await show(<Stale />, reload);
    expect(page.querySelector('h1')?.textContent).toBe('A new version of the app is ready');
    expect(page.querySelector('[role="alert"]')?.textContent).toMatch(/Reload to use the new version/);
    expect(page.textContent).toMatch(/does not replace a clinician/);
    const button = [...page.querySelectorAll('button')].find((b) => b.textContent === 'Reload');
    act(() => {
      button?.click();
    });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('shows a plain message and a reload when a page throws while rendering', async () => {
    const reload = vi.fn();
    const page = await show(<Broken />, reload);
    expect(page.querySelector('h1')?.textContent).toBe('Something went wrong');
    expect(page.textContent).not.toMatch(/Cannot read properties|Unexpected Application Error/);
    expect([...page.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Reload']);
  });

  it('clears the error when another page is opened', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    root = createRoot(container);
    await act(async () => {
      root?.render(
        <MemoryRouter>
          <Link to="/ok">Elsewhere</Link>
          <RootBoundary>
            <Routes>
              <Route path="/" element={<Broken />} />
              <Route path="/ok" element={<h1>Another page</h1>} />
            </Routes>
          </RootBoundary>
        </MemoryRouter>,
      );
      await Promise.resolve();
    });
    quiet.mockRestore();
    expect(container.querySelector('h1')?.textContent).toBe('Something went wrong');
    act(() => {
      container.querySelector('a')?.click();
    });
    expect(container.querySelector('h1')?.textContent).toBe('Another page');
    container.remove();
  });

  it('tells a stale chunk from any other error, in the wordings of the browsers and of Vite', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: https://x/assets/a.js',
      'Importing a module script failed.',
      'error loading dynamically imported module: https://x/assets/a.js',
      'Unable to preload CSS for /assets/a.css',
    ])
      expect(isStaleChunk(new TypeError(message))).toBe(true);
    expect(isStaleChunk(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isStaleChunk('Failed to fetch dynamically imported module')).toBe(false);
  });

  it('wraps the app’s root route (the layout and every page)', () => {
    const element = appRoutes[0]?.element as ReactElement | undefined;
    expect(element?.type).toBe(RootBoundary);
    expect(appRoutes).toHaveLength(1);
  });
});
