import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterServerPaint, PAINT_WAIT_MS } from './after-server-paint';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A #root as index.html has it, with the server's first paint in it or not. */
function rootWith(serverPainted: boolean): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = serverPainted
    ? '<div data-first-paint="server"><main><h1>Today</h1></main></div>'
    : '<p role="status">Loading…</p>';
  return root;
}

/** Whether the promise has settled, after the microtasks already queued have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('afterServerPaint (ADR 234)', () => {
  it('resolves at once without the server’s first paint', async () => {
    expect(await settled(afterServerPaint(rootWith(false)))).toBe(true);
    expect(await settled(afterServerPaint(null))).toBe(true);
  });

  it('waits for the frame that paints the server’s first paint, and the task after it', async () => {
    const waiting = afterServerPaint(rootWith(true));
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersToNextFrame();
    // the frame's own callback ran; its paint comes before the next task
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(waiting)).toBe(true);
  });

  it('stops waiting when no frame comes (a hidden tab)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const frames = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
    const waiting = afterServerPaint(rootWith(true));
    vi.advanceTimersByTime(PAINT_WAIT_MS - 1);
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(waiting)).toBe(true);
    frames.mockRestore();
  });
});
