import { useState } from 'react';
import { errorText } from '../lib/api';
import { useLogOnce } from '../lib/hooks';
import { usePlan } from '../lib/use-plan';
import { laterQuestion, redFlagLevel, type AnswerId } from '../lib/screening-wording';
import { EmergencyAdvice } from './emergency-advice';
import { FormTail } from './form-tail';
import { PageTitle } from './page-title';
import { SymptomsOutcome } from './symptoms-outcome';
import { YesNo } from './yes-no';

interface Props {
  /** The questions asked, worded "new or worse since …". */
  ids: readonly AnswerId[];
  /** The form's heading id and text. */
  headingId: string;
  heading: string;
  intro: string;
  /** True when the form is the page (its emergency screen then takes the page's heading). */
  asPage?: boolean;
}

/**
 * A symptoms report (PROTOCOL.md section 2): each answer means "new or worse since the screening or the
 * last report". Saved as a `symptoms` event on the device (so it works offline) and judged there by the
 * engine at once; an emergency answer shows the emergency screen the moment it is given, already saved.
 */
export function SymptomsForm({ ids, headingId, heading, intro, asPage = false }: Props) {
  const { data, today } = usePlan();
  const [answers, setAnswers] = useState<Partial<Record<AnswerId, boolean>>>({});
  const [done, setDone] = useState<'saved' | 'emergency'>();
  const [saveStatus, setSaveStatus] = useState<string>();
  const log = useLogOnce();
  if (data === undefined) return null;

  const reports = data.events.filter((e) => e.type === 'symptoms').map((e) => e.date);
  const last = reports.length > 0 ? reports.reduce((a, b) => (a > b ? a : b)) : undefined;
  const since = last ?? data.screening?.date ?? today;

  const eventsOf = (all: Partial<Record<AnswerId, boolean>>) => {
    const given: Record<string, boolean> = {};
    for (const [id, v] of Object.entries(all)) if (v !== undefined) given[id] = v;
    return [{ type: 'symptoms' as const, date: today, answers: given }];
  };

  const answer = (id: AnswerId, value: boolean) => {
    const all = { ...answers, [id]: value };
    setAnswers(all);
    if (!value || redFlagLevel(id) !== 'emergency') return;
    setDone('emergency');
    // The emergency screen shows at once and says there whether the answer is saved: a failure rejects.
    log.logOrThrow(eventsOf(all)).then(
      (saved) => {
        if (saved) setSaveStatus('Your answer is saved.');
      },
      (err: unknown) => {
        setSaveStatus(`Your answer could not be saved yet: ${errorText(err)}`);
      },
    );
  };

  if (done === 'emergency') return <EmergencyAdvice asPage={asPage} saveStatus={saveStatus ?? 'Saving…'} />;
  if (done === 'saved') return <SymptomsOutcome asPage={asPage} />;

  const submit = async () => {
    if (ids.some((id) => answers[id] === undefined)) {
      log.setError('Please answer each question: "No" when it is not new and not worse.');
      return;
    }
    if (await log.save(eventsOf(answers))) setDone('saved');
  };

  return (
    <section
      className={asPage ? 'symptoms-form' : 'card symptoms-form'}
      aria-labelledby={headingId}
      data-testid="symptoms-form"
    >
      {asPage ? <PageTitle>{heading}</PageTitle> : <h2 id={headingId}>{heading}</h2>}
      <p>{intro}</p>
      {ids.map((id) => (
        <YesNo
          key={id}
          question={laterQuestion(id, since, last === undefined ? 'screening' : 'report')}
          value={answers[id]}
          onChange={(v) => {
            answer(id, v);
          }}
        />
      ))}
      <FormTail
        form={log}
        onSave={() => {
          void submit();
        }}
      >
        Save report
      </FormTail>
    </section>
  );
}
