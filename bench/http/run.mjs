// HTTP benchmark: `npm run bench:http` from the project root (build first: npm run build).
//
// Starts the built server on a fresh SQLite database (loopback only), seeds one patient with a year of
// history, then measures with autocannon:
//   1. appending one event (a fresh UUID each) and reading today's decision, as fast as answers come,
//      against a floor: a bare Fastify route doing the same single insert / select on the same database
//      (server and floor take turns, two rounds each, and each keeps its best round: on a shared machine
//      other work only ever slows a round down);
//   2. p99 latency of each at a fixed 200 requests per second;
//   3. the server's resident memory when idle: after start-up and seeding, and again 10 s after the load;
//   4. write then decision (issue 16): one event posted, then today's decision read (the snapshot is
//      recomputed for it), one after another, for a patient with two years of history against one with two
//      weeks, taking turns; medians and p95. Target: the two years at most 1.5 times the two weeks.
//      `BENCH_HISTORY_ONLY=1` runs this part alone.
// Targets (issue 3): at least half the floor's throughput, p99 under 20 ms at 200 requests per second,
// idle memory under 150 MB. Figures go to bench/http/out/latest.json. Takes about a minute.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { api, signUp, startNode } from '../lib/start-node.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = join(ROOT, 'packages/server/dist/server.js');
/** As `npm start -w @hamstring-rehab/server` runs it: a smaller young generation keeps idle memory low. */
const SERVER_FLAGS = ['--max-semi-space-size=8'];
const FLOOR = join(ROOT, 'bench/http/floor.mjs');
const OUT = join(ROOT, 'bench/http/out/latest.json');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const RATE_SECONDS = Number(process.env.BENCH_RATE_SECONDS ?? 6);
const CONNECTIONS = 10;
const RATE = 200;
const TARGETS = { throughputVsFloor: 0.5, p99AtRateMs: 20, idleRssMb: 150, historyRatio: 1.5 };
const HISTORY_ONLY = process.env.BENCH_HISTORY_ONLY === '1';
const PAIRS = Number(process.env.BENCH_PAIRS ?? 300);

if (!existsSync(SERVER) || !existsSync(join(ROOT, 'packages/engine/dist/index.js'))) {
  console.error('The server is not built. Run first:  npm run build');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'hamstring-rehab-bench-http-'));
const cleanup = () => {
  rmSync(dir, { recursive: true, force: true });
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 102.4) / 10;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** `days` of daily logging up to yesterday: a morning check and a session each day, with the odd amber day. */
function yearOfEvents(days = 365) {
  const events = [];
  for (let i = days; i >= 1; i--) {
    const date = day(-i);
    events.push({ id: randomUUID(), type: 'morning-check', date, score: i % 9 === 0 ? 4 : 2 });
    events.push({
      id: randomUUID(),
      type: 'session',
      date,
      painDuring: i % 11 === 0 ? 4 : 2,
      painAfter: 2,
      exercises: [{ id: 'bridge-hold', sets: 5, holdSeconds: 45 }],
    });
  }
  return events;
}

/** One autocannon run; the figures that matter, and a failure when anything but 2xx came back. */
async function measure(name, options) {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const failures = result.errors + result.timeouts + result.non2xx;
  const figures = {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures,
  };
  console.log(
    `${name.padEnd(34)} ${String(figures.requestsPerSecond).padStart(6)} req/s   p50 ${String(figures.p50Ms).padStart(4)} ms   p99 ${String(figures.p99Ms).padStart(4)} ms${failures > 0 ? `   FAILURES ${failures}` : ''}`,
  );
  if (failures > 0) throw new Error(`${name}: ${failures} requests failed`);
  return figures;
}

const appendRequest = (path, cookie, origin) => ({
  method: 'POST',
  path,
  headers: { 'content-type': 'application/json', cookie, origin },
  setupRequest: (request) => ({
    ...request,
    body: JSON.stringify({ id: randomUUID(), type: 'morning-check', date: day(0), score: 2 }),
  }),
});

