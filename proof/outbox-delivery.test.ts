import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type OpenBackend } from './lib/backends.js';
import { startServer, type ServerProcess } from './lib/server-process.js';
import { startMailSink, type MailSink } from './lib/smtp-sink.js';
import { newPatient } from './lib/client.js';
import { PUSH_TLS_CERT, startPushService, type PushService } from './lib/push-service.js';

const havePostgres = process.env.TEST_DATABASE_URL !== undefined;

/** Waits until `check` holds, looking each time the sink receives something (or every 50 ms). */
async function until(check: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `n` due mails written straight into the outbox (as any cause would, in its transaction). */
async function queue(db: pg.Client, n: number, tag: string): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  const now = new Date().toISOString();
  await db.query('begin');
  for (const [i, id] of ids.entries()) {
    await db.query(
      `insert into outbox (id, channel, user_id, recipient, subject, body, link, state, attempts, created_at, due_at)
       values ($1, 'email', null, $2, $3, 'body', '', 'pending', 0, $4, $4)`,
      [id, `${tag}-${String(i)}@example.test`, `${tag} ${String(i)}`, now],
    );
  }
  await db.query('commit');
  return ids;
}

const messageIds = (sink: MailSink) => sink.mails.map((m) => m.messageId ?? '');
const idOf = (id: string) => `<${id}@hamstring-rehab>`;

/** Issue 13: the outbox holds under several servers and under a crash (ADR 119). */
describe.skipIf(!havePostgres)('mail delivery from the outbox (skipped without TEST_DATABASE_URL)', () => {
  let backend: OpenBackend;
  let db: pg.Client;
  let sink: MailSink;
  let push: PushService;
  const servers: ServerProcess[] = [];
  const env = () => ({
    // The local push service's self-signed certificate is trusted by these servers only.
    NODE_EXTRA_CA_CERTS: PUSH_TLS_CERT,
    SMTP_URL: sink.url,
    MAIL_FROM: 'rehab@example.test',
    MAIL_POLL_MS: '100',
    MAIL_CLAIM_SECONDS: '2',
  });
  beforeAll(async () => {
    backend = await openBackend('postgres');
    sink = await startMailSink();
    push = await startPushService();
    const first = await startServer(backend, { env: env() });
    servers.push(first);
    db = new pg.Client({ connectionString: backend.env.DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await Promise.allSettled(servers.map((s) => s.kill('SIGKILL')));
    await db.end();
    await sink.close();
    await push.close();
    await backend.drop();
  });

  it('two servers with the worker in both deliver 500 due mails exactly once each', async () => {
    servers.push(await startServer(backend, { env: env() }));
    const ids = await queue(db, 500, 'bulk');
    await until(() => sink.mails.length >= 500, '500 mails');
    // a little longer: anything sent twice would arrive now
    await until(async () => {
      const r = await db.query<{ n: string }>(`select count(*) as n from outbox where state = 'sent'`);
      return Number(r.rows[0]?.n) === 500;
    }, 'all marked sent');
    expect(sink.mails).toHaveLength(500);
    expect(new Set(messageIds(sink))).toEqual(new Set(ids.map(idOf)));
    // A claim that lapsed before its mail's turn (2 s claims here) went to the other server, which sent it:
    // counted a second attempt, still one mail.
    const rows = await db.query<{ attempts: number }>(`select attempts from outbox`);
    expect(rows.rows.every((r) => r.attempts >= 1)).toBe(true);
    await Promise.all(servers.splice(0).map((s) => s.kill('SIGTERM')));
  });

  it('a server killed mid-send leaves nothing lost or doubled: another sends the rest', async () => {
    sink.mails.length = 0;
    const held = sink.holdAt(10);
    const a = await startServer(backend, { env: env() });
    servers.push(a);
    const ids = await queue(db, 50, 'crash');
    await held;
    // Nine mails went through; the tenth is on the wire, unanswered: the server dies now.
    await a.kill('SIGKILL');
    expect(sink.mails).toHaveLength(9);
    const b = await startServer(backend, { env: env() });
    servers.push(b);
    await until(async () => {
      const r = await db.query<{ n: string }>(
        `select count(*) as n from outbox where state = 'sent' and subject like 'crash%'`,
      );
      return Number(r.rows[0]?.n) === 50;
    }, 'all 50 sent');
    expect(sink.mails).toHaveLength(50);
    expect(new Set(messageIds(sink))).toEqual(new Set(ids.map(idOf)));
  });

  it('two servers with the worker in both deliver 500 due push notifications exactly once each, decryptable', async () => {
    await Promise.all(servers.splice(0).map((s) => s.kill('SIGTERM')));
    servers.push(
      ...(await Promise.all([startServer(backend, { env: env() }), startServer(backend, { env: env() })])),
    );
    const owner = await newPatient(servers[0]?.url ?? '', 'push');
    const userId = (
      await db.query<{ id: string }>(`select owner_user_id as id from patients where id = $1`, [
        owner.patientId,
      ])
    ).rows[0]?.id;
    const now = new Date().toISOString();
    const browsers = Array.from({ length: 500 }, () => ({ id: randomUUID(), ...push.subscribe() }));
    await db.query('begin');
    for (const [i, b] of browsers.entries()) {
      await db.query(
        `insert into push_subscriptions (id, user_id, endpoint, p256dh, auth, created_at) values ($1, $2, $3, $4, $5, $6)`,
        [b.id, userId, b.endpoint, b.keys.p256dh, b.keys.auth, now],
      );
      await db.query(
        `insert into outbox (id, channel, user_id, recipient, subject, body, link, state, attempts, created_at, due_at)
         values ($1, 'push', $2, $3, 'Good morning', $4, '/check-in', 'pending', 0, $5, $5)`,
        [`bulk-push/${b.id}`, userId, b.id, `number ${String(i)}`, now],
      );
    }
    await db.query('commit');
    await until(async () => {
      const r = await db.query<{ n: string }>(
        `select count(*) as n from outbox where channel = 'push' and state = 'sent'`,
      );
      return Number(r.rows[0]?.n) === 500;
    }, 'all 500 pushes marked sent');
    const paths = browsers.map((b) => new URL(b.endpoint).pathname);
    expect(paths.map((p) => push.hits.get(p))).toEqual(paths.map(() => 1));
    expect(push.received).toHaveLength(500);
    expect(new Set(push.received.map((r) => (r.payload as { body: string }).body)).size).toBe(500);
    expect(push.received.every((r) => (r.payload as { url: string }).url === '/check-in')).toBe(true);
  });
});
