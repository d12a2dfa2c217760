import 'fake-indexeddb/auto';
import { decide } from '@hamstring-rehab/engine';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearDevice, setKey } from './db';
import { readCheckpoint, saveCheckpoint } from './checkpoint-store';
import { nextCheckpoint, type DeviceCheckpoint } from './device-checkpoint';
import { buildCase, decideLocally, type LocalData } from './patient-case';
import type { IdentifiedEvent, Me } from './types';

const day = (n: number): string => new Date(Date.UTC(2025, 2, 1 + n)).toISOString().slice(0, 10);

/** Thirty calm days from the screening: a morning check each day, a session every other day. */
function calmMonth(): IdentifiedEvent[] {
  const events: IdentifiedEvent[] = [];
  for (let n = 0; n < 30; n++) {
    events.push({ id: `m${n}`, type: 'morning-check', date: day(n), score: 1 });
    if (n % 2 === 0) events.push({ id: `s${n}`, type: 'session', date: day(n), painDuring: 1, painAfter: 1 });
  }
  return events;
}

const data: LocalData = {
  profile: {
    birthYear: 1985,
    affectedSide: 'left',
    runner: false,
    sport: false,
    painCeiling: 5,
    timeZone: 'UTC',
  },
  screening: {
    date: day(0),
    answers: {
      'pain-at-sitting-bone': true,
      'worse-when-sitting': true,
      'worse-with-stretch-or-bending': true,
    },
  },
  events: calmMonth(),
};
const today = day(30);
const full = (d: LocalData, asOf = today) => decide(buildCase(d, asOf) ?? ({} as never));

function checkpointOf(d: LocalData, userId = 'ann'): DeviceCheckpoint {
  const c = buildCase(d, today);
  const dc = c && nextCheckpoint(userId, c, d.events, undefined);
  if (dc === undefined) throw new Error('no checkpoint');
  return dc;
}

describe("the device's replay checkpoint", () => {
  it('decides from the checkpoint and the later events, as a full replay does', () => {
    const dc = checkpointOf(data);
    expect(dc.checkpoint.day).toBe(day(29));
    expect(decideLocally({ ...data, checkpoint: dc }, today)).toEqual(full(data));
    // today's events come after it
    const later: LocalData = {
      ...data,
      events: [
        ...data.events,
        { id: 'm30', type: 'morning-check', date: today, score: 2 },
        { id: 's30', type: 'session', date: today, painDuring: 7 },
      ],
    };
    expect(decideLocally({ ...later, checkpoint: dc }, today)).toEqual(full(later));
    // and it was used: a checkpoint whose state says another stage shows that stage
    const tampered: DeviceCheckpoint = structuredClone(dc);
    tampered.checkpoint.state.stage = 3;
    tampered.checkpoint.state.level = 2;
    expect(decideLocally({ ...later, checkpoint: tampered }, today)).toMatchObject({ stage: 3, level: 2 });
  });

  it('replays in full when an event for its day or before came since, or one it held went', () => {
    const tampered: DeviceCheckpoint = structuredClone(checkpointOf(data));
    tampered.checkpoint.state.stage = 3;
    const late: LocalData = {
      ...data,
      events: [...data.events, { id: 'late', type: 'morning-check', date: day(29), score: 6 }],
    };
    expect(decideLocally({ ...late, checkpoint: tampered }, today)).toEqual(full(late));
    const refused: LocalData = { ...data, events: data.events.filter((e) => e.id !== 'm3') };
    expect(decideLocally({ ...refused, checkpoint: tampered }, today)).toEqual(full(refused));
    // the decision history (Progress) always replays in full
    expect(decideLocally({ ...data, checkpoint: tampered }, today, true)).toEqual(
      decide(buildCase(data, today) ?? ({} as never), { history: true }),
    );
  });

  it('moves on from the current checkpoint, and from every event when it no longer holds', () => {
    const dc = checkpointOf(data);
    const tomorrow = day(31);
    const later: LocalData = {
      ...data,
      events: [...data.events, { id: 'm30', type: 'morning-check', date: today, score: 1 }],
    };
    const c = buildCase(later, tomorrow);
    if (c === undefined) throw new Error('no case');
    const next = nextCheckpoint('ann', c, later.events, dc);
    expect(next?.checkpoint.day).toBe(today);
    expect(nextCheckpoint('ann', c, later.events, next)).toBeUndefined();
    expect(decideLocally({ ...later, checkpoint: next }, tomorrow)).toEqual(full(later, tomorrow));
  });

  describe('in IndexedDB', () => {
    const ann: Me = { id: 'ann', email: 'ann@example.org', role: 'patient', patientId: 'p-ann' };
    beforeEach(async () => {
      await clearDevice();
    });

    it('is kept for the signed-in user only, and goes with the device copy', async () => {
      await setKey('me', ann);
      const dc = checkpointOf(data);
      await saveCheckpoint(dc);
      expect(await readCheckpoint('ann')).toEqual(dc);
      expect(await readCheckpoint('bob')).toBeUndefined();
      // someone else signed in meanwhile: not written
      await saveCheckpoint(checkpointOf(data, 'bob'));
      expect(await readCheckpoint('bob')).toBeUndefined();
      await clearDevice();
      expect(await readCheckpoint('ann')).toBeUndefined();
    });
  });
});
