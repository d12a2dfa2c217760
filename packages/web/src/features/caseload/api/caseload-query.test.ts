import { describe, expect, it } from 'vitest';
import {
  adherenceText,
  caseloadQuery,
  DEFAULT_VIEW,
  paramsOfView,
  rangeText,
  viewFromParams,
} from './caseload-query';

describe('caseload view in the URL', () => {
  it('writes only what differs from the default, and reads it back the same', () => {
    expect(paramsOfView(DEFAULT_VIEW).toString()).toBe('');
    const view = {
      ...DEFAULT_VIEW,
      search: ' Łódź ',
      flag: 'flare',
      mine: true,
      view: 'table' as const,
      sort: 'name' as const,
      page: 3,
    };
    const params = paramsOfView(view);
    expect(params.toString()).toBe('q=%C5%81%C3%B3d%C5%BA&flag=flare&mine=1&view=table&sort=name&page=3');
    expect(viewFromParams(params)).toEqual({ ...view, search: 'Łódź' });
  });
  it('falls back to the defaults for values it does not know', () => {
    expect(viewFromParams(new URLSearchParams('sort=evil&page=-2&view=grid'))).toEqual(DEFAULT_VIEW);
  });
});

describe('caseloadQuery', () => {
  it('leaves out empty filters, trims the search, and pages by number', () => {
    expect(caseloadQuery(DEFAULT_VIEW)).toBe('limit=20&page=1');
    expect(
      caseloadQuery(
        { ...DEFAULT_VIEW, search: ' ann ', status: 'active', mine: true, sort: 'adherence', page: 2 },
        5,
      ),
    ).toBe('limit=5&page=2&search=ann&status=active&mine=true&sort=adherence');
  });
});

describe('texts', () => {
  it('names the rows shown and adherence against planned', () => {
    expect(rangeText(0, 20, 57)).toBe('Showing 1–20 of 57');
    expect(rangeText(40, 17, 57)).toBe('Showing 41–57 of 57');
    expect(rangeText(0, 0, 0)).toBe('No patients match.');
    expect(adherenceText(7, 7)).toBe('7 of 7 planned');
    expect(adherenceText(0, 0)).toBe('none planned');
  });
});
