// The floor for the engine benchmark: the physical minimum of any NDJSON filter in Node, one case per
// line. Reads lines from standard input, parses each (JSON.parse), and writes one short line per case
// (its asOf), in the same way the engine's `evaluate --ndjson` reads and writes (readline, 64 lines per
// write). It does not re-serialize the case: a decision line is short, like this one.
import { createInterface } from 'node:readline';

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
for await (const line of rl) {
  if (line.trim() === '') continue;
  const c = JSON.parse(line);
  out.push(`{"asOf":${JSON.stringify(c.asOf)}}\n`);
  if (out.length >= 64) {
    process.stdout.write(out.join(''));
    out.length = 0;
  }
}
if (out.length > 0) process.stdout.write(out.join(''));
