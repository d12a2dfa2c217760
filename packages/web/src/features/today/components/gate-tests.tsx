import { type EventOf } from '@hamstring-rehab/engine';
import { protocolOf } from '../../../lib/protocol';
import { LoadTestCard, lastResult } from '../../../components/load-test-card';
import type { DecisionWithHistory } from '@hamstring-rehab/engine';
import type { IdentifiedEvent, Profile } from '../../../lib/types';

type TestId = EventOf<'load-test'>['test'];
const isTestId = (id: string | undefined): id is TestId =>
  id !== undefined && id !== 'morning-check' && protocolOf().loadTests.some((t) => t.id === id);

interface Props {
  decision: DecisionWithHistory;
  events: readonly IdentifiedEvent[];
  profile: Profile | undefined;
  today: string;
  ceiling: number;
}

/**
 * At the top level of stages 2 to 4 the patient moves on only when the stage's load test passes (3/10 or
 * less within the last 7 days): the tests to do, with the gate's own words on what is still missing.
 * Stage 1's gate is the morning check, which has its own page.
 */
export function GateTests({ decision, events, profile, today, ceiling }: Props) {
  const stage = protocolOf(decision).stages.find((s) => s.stage === decision.stage);
  if (decision.status !== 'active' || stage === undefined || decision.level !== stage.levels.length)
    return null;
  const tests = stage.gateTests.flatMap((g) => (g.kind === 'load-test' && isTestId(g.test) ? [g.test] : []));
  if (tests.length === 0) return null;
  // What is missing, unless it is already the plan's "why" at the top of the page.
  const pending = decision.reasons.find((r, i) => r.rule === 'stage-gate-pending' && i > 0);
  const side =
    profile?.affectedSide === 'left' || profile?.affectedSide === 'right' ? profile.affectedSide : undefined;
  return (
    <section aria-labelledby="gate-tests">
      <h2 id="gate-tests">{tests.length === 1 ? 'Test to move on' : 'Tests to move on'}</h2>
      <p className="muted">
        You are at the top level of stage {stage.stage}. Moving to the next stage needs{' '}
        {tests.length === 1 ? 'this test' : 'these tests'} to score 3/10 or less within the last 7 days, plus
        green sessions and enough time at the stage.
      </p>
      {pending !== undefined && <p data-testid="gate-pending">{pending.text}</p>}
      {tests.map((id) => (
        <LoadTestCard
          key={id}
          testId={id}
          today={today}
          ceiling={ceiling}
          side={side}
          last={lastResult(events, id)}
        />
      ))}
    </section>
  );
}
