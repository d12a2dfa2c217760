import type { FastifyBaseLogger } from 'fastify';
import { describe, expect, it } from 'vitest';
import { OutageLog } from './outage-log.js';

const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });

describe('OutageLog', () => {
  it('logs a fault plainly once, then at most once a minute with how many failures it hid', () => {
    const lines: string[] = [];
    const log = { error: (_details: object, message: string) => lines.push(message) };
    let now = 0;
    const outages = new OutageLog(log as unknown as FastifyBaseLogger, () => now);
    for (let i = 0; i < 100; i++) outages.refused('disk-full', full);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^disk full: the database cannot be written \(SQLITE_FULL\)/);
    now = 59_999;
    outages.refused('disk-full', full);
    expect(lines).toHaveLength(1);
    now = 60_000;
    outages.refused('disk-full', full);
    outages.refused('unreachable', new Error('Connection terminated unexpectedly'));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/\(101 failures in the last minute\)$/);
    expect(lines[2]).toMatch(/^database unreachable: /);
  });

  it('gives background work a log whose storage faults join the outage, other errors as they come', () => {
    const lines: string[] = [];
    const log = { error: (_details: object, message: string) => lines.push(message) };
    const outages = new OutageLog(log as unknown as FastifyBaseLogger, () => 0);
    const background = outages.background(log);
    for (let i = 0; i < 10; i++) background.error({ err: full }, 'snapshot sweep failed');
    background.error({ err: new Error('a bug') }, 'snapshot refresh failed');
    expect(lines).toEqual([expect.stringMatching(/^disk full: /), 'snapshot refresh failed']);
  });
});
