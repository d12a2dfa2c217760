import { Link, useLocation } from 'react-router';
import { DecidedBy } from '../../../components/decided-by';
import { PageTitle } from '../../../components/page-title';
import { ProgramPaused } from '../../../components/program-paused';
import { SymptomsForm } from '../../../components/symptoms-form';
import { usePlan } from '../../../lib/use-plan';
import { protocolOf } from '../../../lib/protocol';
import { AVULSION_IDS } from '../../../lib/screening-wording';
import { SetupRedirect } from '../../../lib/setup-redirect';
import { useAfterPaint } from '../../../lib/use-after-paint';
import { useDoneExercises } from '../api/use-done-exercises';
import { AdviceList } from './advice-list';
import { ExerciseCard } from './exercise-card';
import { GateTests } from './gate-tests';
import { PainAfterCard } from './pain-after-card';
import { PlanModeBanner } from './plan-mode-banner';
import { SessionLog } from './session-log';
import { WeekStrip } from './week-strip';

/** Pain this high during loading may be a tear: the avulsion questions follow (PROTOCOL.md section 3). */
const SEVERE = 8;

function ReportLink() {
  return (
    <p className="report-link">
      Something new or worse, such as numbness or weakness?{' '}
      <Link to="/symptoms" data-testid="report-symptom-link">
        Report a new symptom
      </Link>
    </p>
  );
}

/**
 * Today's plan, in about one phone screen per exercise: stage and level (the why folded), the morning
 * check, each exercise with its timer, logging, the week, and the advice folded. Sections stand apart so
 * that new ones slot in between.
 */
export function TodayPage() {
  const { data, decision, today } = usePlan();
  const location = useLocation();
  const { done, setDone } = useDoneExercises(today);
  // The plan first; the logging forms, tests, advice and the rest once it is painted (ADR 229).
  const painted = useAfterPaint();
  const justCheckedIn = (location.state as { checkedIn?: boolean } | null)?.checkedIn === true;
  if (data === undefined) return <p role="status">Loading…</p>;
  if (decision === undefined) return <SetupRedirect data={data} />;
  if (decision.status !== 'active' && decision.status !== 'completed') {
    return (
      <>
        <PageTitle>Today</PageTitle>
        <ProgramPaused decision={decision} />
        <ReportLink />
      </>
    );
  }

  const ceiling = decision.painCeiling;
  const stage = protocolOf(decision).stages.find((s) => s.stage === decision.stage);
  const todays = data.events.filter((e) => e.date === today);
  const sessions = todays.filter((e) => e.type === 'session');
  const checkedIn = todays.some((e) => e.type === 'morning-check');
  const painDuring = Math.max(-1, ...sessions.map((s) => s.painDuring));
  const painAfterLogged = sessions.some((s) => s.painAfter !== undefined);
  const avulsionAsked = todays.some(
    (e) => e.type === 'symptoms' && AVULSION_IDS.every((id) => e.answers[id] !== undefined),
  );
  const why = decision.reasons[0]?.text;
  const waiting = decision.reasons.find((r) => r.rule === 'awaiting-check-in');
  const { plan } = decision;
  const relief = plan.mode === 'pain-relief';
  // sessions logged with the session form (the evening pain is logged as a session of its own)
  const logged = sessions.filter((s) => s.painAfter === undefined).length;
  const secondSession = logged > 0 && logged < (plan.sessionsPerDay ?? 1) && !relief;

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
      {painDuring >= SEVERE && !avulsionAsked && (
        <SymptomsForm
          ids={AVULSION_IDS}
          headingId="avulsion-questions"
          heading={`Pain of ${String(painDuring)}/10 during the session: two quick questions`}
          intro="Pain this high while loading can mean a torn tendon, which needs a specialist quickly."
        />
      )}
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
            <ExerciseCard
              key={d.id}
              dose={d}
              done={done.has(d.id)}
              onDone={(id) => {
                setDone(id, true);
              }}
            />
          ))}
          {painted && (
            <>
              {secondSession && (
                <SessionLog
                  today={today}
                  ceiling={ceiling}
                  exercises={plan.exercises}
                  done={done}
                  setDone={setDone}
                  second
                />
              )}
              {sessions.length > 0 ? (
                painAfterLogged ? (
                  <p className="alert alert-ok" role="status" data-testid="session-done">
                    Today’s session and evening pain are logged. See you at tomorrow’s morning check.
                  </p>
                ) : (
                  <PainAfterCard today={today} ceiling={ceiling} painDuring={painDuring} />
                )
              ) : (
                <SessionLog
                  today={today}
                  ceiling={ceiling}
                  exercises={plan.exercises}
                  done={done}
                  setDone={setDone}
                />
              )}
            </>
          )}
        </section>
      )}
      {painted && (
        <>
          <GateTests
            decision={decision}
            events={data.events}
            profile={data.profile}
            today={today}
            ceiling={ceiling}
          />
          <WeekStrip data={data} today={today} />
          <AdviceList ids={plan.advice} sittingBreakMinutes={plan.sittingBreakMinutes} />
          <ReportLink />
          <DecidedBy decision={decision} />
        </>
      )}
    </>
  );
}
