import type { ReactNode } from 'react';
import type { SubmitOnce } from '../lib/use-submit-once';
import { FormError } from './form-error';

/**
 * The end of every form: the last save's error (announced) and the submit button, disabled while the save
 * runs. `form` is the form's useSubmitOnce (or useLogOnce); its `save` fills `error`. With `onSave`, for a
 * card that is no `<form>` (the event-logging cards), the button is a plain button that calls it.
 */
export function FormTail({
  form,
  onSave,
  children,
}: {
  form: Pick<SubmitOnce, 'busy' | 'error'>;
  onSave?: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <FormError message={form.error} />
      {onSave === undefined ? (
        <button type="submit" disabled={form.busy}>
          {children}
        </button>
      ) : (
        <button type="button" disabled={form.busy} onClick={onSave}>
          {children}
        </button>
      )}
    </>
  );
}
