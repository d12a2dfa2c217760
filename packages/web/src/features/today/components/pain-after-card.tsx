import { useState } from 'react';
import { PainScale } from '../../../components/pain-scale';
import { useLogOnce } from '../../../lib/hooks';
import { FormTail } from '../../../components/form-tail';

interface Props {
  today: string;
  ceiling: number;
  /** The highest pain during today's sessions: repeated, as the engine judges a day's sessions as one. */
  painDuring: number;
}

/** The evening question: how is the pain now, after today's session? */
export function PainAfterCard({ today, ceiling, painDuring }: Props) {
  const [pain, setPain] = useState<number>();
  const log = useLogOnce();
  const evening = new Date().getHours() >= 17;

  const save = async () => {
    if (pain === undefined) {
      log.setError('Choose how much it hurts now.');
      return;
    }
    if (!(await log.save([{ type: 'session', date: today, painDuring, painAfter: pain }]))) return;
  };

  return (
    <section className="card" aria-labelledby="pain-after">
      <h2 id="pain-after">{evening ? 'This evening: how is it now?' : 'Later today: how is it after?'}</h2>
      <p>
        Session saved. {evening ? '' : 'Come back this evening and '}rate the pain at the sitting bone now.
      </p>
      <PainScale legend="Pain now, after today’s session" value={pain} onChange={setPain} ceiling={ceiling} />
      <FormTail
        form={log}
        onSave={() => {
          void save();
        }}
      >
        Save pain after
      </FormTail>
    </section>
  );
}
