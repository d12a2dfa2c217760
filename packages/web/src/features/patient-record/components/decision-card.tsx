import { type Decision } from '@hamstring-rehab/engine';
import { protocolOf } from '../../../lib/protocol';
import { FlagBadges } from '../../../components/flag-badges';
import { STATUS_LABELS, stageText } from '../../../lib/clinic';
import { doseText, loadText } from '../../../lib/dose-text';
import { FunctionScores } from '../../../components/function-scores';
import { RunningPaused } from '../../../components/running-paused';

const MODE_TEXT: Partial<Record<string, string>> = {
  'pain-relief': 'Pain-relief day: only the gentle hold below, no other loading, running paused.',
  stopped: 'Program stopped: no exercises until a clinician clears it.',
  'rest-day': 'Rest day: no loading session today.',
  maintenance: 'Maintenance plan, twice a week.',
};

/** The engine's current decision: status, stage and level, why, and the plan it gives today. */
export function DecisionCard({ decision: d }: { decision: Decision }) {
  const advice = d.plan.advice
    .map((id) => protocolOf(d).advice.find((a) => a.id === id)?.title)
    .filter((t) => t !== undefined);
  return (
    <section className="card" aria-labelledby="decision-title" data-testid="decision">
      <h2 id="decision-title">Current decision</h2>
      <p className="muted" data-testid="decision-protocol">
        Decided by protocol {d.protocol}
      </p>
      <p>
        <span className={`status-badge status-${d.status}`}>{STATUS_LABELS[d.status]}</span>{' '}
        <strong data-testid="record-stage">{stageText(d.stage, d.level)}</strong>
      </p>
      <FlagBadges flags={d.flags} />
      <h3>Why</h3>
      <ul data-testid="decision-reasons">
        {d.reasons.map((r) => (
          <li key={r.rule + r.text}>{r.text}</li>
        ))}
      </ul>
      <FunctionScores outcome={d.outcome} />
      <h3>Plan</h3>
      {d.plan.mode !== undefined && MODE_TEXT[d.plan.mode] !== undefined && (
        <p data-testid="plan-mode">
          <strong>{MODE_TEXT[d.plan.mode]}</strong>
        </p>
      )}
      {d.plan.restDay && d.plan.exercises.length === 0 ? (
        <p>Rest day: no exercise session today.</p>
      ) : d.plan.exercises.length === 0 ? (
        <p>No exercises while the program is paused.</p>
      ) : (
        <ul>
          {d.plan.exercises.map((e) => (
            <li key={e.id}>
              <strong>{protocolOf(d).exercises.find((x) => x.id === e.id)?.name ?? e.id}</strong>:{' '}
              {doseText(e)}
              {loadText(e) !== undefined ? ` ${loadText(e) ?? ''}` : ''}
            </li>
          ))}
        </ul>
      )}
      {d.plan.running !== null && (
        <p>
          Running level {d.plan.running.level}: {d.plan.running.session}, {d.plan.running.perWeek} times a
          week.
        </p>
      )}
      <RunningPaused decision={d} />
      {advice.length > 0 && (
        <>
          <h3>Advice</h3>
          <ul>
            {advice.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
