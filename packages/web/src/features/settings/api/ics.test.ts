import { describe, expect, it } from 'vitest';
import { escapeText, fold, isTime, remindersIcs } from './ics';

describe('reminders calendar file', () => {
  const ics = remindersIcs({
    start: '2025-03-01',
    morning: '07:30',
    session: '18:00',
    sessionEveryOtherDay: true,
    uid: (name) => `${name}@test`,
    stamp: new Date('2025-03-01T10:00:00Z'),
  });

  it('is a calendar with a daily morning check and sessions every other day', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART:20250301T073000\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY\r\n');
    expect(ics).toContain('DTSTART:20250301T180000\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY;INTERVAL=2\r\n');
    expect(ics).toContain('DTSTAMP:20250301T100000Z');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('keeps every line within 75 octets, folding long ones', () => {
    const octets = (l: string) => new TextEncoder().encode(l).length;
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const long = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = fold(long);
    expect(folded.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    expect(folded.replaceAll('\r\n ', '')).toBe(long);
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('adds a second daily session for stage 1, trained twice a day', () => {
    const twice = remindersIcs({
      start: '2025-03-01',
      morning: '07:00',
      session: '08:00',
      secondSession: '19:00',
      sessionEveryOtherDay: false,
      uid: (name) => `${name}@test`,
      stamp: new Date('2025-03-01T10:00:00Z'),
    });
    expect(twice.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(twice).toContain('UID:session-2@test');
    expect(twice).toContain('DTSTART:20250301T190000\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY\r\n');
  });
});

describe('reminders calendar text', () => {
  it('escapes commas, semicolons, backslashes and line breaks (RFC 5545 TEXT)', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
    const ics = remindersIcs({
      start: '2025-03-01',
      morning: '07:30',
      session: '18:00',
      sessionEveryOtherDay: false,
      uid: (name) => `${name}@test`,
      stamp: new Date('2025-03-01T10:00:00Z'),
    });
    expect(ics).toContain('DESCRIPTION:3 slow single-leg bridges\\, then log the pain score.');
    expect(ics).toContain('DESCRIPTION:Open the app for today’s plan\\, then log the session.');
  });

  it('refuses a blank or broken time instead of writing DTSTART:…T00', () => {
    expect(isTime('07:30')).toBe(true);
    for (const t of ['', '7:30', '24:00', '07:60', 'ab:cd']) expect(isTime(t)).toBe(false);
    expect(() =>
      remindersIcs({
        start: '2025-03-01',
        morning: '',
        session: '18:00',
        sessionEveryOtherDay: true,
        uid: (name) => `${name}@test`,
        stamp: new Date('2025-03-01T10:00:00Z'),
      }),
    ).toThrow(/not a time/);
  });
});
