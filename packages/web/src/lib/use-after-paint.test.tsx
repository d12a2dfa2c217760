import { act } from './test-act';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './use-after-paint';

function Probe() {
  return <p>{useAfterPaint() ? 'after' : 'first'}</p>;
}

let root: Root | undefined;
beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
});
afterEach(() => {
  act(() => root?.unmount());
  vi.useRealTimers();
});

describe('useAfterPaint', () => {
  it('is false for the first paint and true once the frame after it has run', () => {
    const container = document.createElement('div');
    root = createRoot(container);
    act(() => {
      root?.render(<Probe />);
    });
    expect(container.textContent).toBe('first');
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    // The frame ran (just before its paint): still the first render until the task queued from it.
    expect(container.textContent).toBe('first');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(container.textContent).toBe('after');
  });
});
