export interface ReminderOptions {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Local times, HH:MM. */
  morning: string;
  session: string;
  /** Stage 1 trains twice a day: the second session's time. */
  secondSession?: string;
  /** Stages 2-4 train every other day. */
  sessionEveryOtherDay: boolean;
  /** Unique ids and a stamp (injected for tests). */
  uid: (name: string) => string;
  stamp: Date;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A reminder time as a person typed it: HH:MM, 00:00 to 23:59; a blank or broken one is refused. */
export function isTime(value: string): boolean {
  return TIME.test(value);
}

const compact = (day: string, time: string) => {
  if (!isTime(time)) throw new RangeError(`reminder time "${time}" is not a time written HH:MM`);
  return `${day.replaceAll('-', '')}T${time.replace(':', '')}00`;
};

/** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}
const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function event(
  o: ReminderOptions,
  name: string,
  time: string,
  summary: string,
  rule: string,
  text: string,
): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${o.uid(name)}`,
    `DTSTAMP:${utc(o.stamp)}`,
    `DTSTART:${compact(o.start, time)}`,
    'DURATION:PT15M',
    `RRULE:${rule}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(text)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(summary)}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** A calendar file (.ics) with repeating reminders: the morning check daily and the exercise sessions. */
export function remindersIcs(o: ReminderOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//hamstring-rehab//reminders//EN',
    'CALSCALE:GREGORIAN',
    ...event(
      o,
      'morning',
      o.morning,
      'Morning check (10 seconds)',
      'FREQ=DAILY',
      '3 slow single-leg bridges, then log the pain score.',
    ),
    ...event(
      o,
      'session',
      o.session,
      'Rehab exercises',
      o.sessionEveryOtherDay ? 'FREQ=DAILY;INTERVAL=2' : 'FREQ=DAILY',
      'Open the app for today’s plan, then log the session.',
    ),
    ...(o.secondSession === undefined
      ? []
      : event(
          o,
          'session-2',
          o.secondSession,
          'Rehab exercises (second of the day)',
          'FREQ=DAILY',
          'Your stage 1 holds, second time today.',
        )),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

const encoder = new TextEncoder();

/**
 * Folds a content line longer than 75 octets (RFC 5545, 3.1): CRLF and a space before each further
 * chunk, never splitting a character.
 */
export function fold(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = chunks.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}
