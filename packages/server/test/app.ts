import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Store } from '../src/store/store.js';
import { openSqlite, type Dump, type OpenedStore } from './stores.js';

export const ORIGIN = 'http://localhost';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Session {
  cookie: string;
  userId: string;
  /** The patient's own record; '' for a clinician. */
  patientId: string;
  /** A clinician's clinic. */
  clinicId?: string;
}

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** Moves the app's clock. */
  setNow(iso: string): void;
  /** A request as a browser on this site would send it: with Origin, and the session cookie if given. */
  request(
    method: Method,
    url: string,
    options?: { session?: Session; body?: unknown },
  ): Promise<LightMyRequestResponse>;
  /** Signs up a new patient, confirmed through the mailed link as a person would, and returns their session. */
  signup(email?: string, password?: string): Promise<Session>;
  /**
   * Opens the last sign-up link queued for `email` (read from the outbox, and marked sent there, so a test's
   * own mail server never gets it), as the confirmation page does: the account is made and signed in. The
   * response is the confirm route's.
   */
  confirmSignup(email: string): Promise<LightMyRequestResponse>;
  /**
   * A clinician signed up through the API (in a new clinic, or by a colleague's invite code), linked to the
   * patients in the store, and signed in.
   */
  clinician(linkedPatientIds?: string[], join?: { inviteCode: string }): Promise<Session>;
  /**
   * Every stored row (sessions, the audit log and failed-sign-in counts left out), once background snapshot work has settled: to
   * prove that a request changed nothing.
   */
  dump(except?: readonly string[]): Promise<Dump>;
  close(): Promise<void>;
}

let counter = 0;

/** The app on a fresh SQLite database, with answers checked against their declared schemas. */
export async function testApp(
  env: Record<string, string> = {},
  opened?: OpenedStore,
  options: Pick<AppOptions, 'snapshots' | 'pdf' | 'logStream' | 'mailer' | 'outbox' | 'pusher'> = {},
): Promise<TestApp> {
  const config: Config = loadConfig(
    { LOG_LEVEL: 'silent', AUTH_RATE_LIMIT: '100000', EVALUATE_RATE_LIMIT: '100000', ...env },
    '/nonexistent/web/dist',
  );
  const { store, cleanup, dump, outbox } = opened ?? (await openSqlite());
  let now = new Date('2026-03-10T12:00:00.000Z');
  const app = await buildApp({
    config,
    store,
    clock: () => now,
    checkResponses: true,
    snapshots: { sweepIntervalMs: 0, ...options.snapshots },
    pdf: { compress: false, ...options.pdf },
    logStream: options.logStream,
    mailer: options.mailer,
    pusher: options.pusher,
    outbox: { intervalMs: 0, wake: false, ...options.outbox },
  });

  const request: TestApp['request'] = (method, url, options = {}) =>
    app.inject({
      method,
      url,
      headers: {
        origin: ORIGIN,
        ...(options.session === undefined ? {} : { cookie: options.session.cookie }),
      },
      ...(options.body === undefined ? {} : { payload: options.body as object }),
    });

  const confirmSignup: TestApp['confirmSignup'] = async (email) => {
    const mails = await outbox(email);
    const mail = mails.filter((m) => m.subject.startsWith('Finish creating')).at(-1);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1];
    if (mail === undefined || token === undefined) throw new Error(`no sign-up link queued for ${email}`);
    // Read by the person it was for: marked sent, so it never reaches a test's own mail server.
    await store.markMailSent(mail.id, now.toISOString());
    return request('POST', '/api/v1/auth/signup/confirm', { body: { token } });
  };

  return {
    app,
    store,
    confirmSignup,
    setNow(iso) {
      now = new Date(iso);
    },
    request,
    async signup(
      email = `patient${++counter}-${Date.now()}@example.org`,
      password = 'a long enough password',
    ) {
      const started = await request('POST', '/api/v1/auth/signup', {
        body: { email, password, name: 'Test Patient' },
      });
      if (started.statusCode !== 202) throw new Error(`signup failed: ${started.body}`);
      const response = await confirmSignup(email);
      if (response.statusCode !== 201) throw new Error(`signup confirmation failed: ${response.body}`);
      const me = response.json<{ id: string; patientId: string }>();
      return { cookie: sessionCookie(response), userId: me.id, patientId: me.patientId };
    },
    async clinician(linkedPatientIds = [], join) {
      const email = `clinician${++counter}-${Date.now()}@example.org`;
      const body = {
        email,
        password: 'a clinician password',
        ...(join ?? { clinicName: `Clinic ${counter}` }),
      };
      const started = await request('POST', '/api/v1/auth/clinician-signup', { body });
      if (started.statusCode !== 202) throw new Error(`clinician signup failed: ${started.body}`);
      const response = await confirmSignup(email);
      if (response.statusCode !== 201)
        throw new Error(`clinician signup confirmation failed: ${response.body}`);
      const me = response.json<{ id: string; clinicId: string }>();
      const now = new Date().toISOString();
      for (const patientId of linkedPatientIds)
        await store.linkClinician({ clinicianId: me.id, patientId, now });
      return { cookie: sessionCookie(response), userId: me.id, patientId: '', clinicId: me.clinicId };
    },
    async dump(except = ['sessions', 'audit_log', 'login_throttle']) {
      await app.snapshots.idle();
      return dump(except);
    },
    async close() {
      await app.close();
      await cleanup();
    },
  };
}

/** `name=value` of the session cookie a response sets. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'hr_session');
  if (cookie === undefined) throw new Error('no session cookie set');
  return `${cookie.name}=${cookie.value}`;
}
