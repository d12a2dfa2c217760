import { useState, type SyntheticEvent } from 'react';
import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/api';
import { newId } from '../../../lib/uuid';
import { useSendMessage, useThread, type ThreadMessage } from '../api/messages-api';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function author(m: ThreadMessage, viewer: 'patient' | 'clinician'): string {
  if (m.mine) return 'You';
  if (m.authorRole === 'patient') return viewer === 'clinician' ? (m.authorEmail ?? 'The patient') : 'You';
  return m.authorEmail === null ? 'Your clinician' : `Clinician ${m.authorEmail}`;
}

/** A patient's thread and a box to write in; every text is shown as text. */
export function MessageThread({ patientId, viewer }: { patientId: string; viewer: 'patient' | 'clinician' }) {
  const thread = useThread(patientId);
  const send = useSendMessage(patientId);
  const [text, setText] = useState('');
  // One id per message being written: kept across taps and retries, new once the server has it.
  const [id, setId] = useState(newId);
  const [error, setError] = useState<string>();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await send.mutateAsync({ id, text });
      setText('');
      setId(newId());
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <>
      {thread.isPending && <p role="status">Loading messages…</p>}
      {thread.isError && (
        <p className="error" role="alert">
          {errorText(thread.error)}
        </p>
      )}
      {thread.data !== undefined &&
        (thread.data.messages.length === 0 ? (
          <p>No messages yet.</p>
        ) : (
          <ol className="message-list" aria-label="Messages">
            {thread.data.messages.map((m) => (
              <li key={m.id} className={m.mine ? 'message message-mine' : 'message'} data-testid="message">
                <p className="message-meta">
                  {author(m, viewer)} · {when(m.createdAt)}
                </p>
                <p className="message-text">{m.text}</p>
              </li>
            ))}
          </ol>
        ))}
      <form
        className="card"
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        <div className="field">
          <label htmlFor="message-text">
            {viewer === 'patient' ? 'Write to your clinic' : 'Write to the patient'}
          </label>
          <textarea
            id="message-text"
            required
            maxLength={4000}
            rows={4}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </div>
        <FormError message={error} />
        <button type="submit" disabled={send.isPending || text.trim() === ''}>
          Send
        </button>
      </form>
    </>
  );
}
