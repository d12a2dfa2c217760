import { randomInt } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ORIGIN, testApp, type TestApp } from '../../test/app.js';

/** A random address an attacker writes into X-Forwarded-For to look like someone new each time. */
const spoofed = () => `198.51.100.${randomInt(1, 255)}, 203.0.113.${randomInt(1, 255)}`;

describe('rate limits behind a proxy (TRUST_PROXY, ADR 114)', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const login = (app: TestApp, forwardedFor: string, remoteAddress = '127.0.0.1') =>
    app.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress,
      headers: { origin: ORIGIN, 'x-forwarded-for': forwardedFor },
      payload: { email: `x${randomInt(1e9)}@example.org`, password: 'x' },
    });

  it('TRUST_PROXY=1: a rotating X-Forwarded-For still hits the limit, keyed on the address the proxy saw', async () => {
    t = await testApp({ TRUST_PROXY: '1', AUTH_RATE_LIMIT: '5' });
    // The proxy appends the address it saw (192.0.2.7); whatever the client wrote stays on the left.
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await login(t, `${spoofed()}, 192.0.2.7`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // Another client behind the same proxy is not held back.
    expect((await login(t, `${spoofed()}, 192.0.2.8`)).statusCode).toBe(401);
  });

  it('TRUST_PROXY=<address>: X-Forwarded-For from anyone else is ignored; the limit keys on the peer', async () => {
    t = await testApp({ TRUST_PROXY: '10.0.0.5', AUTH_RATE_LIMIT: '3' });
    const direct: number[] = [];
    for (let i = 0; i < 4; i++) direct.push((await login(t, spoofed(), '192.0.2.50')).statusCode);
    expect(direct).toEqual([401, 401, 401, 429]);
    // Through the listed proxy, the client address is the right-most one it reports.
    const proxied: number[] = [];
    for (let i = 0; i < 4; i++)
      proxied.push((await login(t, `${spoofed()}, 192.0.2.60`, '10.0.0.5')).statusCode);
    expect(proxied).toEqual([401, 401, 401, 429]);
  });

  it('the evaluate limit keys on the same client address', async () => {
    t = await testApp({ TRUST_PROXY: '1', EVALUATE_RATE_LIMIT: '2' });
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/evaluate',
        headers: { origin: ORIGIN, 'x-forwarded-for': `${spoofed()}, 192.0.2.9` },
        payload: {},
      });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([400, 400, 429]);
  });
});
