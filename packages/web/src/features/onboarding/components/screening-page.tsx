import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmergencyAdvice } from '../../../components/emergency-advice';
import { FormError } from '../../../components/form-error';
import { PageTitle } from '../../../components/page-title';
import { YesNo } from '../../../components/yes-no';
import { errorText } from '../../../lib/api';
import { isoDay } from '../../../lib/dates';
import { keys, useLocalData } from '../../../lib/hooks';
import { saveScreening } from '../../../lib/patient-store';
import { redFlagAction, redFlagLevel, type RedFlagLevel } from '../../../lib/screening-wording';
import { useSubmitOnce } from '../../../lib/use-submit-once';
import { screeningScreens } from '../api/screening-screens';

/**
 * The intake screening, answered once (docs/decisions/209). A screening already recorded is not asked
 * again: later changes are symptom reports.
 */
export function ScreeningPage() {
  const data = useLocalData();
  if (data === undefined) return <p role="status">Loading…</p>;
  return <ScreeningGate recordedAtOpen={data.screening !== undefined} />;
}

/** Whether a screening existed when the page opened: answers saved while it is open do not count. */
function ScreeningGate({ recordedAtOpen }: { recordedAtOpen: boolean }) {
  const [recorded] = useState(recordedAtOpen);
  return recorded ? <AlreadyRecorded /> : <ScreeningForm />;
}

function AlreadyRecorded() {
  return (
    <>
      <PageTitle>Screening already done</PageTitle>
      <p className="lead" data-testid="screening-recorded">
        You answered the screening when you started. It is answered once: its warning signs stay on your
        record until a clinician clears them.
      </p>
      <p>If something is new or worse since then, report it: your plan takes it into account at once.</p>
      <div className="actions">
        <Link className="button" to="/symptoms">
          Report a new symptom
        </Link>
        <Link className="button secondary" to="/today">
          Back to today
        </Link>
      </div>
    </>
  );
}

/** Yes/no questions a few per screen; a yes to a warning sign is saved and acted on at once. */
function ScreeningForm() {
  const screens = useMemo(screeningScreens, []);
  const [date] = useState(isoDay);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [flag, setFlag] = useState<{ level: RedFlagLevel; saved?: string }>();
  const once = useSubmitOnce();
  const navigate = useNavigate();
  const client = useQueryClient();
  const screen = screens[index];

  // Saves go one after another, each with every yes saved before: a warning sign, once saved, stays.
  const saved = useRef<{ yes: Record<string, boolean>; chain: Promise<unknown> }>({
    yes: {},
    chain: Promise.resolve(),
  });
  const store = (all: Record<string, boolean>): Promise<void> => {
    const run = saved.current.chain.then(async () => {
      const merged = { ...all, ...saved.current.yes };
      await saveScreening({ date, answers: merged });
      saved.current.yes = Object.fromEntries(Object.entries(merged).filter(([, v]) => v));
      await client.invalidateQueries({ queryKey: keys.local });
    });
    saved.current.chain = run.catch(() => undefined);
    return run;
  };

  const answer = (id: string, value: boolean) => {
    const all = { ...answers, [id]: value };
    setAnswers(all);
    const level = value ? redFlagLevel(id) : undefined;
    if (level === undefined) return;
    // A warning sign: its advice shows now and the answer is saved now, whatever happens next.
    setFlag((f) => (f === undefined || level === 'emergency' ? { level } : f));
    const yes = Object.fromEntries(Object.entries(all).filter(([, v]) => v));
    store(yes).then(
      () => {
        setFlag((f) => f && { ...f, saved: 'Your answer is saved.' });
      },
      (err: unknown) => {
        setFlag((f) => f && { ...f, saved: `Your answer could not be saved yet: ${errorText(err)}` });
      },
    );
  };

  if (flag?.level === 'emergency')
    return <EmergencyAdvice saveStatus={flag.saved ?? 'Saving your answer…'} />;
  if (screen === undefined) return null;
  const complete = screen.questions.every((q) => answers[q.id] !== undefined);
  const last = index === screens.length - 1;

  const next = async () => {
    if (!complete) {
      once.setError('Please answer each question on this screen.');
      return;
    }
    once.setError(undefined);
    if (!last) {
      setIndex(index + 1);
      document.getElementById('page-title')?.focus();
      return;
    }
    await once.save(async () => {
      await store(answers);
      await navigate('/screening/result');
    });
  };

  return (
    <>
      <PageTitle title="Screening">{screen.title}</PageTitle>
      <p className="muted">
        Screen {index + 1} of {screens.length}. {screen.intro}
      </p>
      {flag !== undefined && (
        <div className="alert alert-warning" role="alert" data-testid="screening-flag">
          <p className="lead">
            <strong>{redFlagAction(flag.level)}</strong>
          </p>
          <p>
            Please answer the remaining questions so a clinician sees the whole picture. The program will not
            start until a clinician has checked you.
          </p>
          {flag.saved !== undefined && <p>{flag.saved}</p>}
        </div>
      )}
      {screen.questions.map((q) => (
        <YesNo
          key={q.id}
          question={q.question}
          value={answers[q.id]}
          onChange={(v) => {
            answer(q.id, v);
          }}
        />
      ))}
      <FormError message={once.error} />
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
          disabled={once.busy}
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
