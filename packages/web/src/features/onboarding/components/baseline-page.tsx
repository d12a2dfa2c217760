import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { RatingScale } from '../../../components/rating-scale';
import { isoDay } from '../../../lib/dates';
import { useLogOnce } from '../../../lib/hooks';
import { FUNCTION_ITEMS, functionScore, type FunctionItemId } from '../api/function-items';
import { FormTail } from '../../../components/form-tail';

/** Where the patient starts (and every 4 weeks after): sitting tolerance and the function check-in. */
export function BaselinePage() {
  const [sitting, setSitting] = useState('');
  const [ratings, setRatings] = useState<Partial<Record<FunctionItemId, number>>>({});
  const log = useLogOnce();
  const navigate = useNavigate();
  const score = functionScore(ratings);

  const save = async () => {
    const minutes = Number(sitting);
    if (sitting === '' || !Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
      log.setError('Enter how many minutes you can sit, as a whole number.');
      return;
    }
    if (score === undefined) {
      log.setError('Please rate each of the six activities.');
      return;
    }
    const date = isoDay();
    if (
      !(await log.save([
        { type: 'sitting', date, minutes },
        { type: 'function-check', date, score, instrument: 'own' },
      ]))
    )
      return;
    await navigate('/today');
  };

  return (
    <>
      <PageTitle>Your starting point</PageTitle>
      <p>Two quick measures. You will repeat the second one about every 4 weeks to see your progress.</p>
      <div className="card field">
        <label htmlFor="sitting-minutes">
          How many minutes can you sit before the pain starts or gets worse?
        </label>
        <p className="hint">Your plan uses this to suggest when to stand up and move.</p>
        <input
          id="sitting-minutes"
          type="number"
          inputMode="numeric"
          min={0}
          max={1440}
          value={sitting}
          onChange={(e) => {
            setSitting(e.target.value);
          }}
        />
      </div>
      <h2>How much does the pain limit you?</h2>
      <p className="hint">0 = impossible because of the pain, 10 = no trouble at all.</p>
      {FUNCTION_ITEMS.map((item) => (
        <RatingScale
          key={item.id}
          legend={item.question}
          value={ratings[item.id]}
          onChange={(v) => {
            setRatings({ ...ratings, [item.id]: v });
          }}
        />
      ))}
      {score !== undefined && <p className="lead">Your function score: {score} out of 100.</p>}
      <FormTail
        form={log}
        onSave={() => {
          void save();
        }}
      >
        Save
      </FormTail>
    </>
  );
}
