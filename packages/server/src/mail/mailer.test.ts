import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { LogMailer } from './mailer.js';

describe('LogMailer (no SMTP_URL)', () => {
  it('logs the subject and link at warn, never the address or the body', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const mailer = new LogMailer(pino({ level: 'info' }, stream));
    await mailer.send({
      id: 'm1',
      channel: 'email',
      userId: null,
      to: 'secret-person@example.org',
      subject: 'Reset your hamstring-rehab password',
      body: 'the private body',
      link: 'https://rehab.example.org/reset-password#token=abc',
      dueAt: '2026-03-01T00:00:00.000Z',
      attempts: 1,
    });
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '{}') as { level: number; msg: string };
    expect(line.level).toBe(40);
    expect(line.msg).toBe(
      'mail not sent (SMTP_URL is not set): Reset your hamstring-rehab password ' +
        'https://rehab.example.org/reset-password#token=abc',
    );
    expect(lines[0]).not.toContain('secret-person');
    expect(lines[0]).not.toContain('private body');
  });
});
