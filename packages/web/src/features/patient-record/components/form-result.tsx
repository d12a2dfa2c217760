import { errorText } from '../../../lib/api';

/** What became of a write: saved, or the server's reason. */
export function FormResult({ error, saved, text }: { error: unknown; saved: boolean; text: string }) {
  if (error !== null && error !== undefined) {
    return (
      <p className="error" role="alert">
        {errorText(error)}
      </p>
    );
  }
  return saved ? (
    <p className="muted" role="status">
      {text}
    </p>
  ) : null;
}
