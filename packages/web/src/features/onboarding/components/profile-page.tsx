import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { keys, useLocalData } from '../../../lib/hooks';
import { saveProfile } from '../../../lib/patient-store';
import type { Profile } from '../../../lib/types';
import { FormTail } from '../../../components/form-tail';
import { YesNo } from '../../../components/yes-no';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { checkProfile, MIN_AGE } from '../api/profile-check';

const SIDES: { value: NonNullable<Profile['affectedSide']>; label: string }[] = [
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
  { value: 'both', label: 'Both' },
];

/** Birth year, painful side, running and sport: every answer required and plausible. */
export function ProfilePage() {
  const data = useLocalData();
  if (data === undefined) return <p role="status">Loading…</p>;
  return <ProfileForm initial={data.profile} hasScreening={data.screening !== undefined} />;
}

function ProfileForm({ initial, hasScreening }: { initial: Profile | undefined; hasScreening: boolean }) {
  const known = typeof initial?.birthYear === 'number';
  const [birthYear, setBirthYear] = useState(known ? String(initial?.birthYear) : '');
  const [side, setSide] = useState<Profile['affectedSide']>(initial?.affectedSide ?? null);
  const [runner, setRunner] = useState<boolean | undefined>(known ? initial?.runner : undefined);
  const [sport, setSport] = useState<boolean | undefined>(known ? initial?.sport : undefined);
  const once = useSubmitOnce();
  const navigate = useNavigate();
  const client = useQueryClient();
  const thisYear = new Date().getFullYear();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const checked = checkProfile({ birthYear, side, runner, sport }, thisYear);
    if (!checked.ok) {
      once.setError(checked.error);
      return;
    }
    await once.save(async () => {
      await saveProfile(checked.profile);
      await client.invalidateQueries({ queryKey: keys.local });
      await navigate(hasScreening ? '/today' : '/screening');
    });
  };

  return (
    <>
      <PageTitle>About you</PageTitle>
      <p className="muted">Every question needs an answer: your plan depends on them.</p>
      <form
        noValidate
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        <div className="field card">
          <label htmlFor="birth-year">Year of birth</label>
          <input
            id="birth-year"
            type="number"
            inputMode="numeric"
            min={1900}
            max={thisYear - MIN_AGE}
            required
            value={birthYear}
            onChange={(e) => {
              setBirthYear(e.target.value);
            }}
          />
        </div>
        <fieldset className="card">
          <legend>Which side hurts?</legend>
          <div className="choice-row">
            {SIDES.map((s) => (
              <label key={s.value} className="choice">
                <input
                  type="radio"
                  name="side"
                  required
                  checked={side === s.value}
                  onChange={() => {
                    setSide(s.value);
                  }}
                />
                <span>{s.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <YesNo question="Do you run, or want to get back to running?" value={runner} onChange={setRunner} />
        <YesNo
          question="Are you going back to a sport (for example football, tennis or sprinting)?"
          value={sport}
          onChange={setSport}
        />
        <FormTail form={once}>Save and continue</FormTail>
      </form>
    </>
  );
}
