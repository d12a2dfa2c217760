import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOW, newClinician, newPatient, patientIdOf } from '../../test/store-helpers.js';
import { storeTargets, type OpenedStore } from '../../test/stores.js';
import type { CaseloadQuery, Store } from './store.js';

interface Seed {
  email: string;
  attention: number;
  lastActivity: string | null;
  status?: string;
  flags?: number;
}

describe.each(storeTargets())('Store on $name: the caseload', (target) => {
  let opened: OpenedStore;
  let store: Store;
  let clinicianId: string;
  beforeEach(async () => {
    opened = await target.open();
    store = opened.store;
    clinicianId = (await newClinician(store)).id;
  });
  afterEach(async () => {
    await opened.cleanup();
  });

  /** A linked patient whose snapshot has these sort keys; its id. */
  async function seed(s: Seed, link: 'before' | 'after' = 'before'): Promise<string> {
    const id = patientIdOf(await newPatient(store, s.email));
    if (link === 'before') await store.linkClinician({ clinicianId, patientId: id, now: NOW });
    await store.saveSnapshot(
      id,
      0,
      {
        computedFor: '2026-03-01',
        freshUntil: '2026-03-02T00:00:00.000Z',
        status: s.status ?? 'active',
        stage: 1,
        level: 1,
        flags: s.flags ?? 0,
        attention: s.attention,
        checkIns: 1,
        sessions: 1,
        lastActivity: s.lastActivity,
        decision: '{}',
      },
      NOW,
    );
    if (link === 'after') await store.linkClinician({ clinicianId, patientId: id, now: NOW });
    return id;
  }

  const list = async (query: Partial<CaseloadQuery> = {}) =>
    store.listCaseload({ clinicianId, limit: 50, ...query });
  const emails = async (query: Partial<CaseloadQuery> = {}) => (await list(query)).rows.map((r) => r.email);

  it('orders by attention, then latest activity, then id; links made before or after a snapshot alike', async () => {
    await seed({ email: 'quiet@x.org', attention: 6, lastActivity: '2026-02-01' });
    await seed({ email: 'red@x.org', attention: 0, lastActivity: '2026-02-20' }, 'after');
    await seed({ email: 'stalled@x.org', attention: 4, lastActivity: '2026-02-27' });
    await seed({ email: 'never@x.org', attention: 6, lastActivity: null }, 'after');
    await seed({ email: 'busy@x.org', attention: 6, lastActivity: '2026-02-28' });
    await seed({ email: 'flare@x.org', attention: 5, lastActivity: '2026-02-28' });
    expect(await emails()).toEqual([
      'red@x.org',
      'stalled@x.org',
      'flare@x.org',
      'busy@x.org',
      'quiet@x.org',
      'never@x.org',
    ]);
    const first = (await list()).rows[0];
    expect(first).toMatchObject({
      attention: 0,
      lastActivity: '2026-02-20',
      checkIns: 1,
      sessions: 1,
      linkedAt: NOW,
    });
  });

  it('shows only this clinician’s patients', async () => {
    await seed({ email: 'mine@x.org', attention: 6, lastActivity: null });
    const other = patientIdOf(await newPatient(store, 'theirs@x.org'));
    await store.linkClinician({ clinicianId: (await newClinician(store)).id, patientId: other, now: NOW });
    expect(await emails()).toEqual(['mine@x.org']);
    expect((await list()).total).toBe(1);
  });

  it('pages by offset and by key, with the same order and a total', async () => {
    for (let i = 0; i < 7; i++) {
      await seed({ email: `p${i}@x.org`, attention: i % 3, lastActivity: `2026-02-0${1 + (i % 2)}` });
    }
    const all = await emails();
    expect(all).toHaveLength(7);
    const byOffset = [
      ...(await emails({ limit: 3 })),
      ...(await emails({ limit: 3, offset: 3 })),
      ...(await emails({ limit: 3, offset: 6 })),
    ];
    expect(byOffset).toEqual(all);
    const byKey: (string | null)[] = [];
    let after: CaseloadQuery['after'];
    for (;;) {
      const { rows, total } = await list({ limit: 3, ...(after === undefined ? {} : { after }) });
      expect(total).toBe(7);
      byKey.push(...rows.map((r) => r.email));
      const last = rows[rows.length - 1];
      if (rows.length < 3 || last === undefined) break;
      after = last;
    }
    expect(byKey).toEqual(all);
  });

  it('filters by status, by flag bit and by part of the email, any case, wildcards taken literally', async () => {
    await seed({ email: 'Ann.Smith@x.org', attention: 0, lastActivity: null, status: 'emergency', flags: 1 });
    await seed({ email: 'bob_jones@x.org', attention: 5, lastActivity: null, flags: 4 });
    await seed({ email: 'bobXjones@x.org', attention: 1, lastActivity: null, flags: 2 | 4 });
    await seed({ email: '100%@x.org', attention: 6, lastActivity: null, status: 'incomplete' });
    expect(await emails({ status: 'emergency' })).toEqual(['Ann.Smith@x.org']);
    expect(await emails({ flag: 4 })).toEqual(['bobXjones@x.org', 'bob_jones@x.org']);
    expect(await emails({ flag: 2, status: 'active' })).toEqual(['bobXjones@x.org']);
    expect(await emails({ search: 'ANN.s' })).toEqual(['Ann.Smith@x.org']);
    expect(await emails({ search: 'b_j' })).toEqual(['bob_jones@x.org']);
    expect(await emails({ search: '%' })).toEqual(['100%@x.org']);
    expect(await emails({ search: "'; drop table users; --" })).toEqual([]);
    expect((await list({ search: 'bob' })).total).toBe(2);
  });

  it('finds the stale snapshots of a clinician’s patients, changed ones first', async () => {
    const dated = await seed({ email: 'a@x.org', attention: 6, lastActivity: null });
    const changed = await seed({ email: 'b@x.org', attention: 6, lastActivity: null });
    await seed({ email: 'c@x.org', attention: 6, lastActivity: null });
    await store.setScreening(changed, { date: '2026-03-01', answers: {} }, NOW);
    const later = '2026-03-02T00:00:00.000Z';
    expect(await store.staleCaseload(clinicianId, NOW, 10)).toEqual([changed]);
    const stale = await store.staleCaseload(clinicianId, later, 10);
    expect(stale[0]).toBe(changed);
    expect(stale).toHaveLength(3);
    expect(stale).toContain(dated);
    expect(await store.staleCaseload(randomUUID(), later, 10)).toEqual([]);
    const rows = (await list()).rows;
    expect(rows.find((r) => r.patientId === changed)?.freshUntil).toBe('');
  });

  it('sorts by name, unnamed patients last, either way (the page read from clinician_patients_name_order)', async () => {
    const named = async (email: string, name: string | null) => {
      const id = await seed({ email, attention: 6, lastActivity: null });
      await store.setIdentity(id, { name, dateOfBirth: null, reference: null }, NOW);
      return id;
    };
    await named('z@x.org', 'Zoë Łódź');
    await named('a@x.org', 'Anna Berg');
    await named('n@x.org', null);
    await named('m@x.org', 'Mei Chen');
    expect(await emails({ sort: 'name' })).toEqual(['a@x.org', 'm@x.org', 'z@x.org', 'n@x.org']);
    expect(await emails({ sort: 'name', reverse: true })).toEqual([
      'z@x.org',
      'm@x.org',
      'a@x.org',
      'n@x.org',
    ]);
    expect(await emails({ sort: 'name', limit: 2, offset: 2 })).toEqual(['z@x.org', 'n@x.org']);
  });
});
