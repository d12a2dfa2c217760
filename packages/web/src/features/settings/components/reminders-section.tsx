import { useState } from 'react';
import { FormError } from '../../../components/form-error';
import { isoDay } from '../../../lib/dates';
import { isTime, remindersIcs } from '../api/ics';

const STORE_KEY = 'reminder-times';
const DEFAULTS = { morning: '07:30', session: '08:30', second: '18:00' };
type Times = typeof DEFAULTS;

function remembered(): Times {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}') as Partial<Times>;
    const pick = (k: keyof Times) =>
      typeof saved[k] === 'string' && isTime(saved[k]) ? saved[k] : DEFAULTS[k];
    return { morning: pick('morning'), session: pick('session'), second: pick('second') };
  } catch {
    return DEFAULTS;
  }
}

interface Props {
  everyOtherDay: boolean;
  /** The program is stopped or paused: no exercise reminders. */
  stopped: boolean;
  /** Stable per patient, so that importing the file again updates the same reminders. */
  patientId: string;
}

/**
 * Download reminders as a calendar file: the phone's calendar does the reminding, even offline. The times
 * are remembered on the device; a blank time is refused; none while the program is stopped.
 */
export function RemindersSection({ everyOtherDay, stopped, patientId }: Props) {
  const [times, setTimes] = useState(remembered);
  const [error, setError] = useState<string>();
  const twiceDaily = !everyOtherDay;
  const set = (k: keyof Times) => (e: { target: { value: string } }) => {
    const next = { ...times, [k]: e.target.value };
    setTimes(next);
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(next));
    } catch {
      // Private mode: the times last for this page only.
    }
  };

  if (stopped) {
    return (
      <section className="card" aria-labelledby="reminders">
        <h2 id="reminders">Reminders</h2>
        <p data-testid="reminders-stopped">
          Your program is stopped until a clinician has seen you, so there are no exercise reminders. Delete
          any earlier rehab reminders from your calendar.
        </p>
      </section>
    );
  }

  const download = () => {
    const used: [string, string][] = [
      ['Morning check time', times.morning],
      ['Session time', times.session],
      ...(twiceDaily ? [['Second session time', times.second] as [string, string]] : []),
    ];
    const bad = used.find(([, t]) => !isTime(t));
    if (bad !== undefined) {
      setError(`${bad[0]}: enter a time such as 07:30.`);
      return;
    }
    setError(undefined);
    const ics = remindersIcs({
      start: isoDay(),
      morning: times.morning,
      session: times.session,
      ...(twiceDaily ? { secondSession: times.second } : {}),
      sessionEveryOtherDay: everyOtherDay,
      uid: (name) => `${name}-${patientId}@hamstring-rehab`,
      stamp: new Date(),
    });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'rehab-reminders.ics';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section className="card" aria-labelledby="reminders">
      <h2 id="reminders">Reminders</h2>
      <p>Add reminders to your calendar: the morning check every day, and your exercise sessions.</p>
      <div className="field">
        <label htmlFor="morning-time">Morning check time</label>
        <input id="morning-time" type="time" required value={times.morning} onChange={set('morning')} />
      </div>
      <div className="field">
        <label htmlFor="session-time">
          {twiceDaily ? 'First session time' : 'Session time (every other day)'}
        </label>
        <input id="session-time" type="time" required value={times.session} onChange={set('session')} />
      </div>
      {twiceDaily && (
        <div className="field">
          <label htmlFor="second-session-time">Second session time (stage 1 holds are twice a day)</label>
          <input
            id="second-session-time"
            type="time"
            required
            value={times.second}
            onChange={set('second')}
          />
        </div>
      )}
      <FormError message={error} />
      <button type="button" onClick={download}>
        Download calendar file (.ics)
      </button>
    </section>
  );
}
