import { type Exercise, type LoadTest } from '@hamstring-rehab/engine';
import { protocolOf } from '../../../lib/protocol';
import { Illustration } from '../../../components/illustrations/illustration';

/** The load tests only a clinician does (they gate nothing in the plan). */
const CLINICIAN_TESTS = new Set(['puranen-orava', 'bent-knee-stretch', 'modified-bent-knee-stretch']);

function Item({ item }: { item: Exercise | LoadTest }) {
  return (
    <details className="library-item">
      <summary>{item.name}</summary>
      <Illustration id={item.id} />
      {'purpose' in item && <p>{item.purpose}</p>}
      <ol className="steps">
        {item.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {'commonMistake' in item && (
        <p>
          <strong>Common mistake:</strong> {item.commonMistake}
        </p>
      )}
    </details>
  );
}

/**
 * Every exercise of the program by the stage that brings it in, and every load test: the self-tests
 * that move you on, and the tests a clinician may do. Today's page shows only what is due.
 */
export function ExerciseLibrary() {
  const selfTests = protocolOf().loadTests.filter((t) => !CLINICIAN_TESTS.has(t.id));
  const clinicianTests = protocolOf().loadTests.filter((t) => CLINICIAN_TESTS.has(t.id));
  return (
    <section id="library" aria-labelledby="library-title" className="card">
      <h2 id="library-title">All exercises and tests</h2>
      <p>Open one to see the drawing and how to do it. Your plan on the Today page shows what is due.</p>
      {protocolOf().stages.map((stage) => (
        <div key={stage.stage}>
          <h3>
            Stage {stage.stage}: {stage.name}
          </h3>
          <p className="muted">{stage.aim}</p>
          {protocolOf()
            .exercises.filter((e) => e.firstStage === stage.stage)
            .map((e) => (
              <Item key={e.id} item={e} />
            ))}
        </div>
      ))}
      <h3>Tests you do yourself</h3>
      <p className="muted">
        A score of {protocolOf().pain.gatePassMax}/10 or less passes. The morning check is daily; the others
        open the way to the next stage, or to running.
      </p>
      {selfTests.map((t) => (
        <Item key={t.id} item={t} />
      ))}
      <h3>Tests a clinician may do</h3>
      <p className="muted">Do these only with your clinician. They help confirm where the pain comes from.</p>
      {clinicianTests.map((t) => (
        <Item key={t.id} item={t} />
      ))}
    </section>
  );
}
