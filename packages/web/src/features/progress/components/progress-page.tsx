import type { CaseEvent } from '@hamstring-rehab/engine';
import { useMemo } from 'react';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../../lib/hooks';
import { usePlan } from '../../../lib/use-plan';
import { SetupRedirect } from '../../../lib/setup-redirect';
import { DecidedBy } from '../../../components/decided-by';
import { FunctionScores } from '../../../components/function-scores';
import { ProgressCharts } from '../../../components/progress-charts';
import { weeklySummary } from '../api/weekly-summary';
import { ClinicianChanges } from './clinician-changes';
import { PlanChanges } from './plan-changes';
import { TreatmentNotes } from './treatment-notes';

/**
 * Charts of the morning score, session pain, stage, function and running, with a weekly summary, the
 * changes a clinician made with their notes, and the treatments they recorded.
 */
export function ProgressPage() {
  const { data, decision, today } = usePlan(true);
  const patientId = useMe().me?.patientId;
  const events = useMemo<CaseEvent[]>(() => data?.events ?? [], [data]);
  if (data === undefined) return <p role="status">Loading…</p>;
  if (decision === undefined) return <SetupRedirect data={data} />;
  const summary = weeklySummary(events, decision.history ?? [], today);

  return (
    <>
      <PageTitle>Progress</PageTitle>
      <section className="card" aria-labelledby="week">
        <h2 id="week">This week</h2>
        <ul className="summary-list">
          {summary.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
        <FunctionScores outcome={decision.outcome} />
        <DecidedBy decision={decision} />
        <p className="muted">
          Most people need 12 to 16 weeks; some need up to 6 months. Slow and steady works.
        </p>
      </section>
      <ProgressCharts
        events={events}
        history={decision.history ?? []}
        decision={decision}
        today={today}
        runner={data.profile?.runner === true}
      />
      <PlanChanges data={data} history={decision.history ?? []} />
      <ClinicianChanges events={events} />
      {patientId !== undefined && <TreatmentNotes patientId={patientId} />}
    </>
  );
}
