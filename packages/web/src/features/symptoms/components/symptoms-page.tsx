import { SymptomsForm } from '../../../components/symptoms-form';
import { usePlan } from '../../../lib/use-plan';
import { LATER_IDS } from '../../../lib/screening-wording';
import { SetupRedirect } from '../../../lib/setup-redirect';

/** "Report a new symptom": warning signs and nerve or back signs that are new or worse since last time. */
export function SymptomsPage() {
  const { data, decision } = usePlan();
  if (data === undefined) return <p role="status">Loading…</p>;
  if (decision === undefined) return <SetupRedirect data={data} />;
  return (
    <>
      <SymptomsForm
        asPage
        ids={LATER_IDS}
        headingId="page-title"
        heading="Report a new symptom"
        intro="Answer yes only for something new, or worse than before. Something you already told us about and that has not changed is a no. The app checks your answers at once, even offline."
      />
    </>
  );
}
