import { useRef, useState, type SyntheticEvent } from 'react';
import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/api';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { downloadReport, SUMMARY_MAX } from '../api/report-download';

/**
 * "Download PDF report": a dialog where the clinician types the summary printed on the report's first page,
 * then downloads `<patient name> <date>.pdf`. The summary is sent in the request only, never stored.
 */
export function ReportDialog({ patientId }: { patientId: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const submit = useSubmitOnce();
  const open = () => {
    setError(null);
    setSaved(null);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
  };
  const download = (e: SyntheticEvent) => {
    e.preventDefault();
    void submit.run(async () => {
      setError(null);
      try {
        setSaved(await downloadReport(patientId, summary));
      } catch (failure) {
        setError(failure);
      }
    });
  };
  return (
    <>
      <button type="button" className="secondary" onClick={open}>
        Download PDF report…
      </button>
      <dialog ref={dialog} className="report-dialog" aria-labelledby="report-dialog-title">
        <form onSubmit={download}>
          <h2 id="report-dialog-title">PDF report for a referral</h2>
          <p className="muted" id="report-summary-help">
            The report names the patient and the clinic and shows flags, stages, charts, load tests and
            treatment notes. Your summary is printed on the first page; it is not saved in the record.
          </p>
          <div className="field">
            <label htmlFor="report-summary">Clinician’s summary (optional)</label>
            <textarea
              id="report-summary"
              rows={6}
              maxLength={SUMMARY_MAX}
              aria-describedby="report-summary-help report-summary-count"
              value={summary}
              onChange={(e) => {
                setSummary(e.target.value);
              }}
            />
            <p className="muted" id="report-summary-count">
              {summary.length} of {SUMMARY_MAX} characters
            </p>
          </div>
          <FormError message={error === null ? undefined : errorText(error)} />
          {saved !== null && (
            <p className="muted" role="status">
              Downloaded {saved}.
            </p>
          )}
          <p className="actions">
            <button type="submit" disabled={submit.busy}>
              {submit.busy ? 'Preparing the PDF…' : 'Download PDF'}
            </button>
            <button type="button" className="secondary" onClick={close}>
              Close
            </button>
          </p>
        </form>
      </dialog>
    </>
  );
}
