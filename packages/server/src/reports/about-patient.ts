/**
 * The engine's reasons are written to the patient ("so you move up"); a report for a referring clinician
 * speaks about them: "so the patient moves up". Verbs after "you" take the third person; "your" becomes
 * "their"; any other "you" becomes "the patient".
 */
const IRREGULAR: Record<string, string> = {
  are: 'is',
  were: 'was',
  have: 'has',
  "'re": ' is',
  "'ve": ' has',
  "'ll": ' will',
  do: 'does',
  go: 'goes',
};

/** Verbs the engine's texts put after "you", in their plain form. */
const VERBS = new Set([
  'answer',
  'build',
  'come',
  'continue',
  'feel',
  'get',
  'hold',
  'keep',
  'move',
  'need',
  'notice',
  'reach',
  'report',
  'rest',
  'resume',
  'return',
  'run',
  'see',
  'sit',
  'start',
  'stay',
  'stop',
  'stretch',
  'take',
  'train',
  'try',
  'use',
  'walk',
]);

function thirdPerson(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular !== undefined) return irregular;
  if (!VERBS.has(lower)) return verb;
  if (/(s|sh|ch|x|z)$/.test(lower)) return `${verb}es`;
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

export function aboutPatient(text: string): string {
  return text
    .replace(/\b(Y|y)ou('re|'ve|'ll|\s+\w+)/g, (_all, y: string, rest: string) => {
      const subject = y === 'Y' ? 'The patient' : 'the patient';
      if (rest.startsWith("'")) return `${subject}${thirdPerson(rest)}`;
      const word = rest.trim();
      const verb = thirdPerson(word);
      // "moves you up": "you" is the object, the next word is not a verb of "you"
      return `${subject} ${verb}`;
    })
    .replace(/\b(Y|y)ourself\b/g, (_all, y: string) => (y === 'Y' ? 'Themselves' : 'themselves'))
    .replace(/\b(Y|y)our\b/g, (_all, y: string) => (y === 'Y' ? 'Their' : 'their'))
    .replace(/\b(Y|y)ou\b/g, (_all, y: string) => (y === 'Y' ? 'The patient' : 'the patient'));
}
