// Engine benchmark: `npm run bench:engine` from the project root (build the engine first).
//
// 1. Throughput: 1,000 one-year cases (about 900 events each) of each protocol (pht-v1, pht-v2) through
//    `hamstring-rehab evaluate --ndjson` against a floor (floor.mjs: parse each line and write one short
//    line, the physical minimum of an NDJSON filter); target pht-v2 engine/floor <= 3.
// 2. Linearity (each protocol): 200 two-year cases against 200 one-year cases, in ms per case (about 2 when the cost is
//    linear in events), CPU time in this process after 300 warm-up cases.
// Cases are generated deterministically (seeded PRNG). Figures go to bench/engine/out/latest.json.
// BENCH_KEEP=1 keeps the generated NDJSON files (for profiling) and prints where they are.
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'packages/engine/bin/hamstring-rehab.js');
const BUILT = join(ROOT, 'packages/engine/dist/cli/main.js');
const FLOOR = join(ROOT, 'bench/engine/floor.mjs');
const OUT = join(ROOT, 'bench/engine/out/latest.json');
const TARGET = 3;
const REPEATS = 3;
const LINEAR_REPEATS = 5;
const WARMUP = 300;
const DAY_MS = 86_400_000;

if (!existsSync(BUILT)) {
  console.error('The engine is not built. Run first:  npm run build -w @hamstring-rehab/engine');
  process.exit(1);
}
const newestSource = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .reduce((max, e) => Math.max(max, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs), 0);
if (newestSource(join(ROOT, 'packages/engine/src')) > statSync(BUILT).mtimeMs)
  console.warn(
    'warning: packages/engine/src is newer than dist; rebuild: npm run build -w @hamstring-rehab/engine',
  );

// ------------------------------------------------------------------------------------------------
// Deterministic case generation.

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TYPICAL = {
  'pain-at-sitting-bone': true,
  'worse-when-sitting': true,
  'worse-with-stretch-or-bending': true,
  'morning-stiffness-eases': true,
};
const TESTS = [
  'single-leg-bridge',
  'platform-bridge',
  'arabesque',
  'hop-test',
  'puranen-orava',
  'bent-knee-stretch',
];

/**
 * One patient's `days` of rehab: a morning check every day, a session on 80% of days, runs on half the
 * days for runners, load tests about twice a week, a sitting tolerance weekly, a function check every
 * 4 weeks. Pain is mostly 0-4, drifting down over the course, with a flare (4-8) on about 2% of days.
 */
function makeCase(rng, days, runner, protocol) {
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const start = Date.UTC(2024, 0, 1) / DAY_MS + int(0, 365);
  const iso = (n) => new Date((start + n) * DAY_MS).toISOString().slice(0, 10);
  const events = [];
  const side = rng() < 0.5 ? 'left' : 'right';
  let flare = 0;
  for (let d = 0; d < days; d++) {
    if (flare === 0 && rng() < 0.02) flare = int(2, 4);
    const base = 2.5 - (2 * d) / days;
    const pain = () =>
      flare > 0 ? int(4, 8) : Math.max(0, Math.min(10, Math.round(base + (rng() + rng() - 1) * 2)));
    const date = iso(d);
    events.push({ type: 'morning-check', date, score: pain() });
    if (rng() < 0.8) {
      const session = { type: 'session', date, painDuring: pain() };
      if (rng() < 0.5) session.painAfter = pain();
      events.push(session);
    }
    if (runner && rng() < 0.5)
      events.push({
        type: 'run',
        date,
        minutes: int(10, 40),
        kind: rng() < 0.8 ? 'easy' : 'tempo',
        painDuring: pain(),
      });
    if (rng() < 0.25) {
      const test = { type: 'load-test', date, test: TESTS[int(0, TESTS.length - 1)], pain: pain() };
      if (protocol === 'pht-v2') test.side = rng() < 0.8 ? side : 'right';
      events.push(test);
    }
    if (d % 7 === 3) events.push({ type: 'sitting', date, minutes: int(20, 90) });
    if (d % 28 === 0)
      events.push({ type: 'function-check', date, score: Math.min(100, 40 + int(0, 10) + d / 8) });
    if (flare > 0) flare--;
  }
  return {
    protocol,
    asOf: iso(days - 1),
    patient: { birthYear: int(1960, 2002), affectedSide: side, runner },
    screening: { date: iso(0), answers: TYPICAL },
    events,
  };
}

