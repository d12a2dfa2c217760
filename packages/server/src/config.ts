import { isIP } from 'node:net';
import path from 'node:path';
import { isVapidSubject, vapidKeyProblem } from './push/vapid.js';

/** Where the server keeps its data: an embedded SQLite file, or a PostgreSQL database. */
/**
 * SQLite `synchronous`: `full` (the default) fsyncs every commit, so an acknowledged write survives a power
 * loss; `normal` survives a crash of the process only, with several times the write throughput (ADR 005).
 */
export type SqliteSynchronous = 'full' | 'normal';

export type DatabaseConfig =
  { kind: 'sqlite'; file: string; synchronous?: SqliteSynchronous } | { kind: 'postgres'; url: string };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  /**
   * Which reverse proxies to believe (ADR 114): `false` (none), a number of proxy hops in front of the
   * server, or the proxies' addresses and CIDR ranges. The client address is then read from the right of
   * X-Forwarded-For, so a value the client wrote itself is never taken.
   */
  trustProxy: TrustProxy;
  /** Time to receive a request's headers, in ms. */
  headersTimeoutMs: number;
  /** Time to receive a whole request (headers and body), in ms. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open, in ms. */
  keepAliveTimeoutMs: number;
  /** A body arriving slower than this on average (after a 10 s grace) is cut off. */
  bodyMinBytesPerSecond: number;
  /** Open connections allowed from one client address (proxies named in TRUST_PROXY are exempt). */
  connectionsPerAddress: number;
  logLevel: LogLevel;
  sessionTtlDays: number;
  /** Requests per minute per client address on each sign-up, login and password route. */
  authRateLimit: number;
  /** Requests per minute per client address on POST /api/v1/evaluate. */
  evaluateRateLimit: number;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Folder of the built web app, served at / when it exists. */
  webDir: string;
  /** The address people open the app at: the links in e-mails start with it. */
  publicUrl: string;
  /** smtp:// or smtps:// URL of the mail server; undefined: mails are logged (subject and link) at `warn`. */
  smtpUrl: string | undefined;
  /** The From of every mail. */
  mailFrom: string;
  /** How often each server's outbox worker looks for due mail, in ms (it is also woken by each write). */
  mailPollMs: number;
  /** How long a server's claim on mail it is sending holds: after a crash, others send it after this. */
  mailClaimSeconds: number;
  /**
   * The VAPID key pair that signs Web Push (ADR 127), when given in the environment; undefined: the pair kept
   * in the database (made on first start).
   */
  vapidKeys: { publicKey: string; privateKey: string } | undefined;
  /** How push services can reach the operator: a mailto: address or an https: URL. */
  vapidSubject: string;
  /**
   * Accept push endpoints on addresses and single-label hosts (127.0.0.1, localhost): for tests with a local
   * push service only; otherwise a caller could aim the server's POSTs at its own network.
   */
  pushLocalEndpoints: boolean;
}

/** Thrown by loadConfig with one line per bad setting. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** `false`, a number of proxy hops, or proxy addresses / CIDR ranges / `loopback`, `linklocal`, `uniquelocal`. */
export type TrustProxy = false | number | readonly string[];

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, a CIDR range (10.0.0.0/8, fd00::/8) or one of proxy-addr's named ranges. */
function isProxyAddress(value: string): boolean {
  if (NAMED_RANGES.includes(value)) return true;
  const [address = '', prefix, extra] = value.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function parseTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  if (raw === undefined || ['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops <= 10) return hops;
  }
  const list = raw.split(',').map((a) => a.trim());
  if (['true', 'yes'].includes(raw.toLowerCase()) || !list.every(isProxyAddress)) {
    problems.push(
      `TRUST_PROXY=${raw}: must be false, the number of proxies in front of the server (1 to 10), or their ` +
        'addresses or CIDR ranges separated by commas (such as 10.0.0.5 or 10.0.0.0/8); `true` would believe ' +
        'any X-Forwarded-For a client writes',
    );
    return false;
  }
  return list;
}

function parsePublicUrl(raw: string | undefined, port: number, problems: string[]): string {
  if (raw === undefined) return `http://localhost:${port}`;
  if (!/^https?:\/\//.test(raw) || !URL.canParse(raw)) {
    problems.push(`PUBLIC_URL=${raw}: must be the http:// or https:// address people open the app at`);
    return raw;
  }
  return raw.replace(/\/+$/, '');
}

function parseSmtpUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^smtps?:\/\//.test(raw) || !URL.canParse(raw)) {
    // The URL may hold a password: it is not repeated in the message.
    problems.push('SMTP_URL: must be an smtp:// or smtps:// URL (smtp://user:password@host:587)');
    return undefined;
  }
  return raw;
}

/** An address, alone or as `Name <address>`, with no line breaks or control characters. */
function parseMailFrom(raw: string | undefined, problems: string[]): string {
  if (raw === undefined) return 'hamstring-rehab <no-reply@localhost>';
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f]/;
  const ok = !controls.test(raw) && /^(?:[^<>@]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/.test(raw);
  if (!ok) problems.push(`MAIL_FROM=${raw}: must be an e-mail address, or Name <address>`);
  return raw;
}

