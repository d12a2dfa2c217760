import { RunningPaused } from '../../../components/running-paused';
import { protocolOf } from '../../../lib/protocol';
import { LoadTestCard, lastResult } from '../../../components/load-test-card';
import { PageTitle } from '../../../components/page-title';
import { addDays } from '../../../lib/dates';
import { usePlan } from '../../../lib/use-plan';
import { SetupRedirect } from '../../../lib/setup-redirect';
import { intervalSteps } from '../api/interval-plan';
import { IntervalTimer } from './interval-timer';
import { RunLog } from './run-log';

/** The running ladder for runners: this week's level, sessions, the interval timer and run logging. */
export function RunningPage() {
  const { data, decision, today } = usePlan();
  if (data === undefined) return <p role="status">Loading…</p>;
  if (decision === undefined) return <SetupRedirect data={data} />;
  if (data.profile?.runner !== true) {
    return (
      <>
        <PageTitle>Running</PageTitle>
        <p>Running is for people who run. You can change this in Settings, under About you.</p>
      </>
    );
  }
  const ceiling = decision.painCeiling;
  const running = decision.plan.running;
  const level =
    running === null ? undefined : protocolOf(decision).running.levels.find((l) => l.level === running.level);
  const weekStart = addDays(today, -6);
  const affected = data.profile.affectedSide;
  const side = affected === 'left' || affected === 'right' ? affected : undefined;
  const runsThisWeek = data.events.filter(
    (e) => e.type === 'run' && e.date >= weekStart && e.date <= today,
  ).length;

  return (
    <>
      <PageTitle>Running</PageTitle>
      {running === null || level === undefined ? (
        <div className="card">
          <h2>Not yet</h2>
          <p>
            Running starts once you reach stage 2, the single-leg bridge test scores 3 or less, and your
            morning check is 3 or less. Until then, runs you log change nothing in your plan.
          </p>
          {protocolOf(decision)
            .advice.filter((a) => decision.plan.advice.includes(a.id) && a.id === 'reduce-running')
            .map((a) => (
              <p key={a.id}>{a.text}</p>
            ))}
        </div>
      ) : (
        <>
          <div className="card">
            {(running.pausedUntil ?? null) !== null && (
              <div className="alert alert-warning">
                <RunningPaused decision={decision} />
              </div>
            )}
            <p className="lead">
              <span className="stage-badge">Running level R{running.level}</span>
            </p>
            <p className="dose">{running.session}</p>
            <p>
              {running.perWeek} runs a week ({runsThisWeek} in the last 7 days). Allowed:{' '}
              {running.kindsAllowed.join(', ')}.{level.noConsecutiveDays ? ' Not on consecutive days.' : ''}
            </p>
          </div>
          {level.intervals !== undefined && (running.pausedUntil ?? null) === null && (
            <IntervalTimer
              steps={intervalSteps(
                level.intervals.walkMinutes,
                level.intervals.runMinutes,
                level.intervals.repeats,
              )}
            />
          )}
        </>
      )}
      {running === null &&
        decision.status === 'active' &&
        (decision.stage ?? 1) >= protocolOf(decision).running.startStage && (
          <LoadTestCard
            testId="single-leg-bridge"
            today={today}
            ceiling={ceiling}
            side={side}
            last={lastResult(data.events, 'single-leg-bridge')}
          />
        )}
      <RunLog today={today} ceiling={ceiling} kinds={running?.kindsAllowed ?? ['easy']} />
    </>
  );
}
