import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { YesNo } from '../../../components/yes-no';
import { errorText } from '../../../lib/api';
import { isoDay } from '../../../lib/dates';
import { keys } from '../../../lib/hooks';
import { saveScreening } from '../../../lib/patient-store';
import { screeningScreens } from '../api/screening-screens';
import { FormError } from '../../../components/form-error';

/** The intake screening: yes/no questions in plain words, a few per screen. */
export function ScreeningPage() {
  const screens = useMemo(screeningScreens, []);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string>();
  const navigate = useNavigate();
  const client = useQueryClient();
  const screen = screens[index];
  if (screen === undefined) return null;
  const complete = screen.questions.every((q) => answers[q.id] !== undefined);
  const last = index === screens.length - 1;

  const next = async () => {
    if (!complete) {
      setError('Please answer each question on this screen.');
      return;
    }
    setError(undefined);
    if (!last) {
      setIndex(index + 1);
      document.getElementById('page-title')?.focus();
      return;
    }
    try {
      await saveScreening({ date: isoDay(), answers });
      await client.invalidateQueries({ queryKey: keys.local });
      await navigate('/screening/result');
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <>
      <PageTitle title="Screening">{screen.title}</PageTitle>
      <p className="muted">
        Screen {index + 1} of {screens.length}. {screen.intro}
      </p>
      {screen.questions.map((q) => (
        <YesNo
          key={q.id}
          question={q.question}
          value={answers[q.id]}
          onChange={(v) => {
            setAnswers({ ...answers, [q.id]: v });
          }}
        />
      ))}
      <FormError message={error} />
      <div className="actions">
        {index > 0 && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setIndex(index - 1);
            }}
          >
            Back
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            void next();
          }}
        >
          {last ? 'See the result' : 'Next'}
        </button>
      </div>
    </>
  );
}
