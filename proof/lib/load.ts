import { randomUUID } from 'node:crypto';
import { call, newPatient, type Patient } from './client.js';

export interface LoadOptions {
  patients: number;
  seconds: number;
}

export interface OpStats {
  count: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

export interface LoadResult {
  patients: number;
  seconds: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  ops: Record<'morning-check' | 'session' | 'decision', OpStats>;
  firstErrors: string[];
}

const quantile = (sorted: number[], q: number): number =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);

function stats(samples: number[], errors: number): OpStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    count: samples.length,
    errors,
    p50: round(quantile(sorted, 0.5)),
    p99: round(quantile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

/** Signs up patients a few at a time (password hashing is deliberately slow). */
async function signUpAll(base: string, n: number): Promise<Patient[]> {
  const out: Patient[] = [];
  for (let i = 0; i < n; i += 8) {
    const group = await Promise.all(
      Array.from({ length: Math.min(8, n - i) }, (_, k) => newPatient(base, `load${i + k}`)),
    );
    out.push(...group);
  }
  return out;
}

/**
 * Simulated patients, all at once, each day: a morning check, a session, then reading their decision.
 * Every answer must be 2xx; latencies are kept per operation.
 */
export async function runLoad(base: string, o: LoadOptions): Promise<LoadResult> {
  const patients = await signUpAll(base, o.patients);
  const samples = { 'morning-check': [] as number[], session: [] as number[], decision: [] as number[] };
  const errors = { 'morning-check': 0, session: 0, decision: 0 };
  const firstErrors: string[] = [];
  const deadline = performance.now() + o.seconds * 1000;
  const timed = async (op: keyof typeof samples, run: () => Promise<{ status: number; body: unknown }>) => {
    const t0 = performance.now();
    try {
      const r = await run();
      samples[op].push(performance.now() - t0);
      if (r.status >= 300) {
        errors[op]++;
        if (firstErrors.length < 5)
          firstErrors.push(`${op}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      }
    } catch (error) {
      errors[op]++;
      if (firstErrors.length < 5) firstErrors.push(`${op}: ${String(error)}`);
    }
  };
  const started = performance.now();
  await Promise.all(
    patients.map(async (p, i) => {
      for (let day = 0; performance.now() < deadline; day++) {
        const date = new Date(Date.UTC(2026, 0, 6 + day)).toISOString().slice(0, 10);
        const events = `/api/v1/patients/${p.patientId}/events`;
        await timed('morning-check', () =>
          call(
            base,
            'POST',
            events,
            { id: randomUUID(), type: 'morning-check', date, score: (day + i) % 3 },
            p.cookie,
          ),
        );
        await timed('session', () =>
          call(
            base,
            'POST',
            events,
            { id: randomUUID(), type: 'session', date, painDuring: (day * 3 + i) % 4 },
            p.cookie,
          ),
        );
        await timed('decision', () =>
          call(base, 'GET', `/api/v1/patients/${p.patientId}/decision?asOf=${date}`, undefined, p.cookie),
        );
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const requests = samples['morning-check'].length + samples.session.length + samples.decision.length;
  return {
    patients: o.patients,
    seconds: Math.round(elapsed * 10) / 10,
    requests,
    errors: errors['morning-check'] + errors.session + errors.decision,
    requestsPerSecond: Math.round(requests / elapsed),
    ops: {
      'morning-check': stats(samples['morning-check'], errors['morning-check']),
      session: stats(samples.session, errors.session),
      decision: stats(samples.decision, errors.decision),
    },
    firstErrors,
  };
}
