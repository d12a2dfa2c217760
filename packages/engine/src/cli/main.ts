import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { evaluate } from '../engine/evaluate.js';
import { formatProblem } from '../validate/validate-case.js';

const USAGE = `Usage:
  hamstring-rehab evaluate CASE.json     decide one case (use - to read standard input)
  hamstring-rehab evaluate --ndjson      one case per line on standard input, one decision per line out

Exit codes: 0 decided, 2 bad input (one line per problem on standard error), 64 bad usage.`;

function parse(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return {
      ok: false,
      message: `(case): not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

function evaluateOne(text: string, write: (s: string) => void, fail: (s: string) => void): number {
  const parsed = parse(text);
  if (!parsed.ok) {
    fail(parsed.message);
    return 2;
  }
  const result = evaluate(parsed.value);
  if (!result.ok) {
    for (const p of result.problems) fail(formatProblem(p));
    return 2;
  }
  write(`${JSON.stringify(result.decision, null, 2)}\n`);
  return 0;
}

/** `--ndjson`: a bad line answers `{"error": ...}` on its own output line, and the run goes on. */
async function evaluateStream(): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  let bad = 0;
  const flush = (): void => {
    if (out.length > 0) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const parsed = parse(line);
    const result = parsed.ok
      ? evaluate(parsed.value)
      : {
          ok: false as const,
          problems: [{ path: '(case)', message: parsed.message.replace(/^\(case\): /, '') }],
        };
    if (result.ok) out.push(`${JSON.stringify(result.decision)}\n`);
    else {
      bad++;
      out.push(
        `${JSON.stringify({ error: result.problems.map(formatProblem).join('; '), problems: result.problems })}\n`,
      );
    }
    if (out.length >= 64) flush();
  }
  flush();
  if (bad > 0) process.stderr.write(`${bad} line(s) refused\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'evaluate') {
    process.stderr.write(`${USAGE}\n`);
    return command === undefined || command === '--help' || command === '-h' ? (command ? 0 : 64) : 64;
  }
  if (rest.includes('--ndjson')) return evaluateStream();
  const [file, ...extra] = rest;
  if (file === undefined || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    process.stderr.write(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 66;
  }
  return evaluateOne(
    text,
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(`${s}\n`),
  );
}
