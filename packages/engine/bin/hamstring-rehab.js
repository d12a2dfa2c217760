#!/usr/bin/env node
// The engine's command line. Runs the compiled engine (dist/), built by `npm install` at the project root.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'hamstring-rehab: the engine is not built; run `npm install` (or `npm run build`) at the project root\n',
  );
  process.exit(70);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
