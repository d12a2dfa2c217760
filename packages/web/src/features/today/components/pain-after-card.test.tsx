import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from '../../../lib/test-act';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api';
import { logEvents } from '../../../lib/patient-store';
import { PainAfterCard } from './pain-after-card';

vi.mock(import('../../../lib/patient-store'), async (original) => ({
  ...(await original()),
  logEvents: vi.fn(),
}));

const logged = vi.mocked(logEvents);
/** Lets the mutation's promise chain settle (no timers). */
const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** An event-logging card ends in the shared <FormTail>: its checks, and a failed log, show there. */
describe('PainAfterCard: a log through useLogOnce and FormTail', () => {
  let root: Root;
  let container: HTMLElement;
  const alert = () => container.querySelector('[role="alert"]')?.textContent;
  const button = () =>
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'Save pain after');
  const tap = () => {
    act(() => {
      button()?.click();
    });
  };
  beforeEach(() => {
    logged.mockReset();
    container = document.createElement('div');
    // In the document: happy-dom fires a radio's change event on a click only there (Preact listens for
    // change; React listened for the click).
    document.body.append(container);
    root = createRoot(container);
    const client = new QueryClient();
    act(() => {
      root.render(
        <QueryClientProvider client={client}>
          <PainAfterCard today="2026-12-01" ceiling={3} painDuring={2} />
        </QueryClientProvider>,
      );
    });
  });
  afterEach(() => {
    act(() => {
      root.unmount();
    });
    container.remove();
  });

  it('shows a check found before saving in the tail, and saves nothing', () => {
    tap();
    expect(alert()).toBe('Choose how much it hurts now.');
    expect(logged).not.toHaveBeenCalled();
  });

  it('shows a failed log in the tail, logs once for two taps, and a retry sends the same id and clears it', async () => {
    let fail: (e: unknown) => void = () => undefined;
    logged.mockImplementationOnce(
      () =>
        new Promise<void>((_, reject) => {
          fail = reject;
        }),
    );
    act(() => {
      container.querySelector<HTMLInputElement>('input[value="1"]')?.click();
    });
    await act(async () => {
      button()?.click();
      button()?.click();
      await flush();
    });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(button()?.disabled).toBe(true);
    await act(async () => {
      fail(new ApiError(400, 'date must not be in the future'));
      await flush();
    });
    expect(alert()).toBe('Date must not be in the future');
    expect(container.querySelectorAll('[role="alert"]')).toHaveLength(1);
    expect(button()?.previousElementSibling?.getAttribute('role')).toBe('alert');
    expect(button()?.disabled).toBe(false);

    logged.mockResolvedValueOnce(undefined);
    await act(async () => {
      button()?.click();
      await flush();
    });
    expect(logged).toHaveBeenCalledTimes(2);
    const [first, second] = logged.mock.calls;
    expect(second?.[0]).toEqual([{ type: 'session', date: '2026-12-01', painDuring: 2, painAfter: 1 }]);
    expect(second?.[1]).toEqual(first?.[1]);
    expect(alert()).toBeUndefined();
  });
});
