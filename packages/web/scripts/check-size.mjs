// Prints the initial JavaScript of the built app, gzipped: the entry chunk and every chunk it imports
// statically (from dist/.vite/manifest.json). Fails the build above the budget. `initialJs` is also what
// the web benchmark (bench/web/run.mjs) reports.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const BUDGET_KB = 120;
export const DIST = path.resolve(import.meta.dirname, '../dist');

/** The initial chunks of the build in `dist`, each with its gzipped size, and their total in KB. */
export function initialJs(dist = DIST) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  // the app (src/boot.tsx) is imported by the entry once the server's first paint is shown, and listed in
  // index.html to load with the page (ADR 234): it is initial JavaScript too
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry || key === 'src/boot.tsx');
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  entries.forEach(visit);

  const files = [];
  for (const key of seen) {
    const file = manifest[key].file;
    if (!file.endsWith('.js')) continue;
    files.push({ file, gzBytes: zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length });
  }
  return { files, kb: files.reduce((sum, f) => sum + f.gzBytes, 0) / 1024 };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { files, kb } = initialJs();
  for (const { file, gzBytes } of files)
    console.log(`  ${file.padEnd(40)} ${(gzBytes / 1024).toFixed(1)} KB gz`);
  console.log(`initial JS: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
  if (kb > BUDGET_KB) {
    console.error(`initial JS is over the ${BUDGET_KB} KB budget`);
    process.exit(1);
  }
}
