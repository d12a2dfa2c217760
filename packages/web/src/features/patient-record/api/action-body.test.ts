import { describe, expect, it } from 'vitest';
import { actionBody } from './action-body';

const values = { stage: 2, level: 3, painCeiling: 5, runningLevel: 0 };

describe('actionBody', () => {
  it('sends only the fields of the chosen action', () => {
    expect(actionBody('set-stage', values, ' after review ')).toEqual({
      action: 'set-stage',
      note: 'after review',
      stage: 2,
      level: 3,
    });
    expect(actionBody('set-running-level', values, 'pause')).toEqual({
      action: 'set-running-level',
      note: 'pause',
      runningLevel: 0,
    });
    expect(actionBody('review', values, ' flare reviewed: load was too quick ')).toEqual({
      action: 'review',
      note: 'flare reviewed: load was too quick',
    });
    expect(actionBody('clear-screening', values, 'seen')).toEqual({
      action: 'clear-screening',
      note: 'seen',
    });
  });
});
