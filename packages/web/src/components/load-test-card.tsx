import { type EventOf } from '@hamstring-rehab/engine';
import { protocolOf } from '../lib/protocol';
import { useState } from 'react';
import { formatDay } from '../lib/dates';
import { useLogOnce } from '../lib/hooks';
import { Illustration } from './illustrations/illustration';
import { PainScale } from './pain-scale';
import { FormTail } from './form-tail';

interface Props {
  /** A load-test id of the protocol (`single-leg-bridge`, `platform-bridge`, `arabesque`, `hop-test`). */
  testId: EventOf<'load-test'>['test'];
  today: string;
  ceiling: number;
  /** The painful side, recorded with the result when it is one side. */
  side: 'left' | 'right' | undefined;
  /** The latest result of this test, if any. */
  last: { date: string; pain: number } | undefined;
}

/**
 * A load test the patient does alone: the drawing, what it shows, how to do it, and the pain score to
 * log. A result of 3/10 or less passes (the protocol's gate rule).
 */
export function LoadTestCard({ testId, today, ceiling, side, last }: Props) {
  const test = protocolOf().loadTests.find((t) => t.id === testId);
  const [pain, setPain] = useState<number>();
  const log = useLogOnce();
  if (test === undefined) return null;
  const passMax = protocolOf().pain.gatePassMax;

  const save = async () => {
    if (pain === undefined) {
      log.setError('Choose the worst pain you felt during the test.');
      return;
    }
    if (
      !(await log.save([
        { type: 'load-test', date: today, test: testId, pain, ...(side === undefined ? {} : { side }) },
      ]))
    )
      return;
    log.renew();
    setPain(undefined);
  };

  return (
    <article className="card" aria-labelledby={`test-${testId}`} data-testid={`load-test-${testId}`}>
      <h3 id={`test-${testId}`}>{test.name}</h3>
      <div className="exercise">
        <Illustration id={testId} />
        <div>
          <p>{test.purpose}</p>
          {last !== undefined && (
            <p className={last.pain <= passMax ? 'band-note green' : 'band-note amber'} role="status">
              Last result {formatDay(last.date)}: {last.pain}/10
              {last.pain <= passMax ? ', a pass.' : `, above ${passMax}: try again in a few days.`}
            </p>
          )}
          <details>
            <summary>How to do the test</summary>
            <ol className="steps">
              {test.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </details>
        </div>
      </div>
      <PainScale
        legend={`Worst pain at the sitting bone during the ${test.name.toLowerCase()}`}
        hint={`${passMax} or less passes.`}
        value={pain}
        onChange={setPain}
        ceiling={ceiling}
        showBand={false}
      />
      <FormTail
        form={log}
        onSave={() => {
          void save();
        }}
      >
        Save test result
      </FormTail>
    </article>
  );
}

/** The latest result of a load test; two on one day (both sides) count as the more painful, as the engine reads them. */
export function lastResult(
  events: readonly { type: string; date: string; test?: string; pain?: number }[],
  testId: string,
): { date: string; pain: number } | undefined {
  let best: { date: string; pain: number } | undefined;
  for (const e of events) {
    if (e.type !== 'load-test' || e.test !== testId || e.pain === undefined) continue;
    if (best === undefined || e.date > best.date) best = { date: e.date, pain: e.pain };
    else if (e.date === best.date) best = { date: e.date, pain: Math.max(best.pain, e.pain) };
  }
  return best;
}
