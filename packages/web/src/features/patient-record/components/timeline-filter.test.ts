import { describe, expect, it } from 'vitest';
import { kindsFromUrl, kindsToUrl } from './timeline-filter';

describe('the timeline filter in the URL', () => {
  it('reads every kind when `show` is absent, the named ones otherwise, unknown names left out', () => {
    expect(kindsFromUrl(null)).toBeUndefined();
    expect(kindsFromUrl('notes,tests')).toEqual(['tests', 'notes']);
    expect(kindsFromUrl('tests,gossip')).toEqual(['tests']);
    expect(kindsFromUrl('')).toEqual([]);
  });

  it('leaves `show` out for every kind', () => {
    expect(kindsToUrl(['sessions'])).toBe('sessions');
    expect(kindsToUrl(['pain', 'sessions', 'runs', 'tests', 'notes', 'clinician', 'decisions'])).toBeNull();
    expect(kindsToUrl([])).toBe('');
  });
});
