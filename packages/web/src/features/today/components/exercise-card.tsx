import { type PlannedExercise } from '@hamstring-rehab/engine';
import { protocolOf } from '../../../lib/protocol';
import { HoldTimer } from '../../../components/hold-timer';
import { Illustration } from '../../../components/illustrations/illustration';
import { TempoCue } from '../../../components/tempo-cue';
import { lowerSecondsOf } from '../../../lib/timer-phases';
import { doseText, loadText } from '../../../lib/dose-text';

/** One exercise of today's plan: drawing, dose, how to do it, and its guided timer. */
export function ExerciseCard({ dose }: { dose: PlannedExercise }) {
  const exercise = protocolOf().exercises.find((e) => e.id === dose.id);
  if (exercise === undefined) return null;
  const lower = lowerSecondsOf(dose.tempo);
  return (
    <article className="card" aria-labelledby={`ex-${dose.id}`}>
      <h3 id={`ex-${dose.id}`}>{exercise.name}</h3>
      <div className="exercise">
        <Illustration id={dose.id} />
        <div>
          <p className="dose">{doseText(dose)}</p>
          {loadText(dose) !== undefined && <p data-testid="load-to-choose">{loadText(dose)}</p>}
          <details>
            <summary>How to do it</summary>
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
          </details>
        </div>
      </div>
      {dose.holdSeconds !== undefined && (
        <HoldTimer
          name={exercise.name}
          plan={{ sets: dose.sets, holdSeconds: dose.holdSeconds, restSeconds: dose.restSeconds ?? 120 }}
        />
      )}
      {dose.holdSeconds === undefined && dose.reps !== undefined && lower !== undefined && (
        <TempoCue name={exercise.name} reps={dose.reps} lowerSeconds={lower} />
      )}
    </article>
  );
}
