import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseEvent, DecisionWithHistory } from '@hamstring-rehab/engine';
import { PageTitle } from '../../../components/page-title';
import { ProgramPaused } from '../../../components/program-paused';
import { protocolOf } from '../../../lib/protocol';
import { AVULSION_IDS } from '../../../lib/screening-wording';
import { ExerciseCard } from './exercise-card';
import { PlanModeBanner } from './plan-mode-banner';

/** Pain this high during loading may be a tear: the avulsion questions follow (PROTOCOL.md section 3). */
const SEVERE = 8;

/** What today's events say about the day so far, for the plan and for the forms below it. */
export function todaySoFar(todays: readonly CaseEvent[]) {
  const sessions = todays.flatMap((e) => (e.type === 'session' ? [e] : []));
  const painDuring = Math.max(-1, ...sessions.map((s) => s.painDuring));
  const avulsionAsked = todays.some(
    (e) => e.type === 'symptoms' && AVULSION_IDS.every((id) => e.answers[id] !== undefined),
  );
  return {
    sessions,
    checkedIn: todays.some((e) => e.type === 'morning-check'),
    painDuring,
    painAfterLogged: sessions.some((s) => s.painAfter !== undefined),
    /** Today's session pain asks the avulsion questions, not answered yet. */
    avulsionDue: painDuring >= SEVERE && !avulsionAsked,
  };
}

export function ReportLink() {
  return (
    <p className="report-link">
      Something new or worse, such as numbness or weakness?{' '}
      <Link to="/symptoms" data-testid="report-symptom-link">
        Report a new symptom
      </Link>
    </p>
  );
}

interface Props {
  decision: DecisionWithHistory;
  /** Today's events. */
  todays: readonly CaseEvent[];
  done: ReadonlySet<string>;
  onDone: (id: string) => void;
  justCheckedIn: boolean;
  /** The avulsion questions, when `todaySoFar(todays).avulsionDue` (a form that logs: the app's only). */
  avulsion?: ReactNode;
  /** What comes once the plan is painted: inside the exercises' section, and after it (ADR 229). */
  exercisesTail?: ReactNode;
  tail?: ReactNode;
}

/**
 * Today's first paint: stage and level (the why folded), the morning check, each exercise with its timer;
 * or, while the program is stopped or paused, that and nothing else. Rendered from plain props, by the app's
 * Today page and by the server's first paint (ADR 232).
 */
export function TodayPlan({
  decision,
  todays,
  done,
  onDone,
  justCheckedIn,
  avulsion,
  exercisesTail,
  tail,
}: Props) {
  if (decision.status !== 'active' && decision.status !== 'completed') {
    return (
      <>
        <PageTitle>Today</PageTitle>
        <ProgramPaused decision={decision} />
        <ReportLink />
      </>
    );
  }
  const stage = protocolOf(decision).stages.find((s) => s.stage === decision.stage);
  const { checkedIn, avulsionDue } = todaySoFar(todays);
  const why = decision.reasons[0]?.text;
  const waiting = decision.reasons.find((r) => r.rule === 'awaiting-check-in');
  const { plan } = decision;
  const relief = plan.mode === 'pain-relief';

  return (
    <>
      <PageTitle>Today</PageTitle>
      <PlanModeBanner decision={decision} />
      {decision.status === 'completed' ? (
        <p className="lead">
          You have completed the program. Keep the tendon strong with the maintenance plan.
        </p>
      ) : (
        <p className="lead">
          <span className="stage-badge" data-testid="stage-level">
            Stage {decision.stage} · Level {decision.level}
          </span>{' '}
          {stage?.name}
        </p>
      )}
      {justCheckedIn && (
        <p className="alert alert-ok" role="status">
          Morning check saved. Your plan below is up to date.
        </p>
      )}
      {why !== undefined && (
        <details className="why">
          <summary>Why this plan</summary>
          <p data-testid="plan-why">
            <strong>Why: </strong>
            {why}
          </p>
          {waiting !== undefined && waiting.text !== why && (
            <p className="muted" data-testid="plan-waiting">
              {waiting.text}
            </p>
          )}
        </details>
      )}
      {waiting !== undefined && waiting.text === why && (
        <p className="muted" data-testid="plan-waiting">
          {waiting.text}
        </p>
      )}
      {!checkedIn && (
        <div className="alert alert-info">
          <p>
            <strong>Morning check not done yet.</strong> It takes about 10 seconds and keeps your plan right.
          </p>
          <Link className="button" to="/check-in">
            Do the morning check
          </Link>
        </div>
      )}
      {avulsionDue && avulsion}
      {plan.restDay && plan.exercises.length === 0 ? (
        <div className="card" data-testid="rest-day">
          <h2>Rest day</h2>
          <p>
            You exercised yesterday. Tendons adapt in the 48 hours after heavy work, so today there is no
            session: keep walking and moving as usual.
          </p>
        </div>
      ) : (
        <section aria-labelledby="exercises-title">
          <h2 id="exercises-title">Exercises</h2>
          {stage !== undefined && !relief && (
            <p className="muted">
              {stage.aim} {stage.frequency}
            </p>
          )}
          {plan.exercises.map((d) => (
            <ExerciseCard key={d.id} dose={d} done={done.has(d.id)} onDone={onDone} />
          ))}
          {exercisesTail}
        </section>
      )}
      {tail}
    </>
  );
}
