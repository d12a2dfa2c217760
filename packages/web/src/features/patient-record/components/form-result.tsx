import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/api';

/** What became of a write: saved, or the server's reason. */
export function FormResult({ error, saved, text }: { error: unknown; saved: boolean; text: string }) {
  if (error !== null && error !== undefined) return <FormError message={errorText(error)} />;
  return saved ? (
    <p className="muted" role="status">
      {text}
    </p>
  ) : null;
}
