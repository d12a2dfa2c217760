import type { AdviceItem } from '../types.js';
import { advice as v1 } from '../pht-v1/advice.js';

const REPLACED: Record<string, AdviceItem> = {
  'flare-rest': {
    id: 'flare-rest',
    title: 'Rest after a flare',
    text: 'Your pain went above your pain ceiling, which means the last step was too much for now. For a day or two do only the gentle holds below, and keep up gentle everyday activity such as walking. Then carry on with the plan shown each day.',
  },
  'seek-clinician': {
    id: 'seek-clinician',
    title: 'See a physiotherapist or doctor',
    text: 'Your answers or your recent pain need a clinician to look at them. See a physiotherapist or doctor soon and show them this record; until then follow only the plan shown here. If your pain started suddenly with a pop, or bruising appeared on the back of the thigh, arrange to be seen within the next few days.',
  },
};

/** The advice of pht-v2 (PROTOCOL.md section 8): pht-v1's words, two reworded, one added. */
export const advice: AdviceItem[] = [
  ...v1.map((a) => REPLACED[a.id] ?? a),
  {
    id: 'follow-running-plan',
    title: 'Keep to your running plan',
    text: 'A recent run went beyond your running level: a kind of run not yet allowed, too long, too many runs in the week, or runs on consecutive days. Runs like that do not count towards moving up. Keep to the session, the kinds and the number of runs your plan shows.',
  },
];
