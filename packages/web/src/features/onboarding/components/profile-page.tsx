import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { errorText } from '../../../lib/api';
import { keys, useLocalData } from '../../../lib/hooks';
import { saveProfile } from '../../../lib/patient-store';
import type { Profile } from '../../../lib/types';
import { FormError } from '../../../components/form-error';

const SIDES: { value: NonNullable<Profile['affectedSide']>; label: string }[] = [
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
  { value: 'both', label: 'Both' },
];

/** Birth year, painful side and whether they run. */
export function ProfilePage() {
  const data = useLocalData();
  if (data === undefined) return <p role="status">Loading…</p>;
  return <ProfileForm initial={data.profile} hasScreening={data.screening !== undefined} />;
}

function ProfileForm({ initial, hasScreening }: { initial: Profile | undefined; hasScreening: boolean }) {
  const [birthYear, setBirthYear] = useState(
    initial?.birthYear === null || initial?.birthYear === undefined ? '' : String(initial.birthYear),
  );
  const [side, setSide] = useState<Profile['affectedSide']>(initial?.affectedSide ?? null);
  const [runner, setRunner] = useState(initial?.runner ?? false);
  const [error, setError] = useState<string>();
  const navigate = useNavigate();
  const client = useQueryClient();
  const thisYear = new Date().getFullYear();

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const year = Number(birthYear);
    if (!Number.isInteger(year) || year < 1900 || year > thisYear) {
      setError(`Enter a birth year between 1900 and ${thisYear}.`);
      return;
    }
    try {
      await saveProfile({ birthYear: year, affectedSide: side, runner });
      await client.invalidateQueries({ queryKey: keys.local });
      await navigate(hasScreening ? '/today' : '/screening');
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <>
      <PageTitle>About you</PageTitle>
      <form
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
            max={thisYear}
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
        <fieldset className="card">
          <legend>Do you run, or want to get back to running?</legend>
          <div className="choice-row">
            {[true, false].map((v) => (
              <label key={String(v)} className="choice">
                <input
                  type="radio"
                  name="runner"
                  checked={runner === v}
                  onChange={() => {
                    setRunner(v);
                  }}
                />
                <span>{v ? 'Yes' : 'No'}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <FormError message={error} />
        <button type="submit">Save and continue</button>
      </form>
    </>
  );
}
