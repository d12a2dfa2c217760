import { describe, expect, it } from 'vitest';
import { nextLocalTime, zonedInstant } from './local-time.js';

const at = (iso: string) => new Date(iso);

describe('local reminder times across daylight-saving changes', () => {
  it('Europe/London: 07:30 is 07:30 GMT before the spring change and 06:30 UTC (07:30 BST) after', () => {
    // Clocks go forward at 01:00 UTC on Sunday 2026-03-29.
    expect(nextLocalTime('Europe/London', '07:30', [], at('2026-03-28T08:00:00Z')).toISOString()).toBe(
      '2026-03-29T06:30:00.000Z',
    );
    expect(nextLocalTime('Europe/London', '07:30', [], at('2026-03-27T08:00:00Z')).toISOString()).toBe(
      '2026-03-28T07:30:00.000Z',
    );
    expect(nextLocalTime('Europe/London', '07:30', [], at('2026-03-29T06:30:00Z')).toISOString()).toBe(
      '2026-03-30T06:30:00.000Z',
    );
  });

  it('Europe/London: a time the spring change skips fires after the jump; one the autumn change repeats fires once, the first', () => {
    expect(zonedInstant('Europe/London', '2026-03-29', '01:30').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // 2026-10-25: 01:00-02:00 BST happens, then 01:00-02:00 GMT again.
    expect(zonedInstant('Europe/London', '2026-10-25', '01:30').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(nextLocalTime('Europe/London', '01:30', [], at('2026-10-25T00:30:00Z')).toISOString()).toBe(
      '2026-10-26T01:30:00.000Z',
    );
  });

  it('America/New_York: 20:00 is 01:00 UTC before 2026-03-08 and 00:00 UTC after; back again in November', () => {
    expect(nextLocalTime('America/New_York', '20:00', [], at('2026-03-07T12:00:00Z')).toISOString()).toBe(
      '2026-03-08T01:00:00.000Z',
    );
    expect(nextLocalTime('America/New_York', '20:00', [], at('2026-03-08T01:00:00Z')).toISOString()).toBe(
      '2026-03-09T00:00:00.000Z',
    );
    expect(nextLocalTime('America/New_York', '20:00', [], at('2026-11-01T00:00:00Z')).toISOString()).toBe(
      '2026-11-02T01:00:00.000Z',
    );
    // 02:30 does not exist on 2026-03-08 (02:00 -> 03:00): it fires at 03:30 EDT.
    expect(zonedInstant('America/New_York', '2026-03-08', '02:30').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('only on the chosen weekdays, in the zone’s calendar (Monday 1 .. Sunday 7)', () => {
    // Tokyo is ahead: at 2026-03-10T20:00Z it is already Wednesday the 11th there.
    const next = nextLocalTime('Asia/Tokyo', '06:00', [1, 5], at('2026-03-10T20:00:00Z'));
    expect(next.toISOString()).toBe('2026-03-12T21:00:00.000Z'); // Friday 13th 06:00 JST
  });
});
