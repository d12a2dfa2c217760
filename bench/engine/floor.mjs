// The floor for the engine benchmark: what any NDJSON filter in Node pays for one case per line.
// Reads lines from standard input, JSON.parse and JSON.stringify each, writes them to standard output,
// in the same way the engine's `evaluate --ndjson` reads and writes (readline, 64 lines per write).
import { createInterface } from 'node:readline';

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
for await (const line of rl) {
  if (line.trim() === '') continue;
  out.push(`${JSON.stringify(JSON.parse(line))}\n`);
  if (out.length >= 64) {
    process.stdout.write(out.join(''));
    out.length = 0;
  }
}
if (out.length > 0) process.stdout.write(out.join(''));