/** `count` cases of `days` days as NDJSON lines, half of them runners, and their mean number of events. */
function generate(seed, count, days, protocol) {
  const rng = prng(seed);
  const lines = [];
  let events = 0;
  for (let i = 0; i < count; i++) {
    const c = makeCase(rng, days, i % 2 === 0, protocol);
    events += c.events.length;
    lines.push(JSON.stringify(c));
  }
  return { lines, count, days, eventsPerCase: Math.round(events / count) };
}

/** Writes NDJSON lines to `dir/name` and returns the file's path. */
function writeLines(dir, name, lines) {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

// ------------------------------------------------------------------------------------------------
// Timing.

/** Runs `node script args < file > /dev/null` and resolves its wall time in ms; fails on any error output. */
function timeOnce(script, args, file) {
  return new Promise((resolve, reject) => {
    const fd = openSync(file, 'r');
    const t0 = performance.now();
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: [fd, 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      closeSync(fd);
      if (code !== 0 || stderr !== '') reject(new Error(`${script} exited ${code}: ${stderr.trim()}`));
      else resolve(ms);
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Times each job `repeats` times, interleaved (so that a burst of background load hits them alike). */
async function timeMedians(jobs, repeats) {
  const runs = jobs.map(() => []);
  for (let r = 0; r < repeats; r++)
    for (const [i, [script, args, file]] of jobs.entries()) runs[i].push(await timeOnce(script, args, file));
  return runs.map((ms) => ({ medianMs: Math.round(median(ms)), runsMs: ms.map(Math.round) }));
}

/** Checks that the command decides every one of these cases (none refused) before timing. */
function checkDecides(cases) {
  const r = spawnSync(process.execPath, [CLI, 'evaluate', '--ndjson'], {
    cwd: ROOT,
    input: `${cases.join('\n')}\n`,
    encoding: 'utf8',
  });
  const decisions = r.stdout.trim().split('\n');
  const bad = decisions.filter((l) => !('status' in JSON.parse(l)));
  if (r.status !== 0 || bad.length > 0 || decisions.length !== cases.length)
    throw new Error(`the engine refused generated cases: ${bad[0] ?? r.stderr}`);
}

const fmt = (n, digits = 1) => n.toFixed(digits);

// ------------------------------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'hamstring-bench-'));
const PROTOCOLS = ['pht-v1', 'pht-v2'];
try {
  const t0 = performance.now();
  const sets = PROTOCOLS.map((protocol) => {
    const year = generate(1, 1000, 365, protocol);
    return {
      protocol,
      year,
      one: generate(2, 200, 365, protocol),
      two: generate(3, 200, 730, protocol),
      file: writeLines(dir, `year-1000-${protocol}.ndjson`, year.lines),
    };
  });
  const warm = generate(4, WARMUP, 365, 'pht-v2');
  const megabytes = statSync(sets[0].file).size / 1e6;
  const genSeconds = (performance.now() - t0) / 1000;
  for (const set of sets) {
    checkDecides(set.year.lines.slice(0, 20));
    checkDecides(set.two.lines.slice(0, 5));
  }

  console.log(`engine benchmark: node ${process.version}, ${cpus().length} cpus`);
  console.log(
    `generated ${sets[0].year.count} one-year cases per protocol, ${sets[0].year.eventsPerCase} events each on average (${fmt(megabytes)} MB), in ${fmt(genSeconds)} s`,
  );

  const EVALUATE = ['evaluate', '--ndjson'];
  const timed = await timeMedians(
    sets.flatMap((set) => [
      [CLI, EVALUATE, set.file],
      [FLOOR, [], set.file],
    ]),
    REPEATS,
  );
  const runs = (t) => t.runsMs.map((ms) => fmt(ms / 1000, 2)).join(', ');
  const throughput = {};
  for (const [i, set] of sets.entries()) {
    const engine = timed[2 * i];
    const floor = timed[2 * i + 1];
    const perSec = (t) => Math.round(set.year.count / (t.medianMs / 1000));
    const ratio = engine.medianMs / floor.medianMs;
    const verdict = ratio <= TARGET ? 'PASS' : 'OVER';
    console.log(`${set.protocol} engine  ${perSec(engine)} cases/s  (median of ${runs(engine)} s)`);
    console.log(`${set.protocol} floor   ${perSec(floor)} cases/s  (median of ${runs(floor)} s)`);
    console.log(`${set.protocol} ratio engine/floor ${fmt(ratio, 2)} (target <= ${TARGET}): ${verdict}`);
    throughput[set.protocol] = {
      cases: set.year.count,
      eventsPerCase: set.year.eventsPerCase,
      engine: { ...engine, casesPerSecond: perSec(engine) },
      floor: { ...floor, casesPerSecond: perSec(floor) },
      ratio: Number(fmt(ratio, 3)),
      target: TARGET,
      verdict,
    };
  }

  // Linearity is measured in this process, on the same work the command does per line (parse, evaluate,
  // stringify), in CPU time after WARMUP cases: a fresh process spends several hundred cases warming
  // up its JIT, and wall times of short runs on a shared machine are too noisy to compare.
  const { evaluate } = await import('@hamstring-rehab/engine');
  const cpuMs = (lines) => {
    const start = process.cpuUsage();
    for (const line of lines) {
      const result = evaluate(JSON.parse(line));
      if (result.ok === false)
        throw new Error(`the engine refused a generated case: ${JSON.stringify(result.problems)}`);
      JSON.stringify(result.decision);
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  cpuMs(warm.lines);
  const linearity = {};
  for (const { protocol, one, two } of sets) {
    const oneRuns = [];
    const twoRuns = [];
    for (let r = 0; r < LINEAR_REPEATS; r++) {
      oneRuns.push(cpuMs(one.lines));
      twoRuns.push(cpuMs(two.lines));
    }
    const oneMs = median(oneRuns) / one.count;
    const twoMs = median(twoRuns) / two.count;
    const ratio = twoMs / oneMs;
    console.log(
      `${protocol} per case: one-year ${fmt(oneMs, 2)} ms (${one.eventsPerCase} events), two-year ${fmt(twoMs, 2)} ms (${two.eventsPerCase} events): ratio ${fmt(ratio, 2)}`,
    );
    linearity[protocol] = {
      oneYear: {
        cases: one.count,
        eventsPerCase: one.eventsPerCase,
        runsMs: oneRuns.map(Math.round),
        msPerCase: Number(fmt(oneMs, 3)),
      },
      twoYears: {
        cases: two.count,
        eventsPerCase: two.eventsPerCase,
        runsMs: twoRuns.map(Math.round),
        msPerCase: Number(fmt(twoMs, 3)),
      },
      ratio: Number(fmt(ratio, 3)),
    };
  }
  console.log(
    `  (CPU time in process after ${WARMUP} warm-up cases, medians of ${LINEAR_REPEATS}; 2 = linear in events)`,
  );

  const figures = {
    node: process.version,
    cpus: cpus().length,
    floor: 'parse each line, write one short line',
    megabytes: Number(fmt(megabytes, 2)),
    throughput,
    linearity: {
      method: `in-process CPU time per case (parse, evaluate, stringify) after ${WARMUP} warm-up cases, median of ${LINEAR_REPEATS}`,
      ...linearity,
    },
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`figures: ${OUT.slice(ROOT.length + 1)}`);
} finally {
  if (process.env.BENCH_KEEP) console.log(`cases kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
