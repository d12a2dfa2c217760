import { describe, expect, it } from 'vitest';
import { noticeFrom, pageToOpen } from './push-payload';

describe('push notices in the service worker', () => {
  it('shows the server’s title and text and opens its page', () => {
    expect(
      noticeFrom({ title: 'Good morning', body: 'Time for your morning check-in.', url: '/check-in' }),
    ).toEqual({
      title: 'Good morning',
      body: 'Time for your morning check-in.',
      url: '/check-in',
    });
  });

  it('shows a plain notice for anything else', () => {
    expect(noticeFrom('text')).toEqual({ title: 'Hamstring rehab', body: 'Open the app.', url: '/today' });
    expect(noticeFrom({ title: 3 }).title).toBe('Hamstring rehab');
  });

  it('opens only pages of this app', () => {
    const origin = 'https://rehab.example.org';
    expect(pageToOpen('/clinic/patients/1/messages', origin)).toBe('/clinic/patients/1/messages');
    expect(pageToOpen('https://evil.example/x', origin)).toBe('/today');
    expect(pageToOpen('//evil.example/x', origin)).toBe('/today');
    expect(pageToOpen(undefined, origin)).toBe('/today');
  });
});
