import { protocolOf } from '../../../lib/protocol';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Illustration } from '../../../components/illustrations/illustration';
import { PageTitle } from '../../../components/page-title';
import { PainScale } from '../../../components/pain-scale';
import { useLogOnce } from '../../../lib/hooks';
import { usePlan } from '../../../lib/use-plan';
import { SetupRedirect } from '../../../lib/setup-redirect';
import { FormTail } from '../../../components/form-tail';

const test = protocolOf().loadTests.find((t) => t.id === 'morning-check');

/** The 10-second morning check: the small load test, its score, and optionally today's sitting tolerance. */
export function CheckInPage() {
  const { data, decision, today } = usePlan();
  const [score, setScore] = useState<number>();
  const [sitting, setSitting] = useState('');
  const log = useLogOnce();
  const navigate = useNavigate();
  if (data === undefined) return <p role="status">Loading…</p>;
  if (decision === undefined) return <SetupRedirect data={data} />;
  const ceiling = decision.painCeiling;
  const done = data.events.find((e) => e.type === 'morning-check' && e.date === today);

  const save = async () => {
    if (score === undefined) {
      log.setError('Choose your pain score from 0 to 10.');
      return;
    }
    const minutes = sitting === '' ? undefined : Number(sitting);
    if (minutes !== undefined && (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440)) {
      log.setError('Sitting minutes must be a whole number, or leave it empty.');
      return;
    }
    if (
      !(await log.save([
        { type: 'morning-check', date: today, score },
        ...(minutes === undefined ? [] : [{ type: 'sitting' as const, date: today, minutes }]),
      ]))
    )
      return;
    await navigate('/today', { state: { checkedIn: true } });
  };

  return (
    <>
      <PageTitle>Morning check</PageTitle>
      {done !== undefined && (
        <p className="alert alert-ok" role="status">
          Today’s check is logged. Logging again adds another score for today.
        </p>
      )}
      <div className="card">
        <Illustration id="morning-check" />
        <p className="lead">
          Lie on your back, painful foot close to your buttock, other foot just off the floor. Do 3 slow
          single-leg bridges.
        </p>
        <details>
          <summary>Full instructions</summary>
          <ol className="steps">
            {test?.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </details>
      </div>
      <div className="card">
        <PainScale
          legend="Worst pain at the sitting bone during the 3 bridges"
          value={score}
          onChange={setScore}
          ceiling={ceiling}
          showBand={false}
        />
      </div>
      <div className="card field">
        <label htmlFor="sitting-today">Optional: how many minutes could you sit comfortably yesterday?</label>
        <input
          id="sitting-today"
          type="number"
          inputMode="numeric"
          min={0}
          max={1440}
          value={sitting}
          onChange={(e) => {
            setSitting(e.target.value);
          }}
        />
      </div>
      <FormTail
        form={log}
        onSave={() => {
          void save();
        }}
      >
        Save check-in
      </FormTail>
      <p className="report-link">
        Something new or worse, such as numbness or weakness? <Link to="/symptoms">Report a new symptom</Link>
      </p>
    </>
  );
}
