import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../test/app.js';

/** The log lines an app writes, parsed. */
function logLines(): { lines: Record<string, unknown>[]; stream: { write: (line: string) => void } } {
  const lines: Record<string, unknown>[] = [];
  return { lines, stream: { write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) } };
}

describe('the server’s log', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it('at info, logs each request as it comes in and as it ends', async () => {
    const { lines, stream } = logLines();
    t = await testApp({ LOG_LEVEL: 'info' }, undefined, { logStream: stream });
    await t.request('GET', '/api/v1/me');
    const messages = lines.map((l) => l.msg);
    expect(messages).toContain('incoming request');
    expect(messages).toContain('request completed');
    expect(lines.find((l) => l.msg === 'request completed')).toMatchObject({ res: { statusCode: 401 } });
  });

  it('at warn, logs no request line, but logs a failure with its request and cause', async () => {
    const { lines, stream } = logLines();
    t = await testApp({ LOG_LEVEL: 'warn' }, undefined, { logStream: stream });
    await t.request('GET', '/api/v1/me');
    expect(lines).toEqual([]);
    t.store.findUserByEmail = () => Promise.reject(new Error('the disk is on fire'));
    const response = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'ann@example.org', password: 'a long enough password' },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: 'internal server error' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'request failed',
      req: { method: 'POST', url: '/api/v1/auth/login' },
      err: { message: 'the disk is on fire' },
    });
    expect(lines[0]?.reqId).toBeDefined();
  });
});
