import 'fake-indexeddb/auto';
import { act } from './test-act';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEvents } from './outbox';
import { clearDevice } from './db';
import { enqueue } from './outbox';
import { ApiError } from './api';
import { useSubmitOnce, type SubmitOnce } from './use-submit-once';
import { FormTail } from '../components/form-tail';

describe('useSubmitOnce', () => {
  let root: Root;
  let form: SubmitOnce | undefined;
  let container: HTMLElement;
  function Form() {
    form = useSubmitOnce();
    return <FormTail form={form}>Save</FormTail>;
  }
  beforeEach(async () => {
    await clearDevice();
    container = document.createElement('div');
    root = createRoot(container);
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

  it('saves with the error in words under the form, cleared by the next save that succeeds', async () => {
    let saved: boolean | undefined;
    await act(async () => {
      saved = await form?.save(() => Promise.reject(new ApiError(409, 'this email is already registered')));
    });
    expect(saved).toBe(false);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('This email is already registered');
    expect(container.querySelector('button')?.disabled).toBe(false);
    await act(async () => {
      saved = await form?.save(() => Promise.resolve());
    });
    expect(saved).toBe(true);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows a problem the form found before saving, until it is cleared', () => {
    act(() => {
      form?.setError('Enter the invite code.');
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Enter the invite code.');
    act(() => {
      form?.setError(undefined);
    });
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
