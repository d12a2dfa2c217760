import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { pino, type DestinationStream } from 'pino';
import webpush from 'web-push';
import type { Config } from './config.js';
import './http/context.js';
import type { Deps } from './http/deps.js';
import { HttpError } from './http/errors.js';
import { openApiOptions } from './http/openapi-document.js';
import { compileResponseCheck, validatorCompiler } from './http/validation.js';
import { queueDailyDigests } from './mail/alerts.js';
import { LogMailer, SmtpMailer, type Mailer } from './mail/mailer.js';
import { DEFAULT_OUTBOX_OPTIONS, OutboxWorker, type OutboxOptions } from './mail/outbox-worker.js';
import { registerAudit } from './plugins/audit.js';
import { registerAuthorization } from './plugins/authorization.js';
import { registerCsrf } from './plugins/csrf.js';
import { capConnectionsPerAddress, proxyPeer, registerSlowBodyGuard } from './plugins/edge-guards.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerNoBody } from './plugins/no-body.js';
import { registerNotFound } from './plugins/not-found.js';
import { OutageLog } from './plugins/outage-log.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerSession, SESSION_COOKIE } from './plugins/session.js';
import { WebPushSender, type Pusher } from './push/push-sender.js';
import { fireDueReminders } from './push/reminders.js';
import { registerReminders } from './routes/push/reminders.js';
import { registerPushSubscriptions } from './routes/push/subscriptions.js';
import { registerAuthRoutes } from './routes/auth/index.js';
import { registerClinicianRoutes } from './routes/clinicians/index.js';
import { registerOpenApiRoute } from './routes/docs/openapi.js';
import { registerAlertPreferences } from './routes/messages/alert-preferences.js';
import { registerMessages } from './routes/messages/messages.js';
import { registerEvaluate } from './routes/evaluate/evaluate.js';
import { registerHealth } from './routes/health/health.js';
import { registerPatientRoutes } from './routes/patients/index.js';
import { registerWeb } from './routes/web/web.js';
import type { PdfOptions } from './reports/pdf-report.js';
import {
  DEFAULT_SNAPSHOT_OPTIONS,
  SnapshotService,
  type SnapshotOptions,
} from './snapshots/snapshot-service.js';
import type { Store } from './store/store.js';

export interface AppOptions {
  config: Config;
  store: Store;
  /** The current time; tests pass a fixed one. */
  clock?: () => Date;
  /** Check every JSON answer against its route's declared response schema (tests turn this on). */
  checkResponses?: boolean;
  /** Snapshot refresh timing (tests turn the periodic sweep off). */
  snapshots?: Partial<SnapshotOptions>;
  /** PDF output (tests turn compression off, to read the text). */
  pdf?: Partial<PdfOptions>;
  /** How mail leaves (tests: SMTP to an in-process server); by default SMTP_URL, or the log when unset. */
  mailer?: Mailer;
  /** How pushes leave (tests: to a local push service they trust); by default web-push to the browsers' services. */
  pusher?: (store: Store, vapid: { subject: string; publicKey: string; privateKey: string }) => Pusher;
  /** Outbox worker timing (tests turn the periodic run off and call `app.outbox.run()`). */
  outbox?: Partial<OutboxOptions>;
  /** Where log lines go (standard output by default; tests read them). */
  logStream?: DestinationStream;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The decision snapshots: tests wait on `idle()` and run `sweep()` by hand. */
    snapshots: SnapshotService;
    /** The outbox worker: tests await `run()`. */
    outbox: OutboxWorker;
    /** Queues today's clinician digests if due (every minute in a server; tests call it). */
    digests: () => Promise<number>;
    /** Fires the patients' due push reminders (every minute in a server; tests call it). How many queued. */
    reminders: () => Promise<number>;
  }
}

/** A socket with no traffic either way for this long is closed (a stalled reader of an answer). */
const IDLE_SOCKET_MS = 60_000;

