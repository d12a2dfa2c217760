import { useState } from 'react';
import { isoDay } from '../../../lib/dates';
import { newId } from '../../../lib/uuid';
import { remindersIcs } from '../api/ics';

/** Download reminders as a calendar file: the phone's calendar does the reminding, even offline. */
export function RemindersSection({ everyOtherDay }: { everyOtherDay: boolean }) {
  const [morning, setMorning] = useState('07:30');
  const [session, setSession] = useState('08:30');
  const [second, setSecond] = useState('18:00');
  const twiceDaily = !everyOtherDay;
  const download = () => {
    const ics = remindersIcs({
      start: isoDay(),
      morning,
      session,
      ...(twiceDaily ? { secondSession: second } : {}),
      sessionEveryOtherDay: everyOtherDay,
      uid: (name) => `${name}-${newId()}@hamstring-rehab`,
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
        <input
          id="morning-time"
          type="time"
          value={morning}
          onChange={(e) => {
            setMorning(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="session-time">
          {twiceDaily ? 'First session time' : 'Session time (every other day)'}
        </label>
        <input
          id="session-time"
          type="time"
          value={session}
          onChange={(e) => {
            setSession(e.target.value);
          }}
        />
      </div>
      {twiceDaily && (
        <div className="field">
          <label htmlFor="second-session-time">Second session time (stage 1 holds are twice a day)</label>
          <input
            id="second-session-time"
            type="time"
            value={second}
            onChange={(e) => {
              setSecond(e.target.value);
            }}
          />
        </div>
      )}
      <button type="button" onClick={download}>
        Download calendar file (.ics)
      </button>
    </section>
  );
}
