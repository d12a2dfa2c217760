import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeTargets, type OpenedStore } from '../../test/stores.js';
import { verifyPassword } from '../http/passwords.js';
import type { Store } from '../store/store.js';
import { DEMO_CLINICIAN, DEMO_PASSWORD, PERSONAS } from './personas.js';
import { seedDemo } from './seed-demo.js';

const NOW = new Date('2026-03-10T12:00:00.000Z');

describe.each(storeTargets())('the demo clinic on $name', (target) => {
  let opened: OpenedStore;
  let store: Store;
  beforeEach(async () => {
    opened = await target.open();
    store = opened.store;
  });
  afterEach(async () => {
    await opened.cleanup();
  });

  it('seeds a marked clinic, a clinician and five patients at different points, with weeks of history', async () => {
    const result = await seedDemo(store, NOW);
    expect(result).toMatchObject({ created: true, clinician: DEMO_CLINICIAN, password: DEMO_PASSWORD });
    const clinician = await store.findUserByEmail(DEMO_CLINICIAN);
    expect(await verifyPassword(clinician?.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect((await store.getClinic(clinician?.clinicId ?? ''))?.name).toContain('Demo');

    const { rows } = await store.listCaseload({ clinicianId: clinician?.id ?? '', limit: 10 });
    expect(rows.map((r) => r.email).sort()).toEqual(PERSONAS.map((p) => p.email).sort());
    const byKey = Object.fromEntries(rows.map((r) => [r.email?.split('.')[0] ?? '', r]));
    expect(byKey.kim).toMatchObject({ status: 'emergency', attention: 0 });
    expect(byKey.jo?.flags).toBeGreaterThan(0);
    // different points: under pht-v2 a non-runner completes at stage 3, so status and stage together
    const points = new Set(rows.map((r) => `${r.status} ${String(r.stage)}`));
    expect(points.size).toBeGreaterThanOrEqual(4);
    expect(rows.every((r) => r.computedFor === '2026-03-10')).toBe(true);

    for (const row of rows) {
      const events = await store.listEvents(row.patientId);
      const first = events[0]?.date ?? '';
      const days = (Date.parse('2026-03-10') - Date.parse(first)) / 86_400_000;
      expect(days, row.email ?? '').toBeGreaterThanOrEqual(42);
      expect(days, row.email ?? '').toBeLessThanOrEqual(70);
      expect((await store.listNotes(row.patientId)).length).toBeGreaterThan(0);
    }
    const alex = await store.getSnapshot(byKey.alex?.patientId ?? '');
    const decision = JSON.parse(alex?.decision ?? '{}') as { plan: { running: { level: number } | null } };
    expect(decision.plan.running?.level).toBeGreaterThanOrEqual(1);
    const jo = JSON.parse((await store.getSnapshot(byKey.jo?.patientId ?? ''))?.decision ?? '{}') as {
      flags: string[];
    };
    expect(jo.flags).toContain('flare');
  });

  it('is idempotent: seeding again adds nothing', async () => {
    await seedDemo(store, NOW);
    const before = await opened.dump(['sessions', 'audit_log', 'patient_snapshots', 'clinician_patients']);
    const again = await seedDemo(store, new Date('2026-03-12T09:00:00.000Z'));
    expect(again.created).toBe(false);
    expect(await opened.dump(['sessions', 'audit_log', 'patient_snapshots', 'clinician_patients'])).toEqual(
      before,
    );
  });
});

describe('the demo clinic is deterministic', () => {
  it('gives the same data on every run', async () => {
    const [a, b] = await Promise.all([storeTargets()[0]?.open(), storeTargets()[0]?.open()]);
    if (a === undefined || b === undefined) throw new Error('no store');
    try {
      await seedDemo(a.store, NOW);
      await seedDemo(b.store, NOW);
      const events = async (s: Store) => {
        const user = await s.findUserByEmail(PERSONAS[0]?.email ?? '');
        return s.listEvents(user?.patientId ?? '');
      };
      expect(await events(a.store)).toEqual(await events(b.store));
    } finally {
      await a.cleanup();
      await b.cleanup();
    }
  });
});