// 1. The server, and patients with a year of history: one for the runs as fast as answers come, a second
//    one for the runs at 200/s (so that its history is a year's, not a year's plus the thousands of events
//    the first runs append), and one more whose event log the floor's inserts go to.
const started = await startNode([...SERVER_FLAGS, SERVER], {
  env: { DATA_DIR: dir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', AUTH_RATE_LIMIT: '1000' },
});
const { child: server, url: base } = started;
const year = yearOfEvents();

async function patientWithAYear(email, events = year) {
  const signup = await signUp(base, started, { email, password: 'a benchmark password' });
  const cookie = signup.headers.get('set-cookie').split(';')[0];
  const { patientId } = await signup.json();
  const path = `/api/v1/patients/${patientId}`;
  await api(base, 'PUT', `${path}/profile`, cookie, { birthYear: 1980, affectedSide: 'left' });
  await api(base, 'PUT', `${path}/screening`, cookie, {
    date: day(-(events.length / 2 + 1)),
    answers: {
      'pain-at-sitting-bone': true,
      'worse-when-sitting': true,
      'worse-with-stretch-or-bending': true,
      'morning-stiffness-eases': true,
    },
  });
  for (let i = 0; i < events.length; i += 400) {
    await api(base, 'POST', `${path}/events`, cookie, {
      events: events.slice(i, i + 400).map((e) => ({ ...e, id: randomUUID() })),
    });
  }
  const decision = await (await api(base, 'GET', `${path}/decision`, cookie)).json();
  return { cookie, patientId, path, decision };
}
/** Posts one event then reads today's decision, `pairs` times for each patient in turn: milliseconds per pair. */
async function writeThenDecision(patients, pairs, dated = 0) {
  const times = patients.map(() => []);
  for (let i = 0; i < pairs; i++) {
    for (const [k, p] of patients.entries()) {
      const started = performance.now();
      const posted = await api(base, 'POST', `${p.path}/events`, p.cookie, {
        id: randomUUID(),
        type: 'morning-check',
        date: day(dated),
        score: 2,
      });
      const read = await api(base, 'GET', `${p.path}/decision`, p.cookie);
      await read.arrayBuffer();
      if (posted.status !== 201 || read.status !== 200)
        throw new Error(`write then decision: ${posted.status}, ${read.status}`);
      times[k].push(performance.now() - started);
    }
  }
  const stats = (list) => {
    const sorted = [...list].sort((a, b) => a - b);
    const at = (q) =>
      Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 100) / 100;
    return { p50Ms: at(0.5), p95Ms: at(0.95), pairs: list.length };
  };
  return times.map(stats);
}

if (HISTORY_ONLY) {
  const twoYears = await patientWithAYear('bench-2y@example.org', yearOfEvents(730));
  const twoWeeks = await patientWithAYear('bench-2w@example.org', yearOfEvents(14));
  await writeThenDecision([twoYears, twoWeeks], 30); // warm-up
  const [long, short] = await writeThenDecision([twoYears, twoWeeks], PAIRS);
  const ratio = Math.round((long.p50Ms / short.p50Ms) * 100) / 100;
  // for comparison: events dated yesterday, on the checkpoint's day, make every recomputation a full replay
  const [longFull, shortFull] = await writeThenDecision([twoYears, twoWeeks], PAIRS, -1);
  console.log(`write then decision, two years (1,460 events): p50 ${long.p50Ms} ms, p95 ${long.p95Ms} ms`);
  console.log(`write then decision, two weeks (28 events):    p50 ${short.p50Ms} ms, p95 ${short.p95Ms} ms`);
  console.log(
    `the same written for yesterday (full replays): two years p50 ${longFull.p50Ms} ms, two weeks ${shortFull.p50Ms} ms`,
  );
  console.log(
    `${ratio <= TARGETS.historyRatio ? 'PASS' : 'OVER'}  two years / two weeks (p50) ${ratio}  (target <= ${TARGETS.historyRatio})`,
  );
  server.kill('SIGTERM');
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(
    join(dirname(OUT), 'history.json'),
    `${JSON.stringify({ node: process.version, cpus: cpus().length, twoYears: long, twoWeeks: short, ratio, fullReplay: { twoYears: longFull, twoWeeks: shortFull } }, null, 2)}\n`,
  );
  process.exit(0);
}

const main = await patientWithAYear('bench@example.org');
const steady = await patientWithAYear('bench-rate@example.org');
const { cookie, patientId } = main;
const patient = main.path;
const other = await (
  await signUp(base, started, { email: 'floor@example.org', password: 'a benchmark password' })
).json();
console.log(
  `seeded: ${year.length} events over a year each; today: ${main.decision.status}, stage ${main.decision.stage} level ${main.decision.level}`,
);
await sleep(1500);
const idleAfterStart = rssMb(server.pid);

// 2. As fast as answers come: the server and the floor on the same database, taking turns.
const results = { server: {}, floor: {}, atRate: {} };
const { child: floor, url: floorUrl } = await startNode(
  [FLOOR, join(dir, 'hamstring-rehab.sqlite'), other.patientId, patientId],
  { pattern: /floor running at (http:\/\/\S+)/ },
);
const best = (runs) => runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
const rounds = { server: { append: [], decision: [] }, floor: { append: [], decision: [] } };
for (let round = 1; round <= ROUNDS; round++) {
  rounds.server.append.push(
    await measure(`server: append an event (${round})`, {
      url: base,
      requests: [appendRequest(`${patient}/events`, cookie, base)],
    }),
  );
  rounds.floor.append.push(
    await measure(`floor: one insert (${round})`, {
      url: floorUrl,
      requests: [appendRequest('/floor/events', '', floorUrl)],
    }),
  );
}
await sleep(500);
for (let round = 1; round <= ROUNDS; round++) {
  rounds.server.decision.push(
    await measure(`server: read the decision (${round})`, {
      url: `${base}${patient}/decision`,
      headers: { cookie },
    }),
  );
  rounds.floor.decision.push(
    await measure(`floor: one select (${round})`, { url: `${floorUrl}/floor/decision` }),
  );
}
for (const side of ['server', 'floor']) {
  for (const kind of ['append', 'decision'])
    results[side][kind] = { ...best(rounds[side][kind]), rounds: rounds[side][kind] };
}