/** TRUST_PROXY as Fastify takes it: hops as proxy-addr's (address, hop) => hop < hops. */
function fastifyTrust(
  trust: Config['trustProxy'],
): boolean | string[] | ((a: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust === false ? false : [...trust];
}

/** Builds the HTTP application on a store. It does not listen: `server.ts` does, tests use `inject`. */
export async function buildApp({
  config,
  store,
  clock,
  checkResponses = false,
  snapshots: snapshotOptions = {},
  pdf = {},
  logStream,
  mailer,
  pusher,
  outbox: outboxOptions = {},
}: AppOptions): Promise<FastifyInstance> {
  const logger = pino({ level: config.logLevel }, logStream);
  const log: FastifyBaseLogger = logger;
  // Fastify logs a line as each request comes in and another as it ends, at `info`. Above that level the lines
  // are dropped, yet the per-request logger and listeners behind them still cost about a fifth of a cheap
  // request's time: Fastify then runs without a logger, and errors go to `log` directly (ADR 110).
  const logRequests = logger.isLevelEnabled('info');
  const app = Fastify({
    ...(logRequests ? { loggerInstance: log } : { logger: false }),
    // Proxies (ADR 114): false, a number of hops, or their addresses; request.ip is then the address the
    // nearest untrusted hop reported, read from the right of X-Forwarded-For, and every rate limit keys on it.
    trustProxy: fastifyTrust(config.trustProxy),
    bodyLimit: config.bodyLimit,
    // Every stage of a request is bounded (ADR 114): headers, the whole request, an idle socket, keep-alive.
    http: { headersTimeout: config.headersTimeoutMs, connectionsCheckingInterval: 1000 },
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    connectionTimeout: IDLE_SOCKET_MS,
    routerOptions: { maxParamLength: 200 },
  });
  capConnectionsPerAddress(app.server, config.connectionsPerAddress, proxyPeer(config.trustProxy));
  registerSlowBodyGuard(app, config.bodyMinBytesPerSecond);
  const now = clock ?? (() => new Date());
  // Database faults are logged once a minute, however many requests and sweeps they fail (ADR 111).
  const outages = new OutageLog(log, () => now().getTime());
  const snapshots = new SnapshotService(store, now, outages.background(log), {
    ...DEFAULT_SNAPSHOT_OPTIONS,
    ...snapshotOptions,
  });
  const outbox = new OutboxWorker(
    store,
    mailer ??
      (config.smtpUrl === undefined
        ? new LogMailer(log)
        : new SmtpMailer(
            config.smtpUrl,
            config.mailFrom,
            Math.min(30_000, (config.mailClaimSeconds * 1000) / 3),
          )),
    now,
    outages.background(log),
    {
      ...DEFAULT_OUTBOX_OPTIONS,
      intervalMs: config.mailPollMs,
      leaseMs: config.mailClaimSeconds * 1000,
      ...outboxOptions,
    },
  );
  // Web Push (ADR 127): the VAPID pair from the environment, or the one kept in the database (made now if none).
  const vapidKeys =
    config.vapidKeys ?? (await store.ensureVapidKeys(() => webpush.generateVAPIDKeys(), now().toISOString()));
  const vapid = { subject: config.vapidSubject, ...vapidKeys };
  outbox.pusher =
    pusher?.(store, vapid) ??
    new WebPushSender(store, vapid, { timeoutMs: Math.min(30_000, (config.mailClaimSeconds * 1000) / 3) });
  snapshots.alerts = {
    publicUrl: config.publicUrl,
    queued: () => {
      outbox.kick();
    },
  };
  const deps: Deps = { config, store, clock: now, snapshots, outbox, pdf: { compress: true, ...pdf }, log };
  app.decorate('snapshots', snapshots);
  app.decorate('outbox', outbox);
  const digests = async () => {
    const queued = await queueDailyDigests(store, config.publicUrl, now());
    if (queued > 0) outbox.kick();
    return queued;
  };
  app.decorate('digests', digests);
  const reminders = async () => {
    const queued = await fireDueReminders(store, snapshots, now());
    if (queued > 0) outbox.kick();
    return queued;
  };
  app.decorate('reminders', reminders);
  let digestTimer: NodeJS.Timeout | undefined;
  let reminderTimer: NodeJS.Timeout | undefined;
  app.addHook('onReady', (done) => {
    snapshots.start();
    outbox.start();
    if (outboxOptions.intervalMs !== 0) {
      digestTimer = setInterval(() => {
        digests().catch((error: unknown) => {
          outages.background(log).error({ err: error }, 'daily digest: queueing failed');
        });
      }, 60_000);
      digestTimer.unref();
      // Reminders fire within the minute of their local time.
      reminderTimer = setInterval(() => {
        reminders().catch((error: unknown) => {
          outages.background(log).error({ err: error }, 'push reminders: firing failed');
        });
      }, 30_000);
      reminderTimer.unref();
    }
    done();
  });
  app.addHook('onClose', async () => {
    clearInterval(digestTimer);
    clearInterval(reminderTimer);
    await outbox.stop();
    await snapshots.stop();
  });

  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(({ schema }) => {
    const check = checkResponses ? compileResponseCheck(schema) : undefined;
    return (data) => {
      if (check !== undefined && !check(data)) {
        throw new Error(`answer does not match its schema: ${JSON.stringify(check.errors)}`);
      }
      return JSON.stringify(data);
    };
  });
  registerErrorHandler(app, log, outages);
  registerNotFound(app);

  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, `too many requests: try again in ${context.after}`),
  });
  await app.register(swagger, openApiOptions(config, SESSION_COOKIE));

  registerCsrf(app);
  registerSession(app, deps);
  registerAuthorization(app, deps);
  registerAudit(app, deps);
  registerNoBody(app);

  registerAuthRoutes(app, deps);
  registerPatientRoutes(app, deps);
  registerClinicianRoutes(app, deps);
  registerMessages(app, deps);
  registerAlertPreferences(app, deps);
  registerPushSubscriptions(app, deps, vapidKeys.publicKey);
  registerReminders(app, deps);
  registerEvaluate(app, deps);
  registerHealth(app, deps);
  registerOpenApiRoute(app);
  await registerWeb(app, config.webDir, deps);
  return app;
}
