import { describe, expect, it } from 'vitest';
import { caseloadQuery, rangeText } from './caseload-query';

describe('caseloadQuery', () => {
  it('leaves out empty filters and trims the search', () => {
    expect(caseloadQuery({ search: '  ', status: '', flag: '' }, null)).toBe('limit=20');
    expect(caseloadQuery({ search: ' ann ', status: 'active', flag: 'flare' }, 'abc', 5)).toBe(
      'limit=5&search=ann&status=active&flag=flare&cursor=abc',
    );
  });
  it('encodes what people type', () => {
    expect(caseloadQuery({ search: 'a+b@x', status: '', flag: '' }, null)).toBe('limit=20&search=a%2Bb%40x');
  });
});

describe('rangeText', () => {
  it('names the rows shown', () => {
    expect(rangeText(0, 20, 57)).toBe('Showing 1–20 of 57');
    expect(rangeText(40, 17, 57)).toBe('Showing 41–57 of 57');
    expect(rangeText(0, 0, 0)).toBe('No patients match.');
  });
});
