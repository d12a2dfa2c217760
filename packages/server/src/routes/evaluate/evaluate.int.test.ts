import { decide, type Case } from '@hamstring-rehab/engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.js';
import { typicalScreening } from '../../../test/fixtures.js';

const typicalCase: Case = {
  protocol: 'pht-v1',
  asOf: '2026-03-05',
  patient: { birthYear: 1985, affectedSide: 'left', runner: false },
  screening: typicalScreening,
  events: [
    { type: 'morning-check', date: '2026-03-02', score: 2 },
    { type: 'session', date: '2026-03-03', painDuring: 2 },
    { type: 'morning-check', date: '2026-03-04', score: 2 },
    { type: 'session', date: '2026-03-04', painDuring: 1 },
    { type: 'morning-check', date: '2026-03-05', score: 1 },
  ],
};

describe('POST /api/v1/evaluate', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('answers the engine’s decision, the same every time, without signing in', async () => {
    const first = await t.request('POST', '/api/v1/evaluate', { body: typicalCase });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual(JSON.parse(JSON.stringify(decide(typicalCase))));
    expect(first.json()).toMatchObject({ status: 'active', stage: 1, level: 2, change: 'progress' });
    const second = await t.request('POST', '/api/v1/evaluate', { body: typicalCase });
    expect(second.body).toBe(first.body);
  });

  it('answers a red flag with the emergency outcome', async () => {
    const response = await t.request('POST', '/api/v1/evaluate', {
      body: { ...typicalCase, screening: { date: '2026-03-02', answers: { 'saddle-numbness': true } } },
    });
    expect(response.json()).toMatchObject({ status: 'emergency', stage: null, flags: ['red-flag'] });
  });

  it('answers 400 with the engine’s problems for a bad case', async () => {
    const bad = {
      ...typicalCase,
      asOf: '2026-02-30',
      events: [...typicalCase.events, { type: 'morning-check', date: '2026-03-05', score: 11 }],
    };
    const response = await t.request('POST', '/api/v1/evaluate', { body: bad });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ problems: unknown[] }>().problems).toEqual(
      expect.arrayContaining([
        { path: 'events[5].score', message: 'must be at most 10' },
        { path: 'asOf', message: '2026-02-30 is not a real date' },
      ]),
    );
    const notACase = await t.request('POST', '/api/v1/evaluate', { body: [1, 2] });
    expect(notACase.statusCode).toBe(400);
    expect(notACase.json<{ problems: { path: string }[] }>().problems[0]?.path).toBe('(body)');
  });

  it('is rate-limited per address', async () => {
    const limited = await testApp({ EVALUATE_RATE_LIMIT: '2' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 3; i++)
        codes.push((await limited.request('POST', '/api/v1/evaluate', { body: typicalCase })).statusCode);
      expect(codes).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