// 3. At a fixed 200 requests per second: the server, and the floor for comparison.
const atRate = { overallRate: RATE, duration: RATE_SECONDS };
results.floorAtRate = {
  append: await measure(`floor at ${RATE}/s: one insert`, {
    url: floorUrl,
    requests: [appendRequest('/floor/events', '', floorUrl)],
    ...atRate,
  }),
  decision: await measure(`floor at ${RATE}/s: one select`, { url: `${floorUrl}/floor/decision`, ...atRate }),
};
floor.kill('SIGKILL');
await sleep(500);
results.atRate.append = await measure(`server at ${RATE}/s: append an event`, {
  url: base,
  requests: [appendRequest(`${steady.path}/events`, steady.cookie, base)],
  ...atRate,
});
await sleep(500);
results.atRate.decision = await measure(`server at ${RATE}/s: read the decision`, {
  url: `${base}${steady.path}/decision`,
  headers: { cookie: steady.cookie },
  ...atRate,
});
await sleep(10_000);
const idleAfterLoad = rssMb(server.pid);

// 4. Write then decision: two years of history against two weeks, taking turns.
{
  const twoYears = await patientWithAYear('bench-2y@example.org', yearOfEvents(730));
  const twoWeeks = await patientWithAYear('bench-2w@example.org', yearOfEvents(14));
  await writeThenDecision([twoYears, twoWeeks], 30);
  const [long, short] = await writeThenDecision([twoYears, twoWeeks], PAIRS);
  results.writeThenDecision = {
    twoYears: long,
    twoWeeks: short,
    ratio: Math.round((long.p50Ms / short.p50Ms) * 100) / 100,
  };
  console.log(`write then decision p50: two years ${long.p50Ms} ms, two weeks ${short.p50Ms} ms`);
}
server.kill('SIGTERM');

// 4. Verdicts.
const ratio = (kind) =>
  Math.round((results.server[kind].requestsPerSecond / results.floor[kind].requestsPerSecond) * 100) / 100;
const verdict = (ok) => (ok ? 'PASS' : 'OVER');
const checks = [
  [
    'append throughput vs floor',
    ratio('append'),
    `>= ${TARGETS.throughputVsFloor}`,
    ratio('append') >= TARGETS.throughputVsFloor,
  ],
  [
    'decision throughput vs floor',
    ratio('decision'),
    `>= ${TARGETS.throughputVsFloor}`,
    ratio('decision') >= TARGETS.throughputVsFloor,
  ],
  [
    `append p99 at ${RATE}/s (ms)`,
    results.atRate.append.p99Ms,
    `< ${TARGETS.p99AtRateMs}`,
    results.atRate.append.p99Ms < TARGETS.p99AtRateMs,
  ],
  [
    `decision p99 at ${RATE}/s (ms)`,
    results.atRate.decision.p99Ms,
    `< ${TARGETS.p99AtRateMs}`,
    results.atRate.decision.p99Ms < TARGETS.p99AtRateMs,
  ],
  [
    'idle memory after start (MB)',
    idleAfterStart,
    `< ${TARGETS.idleRssMb}`,
    idleAfterStart < TARGETS.idleRssMb,
  ],
  ['idle memory after load (MB)', idleAfterLoad, `< ${TARGETS.idleRssMb}`, idleAfterLoad < TARGETS.idleRssMb],
  [
    'write+decision 2 years / 2 weeks',
    results.writeThenDecision.ratio,
    `<= ${TARGETS.historyRatio}`,
    results.writeThenDecision.ratio <= TARGETS.historyRatio,
  ],
];
console.log('');
for (const [name, value, target, ok] of checks)
  console.log(`${verdict(ok)}  ${name.padEnd(32)} ${String(value).padStart(7)}  (target ${target})`);

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      node: process.version,
      cpus: cpus().length,
      sqliteSynchronous: process.env.SQLITE_SYNCHRONOUS === 'normal' ? 'normal' : 'full',
      serverFlags: SERVER_FLAGS,
      seeded: { events: year.length, days: 365 },
      connections: CONNECTIONS,
      seconds: SECONDS,
      ...results,
      memory: { idleAfterStartMb: idleAfterStart, idleAfterLoadMb: idleAfterLoad },
      checks: checks.map(([name, value, target, ok]) => ({ name, value, target, verdict: verdict(ok) })),
    },
    null,
    2,
  )}\n`,
);
console.log(`\nfigures: ${OUT.replace(`${ROOT}/`, '')}`);
process.exit(0);
