import path from 'node:path';

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
  /** Honour X-Forwarded-For/-Proto/-Host: only behind a reverse proxy that sets them. */
  trustProxy: boolean;
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
}

/** Thrown by loadConfig with one line per bad setting. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
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
  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name}=${raw}: must be true or false`);
    return fallback;
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
    trustProxy: boolean('TRUST_PROXY', false),
    logLevel: logLevel ?? 'info',
    sessionTtlDays: integer('SESSION_TTL_DAYS', 14, 1, 365),
    authRateLimit: integer('AUTH_RATE_LIMIT', 10, 1, 100_000),
    evaluateRateLimit: integer('EVALUATE_RATE_LIMIT', 120, 1, 1_000_000),
    bodyLimit: integer('BODY_LIMIT_BYTES', 1_048_576, 1024, 100 * 1_048_576),
    webDir: path.resolve(cwd, read('WEB_DIR') ?? defaultWebDir),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
