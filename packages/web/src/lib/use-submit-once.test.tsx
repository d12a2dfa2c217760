import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEvents } from './outbox';
import { clearDevice } from './db';
import { enqueue } from './outbox';
import { useSubmitOnce, type SubmitOnce } from './use-submit-once';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('useSubmitOnce', () => {
  let root: Root;
  let form: SubmitOnce | undefined;
  function Form() {
    form = useSubmitOnce();
    return <button disabled={form.busy}>Save</button>;
  }
  beforeEach(async () => {
    await clearDevice();
    root = createRoot(document.createElement('div'));
    act(() => {
      root.render(<Form />);
    });
  });
  afterEach(() => {
    act(() => {
      root.unmount();
    });
  });

  it('runs one save for two taps in the same moment, busy until it settles, with the ids made at open', async () => {
    const f = form as SubmitOnce;
    const id = f.idFor(0);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    let saves = 0;
    let release: () => void = () => undefined;
    const slow = () =>
      new Promise<void>((resolve) => {
        saves++;
        release = resolve;
      });
    let first: Promise<boolean> = Promise.resolve(false);
    let second: boolean | undefined;
    await act(async () => {
      first = f.run(slow);
      second = await f.run(slow);
    });
    expect(saves).toBe(1);
    // The second tap answers at once that it saved nothing, so its caller reports nothing.
    expect(second).toBe(false);
    expect(form?.busy).toBe(true);
    await act(async () => {
      release();
      expect(await first).toBe(true);
    });
    expect(form?.busy).toBe(false);
    expect(form?.idFor(0)).toBe(id);
    form?.renew();
    expect(form?.idFor(0)).not.toBe(id);
  });

  it('queues an event once when the same client id is logged twice', async () => {
    const id = (form as SubmitOnce).idFor(0);
    const event = { type: 'morning-check', date: '2026-11-30', score: 2 } as const;
    await enqueue(event, id);
    await enqueue({ ...event, score: 3 }, id);
    expect(await allEvents()).toEqual([{ ...event, id }]);
  });
});
