#!/usr/bin/env node
// `npm run bench`: runs every benchmark that this checkout has, then writes one JSON summary of their
// figures to bench/out/summary.json. Each benchmark writes its own bench/<name>/out/*.json; this script
// runs them in turn (never in parallel: they measure time on a shared machine) and gathers the files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const steps = [
  { name: 'engine', script: 'bench:engine', needs: 'bench/engine/run.mjs' },
  { name: 'http', script: 'bench:http', needs: 'bench/http/run.mjs' },
  { name: 'web', script: 'bench:web', needs: 'bench/web/run.mjs' },
  { name: 'load', script: 'bench:load', needs: 'proof/load.test.ts' },
  { name: 'storage', script: 'bench:storage', needs: 'bench/storage/run.mjs' },
];
const only = process.argv.slice(2);

const summary = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  results: {},
};
let failed = 0;
for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  if (!existsSync(join(root, step.needs))) {
    summary.results[step.name] = { skipped: `${step.needs} is not in this checkout` };
    continue;
  }
  console.log(`\n== ${step.name}: npm run ${step.script}`);
  const started = Date.now();
  const r = spawnSync('npm', ['run', '--silent', step.script], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const outDir = join(root, 'bench', step.name, 'out');
  const figures = {};
  if (existsSync(outDir)) {
    for (const f of readdirSync(outDir).filter((x) => x.endsWith('.json'))) {
      figures[f.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(outDir, f), 'utf8'));
    }
  }
  summary.results[step.name] = { exitCode: r.status, seconds, figures };
  if (r.status !== 0) failed++;
}
mkdirSync(join(root, 'bench', 'out'), { recursive: true });
writeFileSync(join(root, 'bench', 'out', 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(
  `\nsummary: bench/out/summary.json (${Object.keys(summary.results).join(', ')}; ${failed} failed)`,
);
process.exit(failed > 0 ? 1 : 0);
