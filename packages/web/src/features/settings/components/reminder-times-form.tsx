import { useState, type SyntheticEvent } from 'react';
import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/api';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { useSaveReminders, WEEKDAYS, type ReminderAnswer, type ReminderTimes } from '../api/push-reminders';

type Field = 'checkIn' | 'session1' | 'session2' | 'painAfter' | 'run';

const LABELS: Record<Field, string> = {
  checkIn: 'Morning check-in',
  session1: 'Exercise session',
  session2: 'Second session (stage 1 holds are twice a day)',
  painAfter: 'Evening “pain after” question',
  run: 'Run days',
};
const DEFAULTS: Record<Field, string> = {
  checkIn: '07:30',
  session1: '08:30',
  session2: '18:00',
  painAfter: '20:00',
  run: '18:00',
};

type Choice = Record<Field, { on: boolean; time: string }>;

function choiceOf(saved: ReminderAnswer): Choice {
  const pick = (time: string | null | undefined, field: Field) => ({
    on: time !== null && time !== undefined,
    time: time ?? DEFAULTS[field],
  });
  return {
    checkIn: pick(saved.checkIn, 'checkIn'),
    session1: pick(saved.sessions[0], 'session1'),
    session2: pick(saved.sessions[1], 'session2'),
    painAfter: pick(saved.painAfter, 'painAfter'),
    run: pick(saved.run?.time, 'run'),
  };
}

function timesOf(choice: Choice, days: number[]): ReminderTimes {
  const time = (f: Field) => (choice[f].on ? choice[f].time : null);
  return {
    checkIn: time('checkIn'),
    sessions: [time('session1'), time('session2')].filter((t): t is string => t !== null),
    painAfter: time('painAfter'),
    run: choice.run.on ? { time: choice.run.time, days } : null,
  };
}

interface Props {
  patientId: string;
  saved: ReminderAnswer;
  runner: boolean;
}

/** Which reminders, at what time in the patient's time zone; run days for runners. Saved once per tap. */
export function ReminderTimesForm({ patientId, saved, runner }: Props) {
  const [choice, setChoice] = useState(() => choiceOf(saved));
  const [days, setDays] = useState<number[]>(saved.run?.days ?? [2, 4, 6]);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const once = useSubmitOnce();
  const save = useSaveReminders(patientId);
  const fields: Field[] = [
    'checkIn',
    'session1',
    'session2',
    'painAfter',
    ...(runner ? (['run'] as const) : []),
  ];

  const change = (field: Field, part: Partial<{ on: boolean; time: string }>) => {
    setDone(false);
    setChoice({ ...choice, [field]: { ...choice[field], ...part } });
  };
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setError(undefined);
    await once.run(async () => {
      try {
        await save.mutateAsync(timesOf(choice, days));
        setDone(true);
      } catch (err) {
        setError(errorText(err));
      }
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>Remind me (times in {saved.timeZone})</legend>
        {fields.map((f) => (
          <div className="field reminder-time" key={f}>
            <div className="checkbox">
              <input
                id={`remind-${f}`}
                type="checkbox"
                checked={choice[f].on}
                onChange={(e) => {
                  change(f, { on: e.target.checked });
                }}
              />
              <label htmlFor={`remind-${f}`}>{LABELS[f]}</label>
            </div>
            <label className="visually-hidden" htmlFor={`remind-${f}-time`}>
              {`${LABELS[f]} time`}
            </label>
            <input
              id={`remind-${f}-time`}
              type="time"
              required
              disabled={!choice[f].on}
              value={choice[f].time}
              onChange={(e) => {
                change(f, { time: e.target.value });
              }}
            />
          </div>
        ))}
        {runner && choice.run.on && (
          <fieldset>
            <legend>Run days</legend>
            {WEEKDAYS.map((name, i) => (
              <div className="field checkbox" key={name}>
                <input
                  id={`run-day-${name}`}
                  type="checkbox"
                  checked={days.includes(i + 1)}
                  onChange={(e) => {
                    setDone(false);
                    setDays(e.target.checked ? [...days, i + 1] : days.filter((d) => d !== i + 1));
                  }}
                />
                <label htmlFor={`run-day-${name}`}>{name}</label>
              </div>
            ))}
          </fieldset>
        )}
      </fieldset>
      {saved.devices === 0 && <p>Turn on notifications on a device to get these reminders.</p>}
      <FormError message={error} />
      {done && <p role="status">Saved.</p>}
      <button type="submit" disabled={once.busy}>
        Save reminder times
      </button>
    </form>
  );
}
