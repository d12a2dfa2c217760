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
      logLevel: 'info',
      sessionTtlDays: 14,
      authRateLimit: 10,
      evaluateRateLimit: 120,
      bodyLimit: 1_048_576,
      webDir: WEB,
    });
  });

  it('reads every setting', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/rehab',
        DATABASE_URL: 'postgres://app@db:5432/rehab',
        TRUST_PROXY: 'true',
        LOG_LEVEL: 'warn',
        SESSION_TTL_DAYS: '30',
        AUTH_RATE_LIMIT: '5',
        EVALUATE_RATE_LIMIT: '60',
        BODY_LIMIT_BYTES: '2048',
        WEB_DIR: 'web',
      },
      WEB,
      '/srv/app',
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/rehab',
      database: { kind: 'postgres', url: 'postgres://app@db:5432/rehab' },
      trustProxy: true,
      logLevel: 'warn',
      sessionTtlDays: 30,
      authRateLimit: 5,
      evaluateRateLimit: 60,
      bodyLimit: 2048,
      webDir: '/srv/app/web',
    });
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
      'TRUST_PROXY=maybe: must be true or false',
      'SESSION_TTL_DAYS=0: must be a whole number from 1 to 365',
    ]);
    expect((caught as ConfigError).message).toContain('Invalid configuration:\n  - PORT=eighty');
  });

  it('refuses a port out of range and a malformed PostgreSQL URL', () => {
    expect(() => loadConfig({ PORT: '70000', DATABASE_URL: 'postgres://a b' }, WEB)).toThrow(
      /PORT=70000[\s\S]*DATABASE_URL: is not a valid URL/,
    );
  });
});
