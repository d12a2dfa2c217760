import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/api';
import { refreshFromServer } from '../../../lib/hooks';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { parseExport, restoreExport } from '../api/restore';

/**
 * "Restore from an export": a new account takes the JSON export of an earlier one (profile, screening and
 * every log, clinician changes marked as imported). Shown only while the account has nothing of its own.
 */
export function RestoreSection({ patientId, onRestored }: { patientId: string; onRestored: () => void }) {
  const client = useQueryClient();
  const once = useSubmitOnce();
  const [file, setFile] = useState<File>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (file === undefined) {
      setError('Choose the export file first.');
      return;
    }
    void once.run(async () => {
      setError(undefined);
      const parsed = parseExport(await file.text());
      if (!parsed.ok) {
        setError(parsed.error);
        return;
      }
      try {
        const result = await restoreExport(patientId, parsed.value);
        onRestored();
        await refreshFromServer(client);
        const count = result.stored + result.duplicates;
        setDone(`Restored: your profile, screening and ${String(count)} ${count === 1 ? 'log' : 'logs'}.`);
      } catch (err) {
        setError(errorText(err));
      }
    });
  };

  return (
    <section className="card" aria-labelledby="restore">
      <h2 id="restore">Restore from an export</h2>
      {done === undefined ? (
        <form onSubmit={submit} noValidate>
          <p>
            Moving from another account? Choose its “All data (JSON)” export: your profile, screening, every
            log and your clinician’s treatment notes come back, and your plan picks up where it was. Changes
            your clinician made are kept, marked as imported. This works only in a new account with nothing
            logged yet.
          </p>
          <label htmlFor="restore-file">Export file (JSON)</label>
          <input
            id="restore-file"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setError(undefined);
            }}
          />
          <FormError message={error} />
          <button type="submit" disabled={once.busy}>
            Restore
          </button>
        </form>
      ) : (
        <p role="status">
          {done} <Link to="/today">See today’s plan</Link>
        </p>
      )}
    </section>
  );
}