function parseVapid(read: (name: string) => string | undefined, problems: string[]): Config['vapidKeys'] {
  const publicKey = read('VAPID_PUBLIC_KEY');
  const privateKey = read('VAPID_PRIVATE_KEY');
  if (publicKey === undefined && privateKey === undefined) return undefined;
  if (publicKey === undefined || privateKey === undefined) {
    problems.push(
      'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY: give both, or neither (the server then makes a pair)',
    );
    return undefined;
  }
  // The private key is a secret: never repeated in a message.
  const problem = vapidKeyProblem(publicKey, privateKey);
  if (problem !== undefined) problems.push(problem);
  return problem === undefined ? { publicKey, privateKey } : undefined;
}

/** VAPID_SUBJECT, or an https PUBLIC_URL, or mailto: the MAIL_FROM address. */
function parseVapidSubject(raw: string | undefined, publicUrl: string, mailFrom: string, problems: string[]) {
  if (raw !== undefined) {
    if (!isVapidSubject(raw))
      problems.push(`VAPID_SUBJECT=${raw}: must be a mailto: address or an https: URL`);
    return raw;
  }
  if (publicUrl.startsWith('https://')) return publicUrl;
  const address = /<([^<>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  return `mailto:${address}`;
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads and checks the server's settings from the environment. Every bad value is reported at once.
 * `defaultWebDir` is where the web app's build lives in this repository.
 */
export function loadConfig(env: Env, defaultWebDir: string, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${name}=${raw}: must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };

  const port = integer('PORT', 3000, 0, 65535);
  const host = read('HOST') ?? 'localhost';
  if (/\s/.test(host)) problems.push(`HOST=${host}: must be a host name or an address`);
  const dataDir = path.resolve(cwd, read('DATA_DIR') ?? 'data');

  let database: DatabaseConfig = { kind: 'sqlite', file: path.join(dataDir, 'hamstring-rehab.sqlite') };
  const sync = read('SQLITE_SYNCHRONOUS');
  if (sync !== undefined) {
    if (sync === 'full' || sync === 'normal') database = { ...database, synchronous: sync };
    else problems.push(`SQLITE_SYNCHRONOUS=${sync}: must be full or normal`);
  }
  const url = read('DATABASE_URL');
  if (url !== undefined) {
    if (/^postgres(ql)?:\/\//.test(url) && URL.canParse(url)) database = { kind: 'postgres', url };
    else if (/^postgres(ql)?:\/\//.test(url)) problems.push('DATABASE_URL: is not a valid URL');
    else
      problems.push('DATABASE_URL: must start with postgres:// (leave it unset for SQLite under DATA_DIR)');
  }

  const rawLevel = read('LOG_LEVEL') ?? 'info';
  const logLevel = LOG_LEVELS.find((l) => l === rawLevel);
  if (logLevel === undefined) problems.push(`LOG_LEVEL=${rawLevel}: must be one of ${LOG_LEVELS.join(', ')}`);

  const config: Config = {
    port,
    host,
    dataDir,
    database,
    trustProxy: parseTrustProxy(read('TRUST_PROXY'), problems),
    headersTimeoutMs: integer('HEADERS_TIMEOUT_MS', 20_000, 1000, 600_000),
    requestTimeoutMs: integer('REQUEST_TIMEOUT_MS', 120_000, 1000, 3_600_000),
    keepAliveTimeoutMs: integer('KEEP_ALIVE_TIMEOUT_MS', 65_000, 1000, 600_000),
    bodyMinBytesPerSecond: integer('BODY_MIN_BYTES_PER_SECOND', 500, 0, 1_000_000),
    connectionsPerAddress: integer('CONNECTIONS_PER_ADDRESS', 64, 1, 100_000),
    logLevel: logLevel ?? 'info',
    sessionTtlDays: integer('SESSION_TTL_DAYS', 14, 1, 365),
    authRateLimit: integer('AUTH_RATE_LIMIT', 10, 1, 100_000),
    evaluateRateLimit: integer('EVALUATE_RATE_LIMIT', 120, 1, 1_000_000),
    bodyLimit: integer('BODY_LIMIT_BYTES', 1_048_576, 1024, 100 * 1_048_576),
    webDir: path.resolve(cwd, read('WEB_DIR') ?? defaultWebDir),
    publicUrl: parsePublicUrl(read('PUBLIC_URL'), port, problems),
    smtpUrl: parseSmtpUrl(read('SMTP_URL'), problems),
    mailFrom: parseMailFrom(read('MAIL_FROM'), problems),
    mailPollMs: integer('MAIL_POLL_MS', 5000, 50, 3_600_000),
    mailClaimSeconds: integer('MAIL_CLAIM_SECONDS', 120, 1, 86_400),
    vapidKeys: parseVapid(read, problems),
    vapidSubject: '',
    pushLocalEndpoints: read('PUSH_LOCAL_ENDPOINTS') === 'allow',
  };
  config.vapidSubject = parseVapidSubject(read('VAPID_SUBJECT'), config.publicUrl, config.mailFrom, problems);
  if (config.headersTimeoutMs > config.requestTimeoutMs) {
    problems.push(
      `HEADERS_TIMEOUT_MS=${config.headersTimeoutMs}: must not exceed REQUEST_TIMEOUT_MS (${config.requestTimeoutMs})`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
