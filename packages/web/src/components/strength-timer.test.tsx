import { act } from '../lib/test-act';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StrengthTimer } from './strength-timer';

describe('StrengthTimer', () => {
  let root: Root;
  let box: HTMLDivElement;
  const onDone = vi.fn();
  const text = (id: string) => box.querySelector(`[data-testid="${id}"]`)?.textContent;
  const advance = (ms: number) => {
    act(() => {
      vi.advanceTimersByTime(ms);
    });
  };

  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'],
    });
    box = document.createElement('div');
    root = createRoot(box);
    act(() => {
      root.render(
        <StrengthTimer
          name="Prone leg curl"
          plan={{ sets: 2, reps: 2, restSeconds: 30, lowerSeconds: 3 }}
          onDone={onDone}
        />,
      );
    });
  });
  afterEach(() => {
    act(() => {
      root.unmount();
    });
    vi.useRealTimers();
    onDone.mockReset();
  });

  it('runs set 1, counts the rest down, runs set 2, then stops and marks the exercise done once', () => {
    expect(text('timer-headline')).toBe('Ready');
    act(() => {
      box.querySelector('button')?.click();
    });
    advance(1_000);
    expect(text('timer-headline')).toBe('Set 1 of 2');
    expect(text('timer-rep')).toMatch(/rep 1 of 2/);
    advance(9_400); // 2 reps of 5 s
    expect(text('timer-headline')).toBe('Rest, then set 2 of 2');
    expect(Number(text('timer-count'))).toBe(30);
    advance(20_000);
    expect(Number(text('timer-count'))).toBe(10);
    advance(10_000);
    expect(text('timer-headline')).toBe('Set 2 of 2');
    advance(10_000);
    expect(text('timer-headline')).toBe('All 2 sets done');
    advance(60_000);
    expect(text('timer-headline')).toBe('All 2 sets done');
    expect(onDone).toHaveBeenCalledTimes(1);
    expect([...box.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Reset']);
  });
});
