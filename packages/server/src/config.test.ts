import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const WEB = '/repo/packages/web/dist';

describe('loadConfig', () => {
  it('has defaults for a local run: localhost:3000, SQLite under ./data', () => {
    const config = loadConfig({}, WEB, '/srv/app');
    expect(config).toEqual({
      port: 3000,
      host: 'localhost',
      dataDir: '/srv/app/data',
      database: { kind: 'sqlite', file: path.join('/srv/app/data', 'hamstring-rehab.sqlite') },
      trustProxy: false,
      headersTimeoutMs: 20_000,
      requestTimeoutMs: 120_000,
      keepAliveTimeoutMs: 65_000,
      bodyMinBytesPerSecond: 500,
      connectionsPerAddress: 64,
      logLevel: 'info',
      sessionTtlDays: 14,
      authRateLimit: 10,
      evaluateRateLimit: 120,
      bodyLimit: 1_048_576,
      webDir: WEB,
      publicUrl: 'http://localhost:3000',
      smtpUrl: undefined,
      mailFrom: 'hamstring-rehab <no-reply@localhost>',
      mailPollMs: 5000,
      mailClaimSeconds: 120,
      vapidKeys: undefined,
      vapidSubject: 'mailto:no-reply@localhost',
      pushLocalEndpoints: false,
    });
  });

  it('reads every setting', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/rehab',
        DATABASE_URL: 'postgres://app@db:5432/rehab',
        TRUST_PROXY: '2',
        HEADERS_TIMEOUT_MS: '10000',
        REQUEST_TIMEOUT_MS: '300000',
        KEEP_ALIVE_TIMEOUT_MS: '5000',
        BODY_MIN_BYTES_PER_SECOND: '100',
        CONNECTIONS_PER_ADDRESS: '20',
        LOG_LEVEL: 'warn',
        SESSION_TTL_DAYS: '30',
        AUTH_RATE_LIMIT: '5',
        EVALUATE_RATE_LIMIT: '60',
        BODY_LIMIT_BYTES: '2048',
        WEB_DIR: 'web',
        PUBLIC_URL: 'https://rehab.example.org/',
        SMTP_URL: 'smtps://mailer:secret@mail.example.org:465',
        MAIL_FROM: 'Rehab <rehab@example.org>',
      },
      WEB,
      '/srv/app',
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/rehab',
      database: { kind: 'postgres', url: 'postgres://app@db:5432/rehab' },
      trustProxy: 2,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 300_000,
      keepAliveTimeoutMs: 5000,
      bodyMinBytesPerSecond: 100,
      connectionsPerAddress: 20,
      logLevel: 'warn',
      sessionTtlDays: 30,
      authRateLimit: 5,
      evaluateRateLimit: 60,
      bodyLimit: 2048,
      webDir: '/srv/app/web',
      publicUrl: 'https://rehab.example.org',
      smtpUrl: 'smtps://mailer:secret@mail.example.org:465',
      mailFrom: 'Rehab <rehab@example.org>',
    });
  });

  it('names bad mail settings without repeating an SMTP password', () => {
    let caught: unknown;
    try {
      loadConfig(
        { PUBLIC_URL: 'rehab.example.org', SMTP_URL: 'http://u:hunter2@x', MAIL_FROM: 'a\nBcc: x@y.z' },
        WEB,
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    expect(message).toContain('PUBLIC_URL=rehab.example.org');
    expect(message).toContain('SMTP_URL: must be an smtp://');
    expect(message).toContain('MAIL_FROM=');
    expect(message).not.toContain('hunter2');
  });

  it('takes a VAPID key pair from the environment only when it is one, never repeating the private key', () => {
    const keys = {
      VAPID_PUBLIC_KEY:
        'BNjDJMKIT85XLJfgeOg2R0CNswvmML11dxwahMM6UCNsO5fO1TKu-mRe6CMOkdc19AMqt74OfYFwHipPTWFlGBE',
      VAPID_PRIVATE_KEY: 'rs-W_KxNQXJ_senO8K9XBrQlUnWpfUhFOsvXktQVsaw',
    };
    const good = loadConfig({ ...keys, PUBLIC_URL: 'https://rehab.example.org' }, WEB);
    expect(good.vapidKeys).toEqual({ publicKey: keys.VAPID_PUBLIC_KEY, privateKey: keys.VAPID_PRIVATE_KEY });
    expect(good.vapidSubject).toBe('https://rehab.example.org');
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env, WEB);
      } catch (error) {
        return (error as ConfigError).message;
      }
      return '';
    };
    expect(problems({ VAPID_PUBLIC_KEY: keys.VAPID_PUBLIC_KEY })).toContain('give both, or neither');
    const mismatched = problems({ ...keys, VAPID_PRIVATE_KEY: 'A'.repeat(43) });
    expect(mismatched).toMatch(/VAPID_(PUBLIC|PRIVATE)_KEY/);
    expect(problems({ ...keys, VAPID_PUBLIC_KEY: 'not-a-key' })).toContain(
      'VAPID_PUBLIC_KEY: must be a P-256',
    );
    expect(problems({ VAPID_SUBJECT: 'http://example.org' })).toContain('VAPID_SUBJECT=');
    expect(problems({ ...keys, VAPID_PRIVATE_KEY: 'B'.repeat(43) })).not.toContain('B'.repeat(43));
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }, WEB).port).toBe(3000);
  });

  it('lists every bad value in one readable error', () => {
    let caught: unknown;
    try {
      loadConfig(
        {
          PORT: 'eighty',
          DATABASE_URL: 'mysql://x',
          TRUST_PROXY: 'maybe',
          LOG_LEVEL: 'loud',
          SESSION_TTL_DAYS: '0',
        },
        WEB,
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems).toEqual([
      'PORT=eighty: must be a whole number from 0 to 65535',
      'DATABASE_URL: must start with postgres:// (leave it unset for SQLite under DATA_DIR)',
      'LOG_LEVEL=loud: must be one of fatal, error, warn, info, debug, trace, silent',
      expect.stringMatching(/^TRUST_PROXY=maybe: must be false, the number of proxies/),
      'SESSION_TTL_DAYS=0: must be a whole number from 1 to 365',
    ]);
    expect((caught as ConfigError).message).toContain('Invalid configuration:\n  - PORT=eighty');
  });

  it('reads TRUST_PROXY as false, a number of hops, or proxy addresses, and refuses true', () => {
    const trust = (value: string) => loadConfig({ TRUST_PROXY: value }, WEB).trustProxy;
    expect(trust('false')).toBe(false);
    expect(trust('0')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('10.0.0.5, 10.1.0.0/16,fd00::/8, loopback')).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      'fd00::/8',
      'loopback',
    ]);
    for (const bad of ['true', 'yes', '11', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/2']) {
      expect(() => trust(bad)).toThrow(`TRUST_PROXY=${bad}: must be false, the number of proxies`);
    }
  });

  it('refuses a headers timeout longer than the whole request timeout', () => {
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '30000' }, WEB)).toThrow(
      'HEADERS_TIMEOUT_MS=60000: must not exceed REQUEST_TIMEOUT_MS (30000)',
    );
  });

  it('refuses a port out of range and a malformed PostgreSQL URL', () => {
    expect(() => loadConfig({ PORT: '70000', DATABASE_URL: 'postgres://a b' }, WEB)).toThrow(
      /PORT=70000[\s\S]*DATABASE_URL: is not a valid URL/,
    );
  });
});
