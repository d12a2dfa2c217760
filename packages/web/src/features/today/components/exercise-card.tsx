import { type PlannedExercise } from '@hamstring-rehab/engine';
import { HoldTimer } from '../../../components/hold-timer';
import { Illustration } from '../../../components/illustrations/illustration';
import { StrengthTimer } from '../../../components/strength-timer';
import { doseText, loadText } from '../../../lib/dose-text';
import { protocolOf } from '../../../lib/protocol';
import { lowerSecondsOf } from '../../../lib/timer-phases';

interface Props {
  dose: PlannedExercise;
  done: boolean;
  onDone: (id: string) => void;
}

/**
 * One exercise of today's plan in about one phone screen: name, dose and the guided timer in view; the
 * drawing and how-to folded. The timer marks it done when the last set or hold ends.
 */
export function ExerciseCard({ dose, done, onDone }: Props) {
  const exercise = protocolOf().exercises.find((e) => e.id === dose.id);
  if (exercise === undefined) return null;
  const finish = () => {
    onDone(dose.id);
  };
  return (
    <article
      className="card exercise-card"
      aria-labelledby={`ex-${dose.id}`}
      data-testid={`exercise-${dose.id}`}
    >
      <h3 id={`ex-${dose.id}`}>
        {exercise.name}
        {done && (
          <span className="done-badge" data-testid="exercise-done">
            {' '}
            ✓ Done
          </span>
        )}
      </h3>
      <p className="dose">{doseText(dose)}</p>
      {loadText(dose) !== undefined && <p data-testid="load-to-choose">{loadText(dose)}</p>}
      <details>
        <summary>How to do it</summary>
        <div className="exercise">
          <Illustration id={dose.id} />
          <div>
            <ol className="steps">
              {exercise.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
            <p>
              <strong>Common mistake:</strong> {exercise.commonMistake}
            </p>
            <p>
              <strong>Easier:</strong> {exercise.easier}
            </p>
            <p>
              <strong>Harder:</strong> {exercise.harder}
            </p>
          </div>
        </div>
      </details>
      {dose.holdSeconds !== undefined ? (
        <HoldTimer
          name={exercise.name}
          plan={{ sets: dose.sets, holdSeconds: dose.holdSeconds, restSeconds: dose.restSeconds ?? 120 }}
          onDone={finish}
        />
      ) : (
        dose.reps !== undefined && (
          <StrengthTimer
            name={exercise.name}
            plan={{
              sets: dose.sets,
              reps: dose.reps,
              restSeconds: dose.restSeconds ?? 90,
              lowerSeconds: lowerSecondsOf(dose.tempo),
            }}
            onDone={finish}
          />
        )
      )}
    </article>
  );
}
