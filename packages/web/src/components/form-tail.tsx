import type { ReactNode } from 'react';
import type { SubmitOnce } from '../lib/use-submit-once';
import { FormError } from './form-error';

/**
 * The end of every form: the last save's error (announced) and the submit button, disabled while the save
 * runs. `form` is the form's useSubmitOnce; its `save` fills `error`.
 */
export function FormTail({
  form,
  children,
}: {
  form: Pick<SubmitOnce, 'busy' | 'error'>;
  children: ReactNode;
}) {
  return (
    <>
      <FormError message={form.error} />
      <button type="submit" disabled={form.busy}>
        {children}
      </button>
    </>
  );
}
