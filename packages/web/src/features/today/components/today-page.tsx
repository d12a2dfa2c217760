import { useLocation } from 'react-router';
import { DecidedBy } from '../../../components/decided-by';
import { SymptomsForm } from '../../../components/symptoms-form';
import { usePlan } from '../../../lib/use-plan';
import { AVULSION_IDS } from '../../../lib/screening-wording';
import { SetupRedirect } from '../../../lib/setup-redirect';
import { useAfterPaint } from '../../../lib/use-after-paint';
import { useDoneExercises } from '../api/use-done-exercises';
import { AdviceList } from './advice-list';
import { GateTests } from './gate-tests';
import { PainAfterCard } from './pain-after-card';
import { SessionLog } from './session-log';
import { ReportLink, todaySoFar, TodayPlan } from './today-plan';
import { WeekStrip } from './week-strip';

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

  const ceiling = decision.painCeiling;
  const todays = data.events.filter((e) => e.date === today);
  const { sessions, painDuring, painAfterLogged } = todaySoFar(todays);
  const { plan } = decision;
  const relief = plan.mode === 'pain-relief';
  // sessions logged with the session form (the evening pain is logged as a session of its own)
  const logged = sessions.filter((s) => s.painAfter === undefined).length;
  const secondSession = logged > 0 && logged < (plan.sessionsPerDay ?? 1) && !relief;

  return (
    <TodayPlan
      decision={decision}
      todays={todays}
      done={done}
      onDone={(id) => {
        setDone(id, true);
      }}
      justCheckedIn={justCheckedIn}
      avulsion={
        <SymptomsForm
          ids={AVULSION_IDS}
          headingId="avulsion-questions"
          heading={`Pain of ${String(painDuring)}/10 during the session: two quick questions`}
          intro="Pain this high while loading can mean a torn tendon, which needs a specialist quickly."
        />
      }
      exercisesTail={
        painted && (
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
        )
      }
      tail={
        painted && (
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
        )
      }
    />
  );
}
