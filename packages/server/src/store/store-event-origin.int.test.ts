import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOW, newClinician, newPatient, patientIdOf } from '../../test/store-helpers.js';
import { storeTargets, type OpenedStore } from '../../test/stores.js';
import type { EventInput, Store } from './store.js';

describe.each(storeTargets())(
  'Store on $name: who recorded an event, imported events and notes',
  (target) => {
    let opened: OpenedStore;
    let store: Store;
    beforeEach(async () => {
      opened = await target.open();
      store = opened.store;
    });
    afterEach(async () => {
      await opened.cleanup();
    });

    const event = (date: string, extra: Partial<EventInput> = {}): EventInput => ({
      id: randomUUID(),
      date,
      type: 'sitting',
      body: `{"date":"${date}","minutes":30,"type":"sitting"}`,
      ...extra,
    });

    it('keeps the author of a clinician action and the origin of an imported event', async () => {
      const doc = await newClinician(store, 'doc@example.org');
      const ann = patientIdOf(await newPatient(store));
      const own = event('2026-03-01');
      const byDoc = event('2026-03-02', { authorId: doc.id });
      const imported = event('2026-03-03', {
        imported: { by: 'dr@elsewhere.example (Elsewhere Physio)', at: '2026-03-03T09:00:00.000Z' },
      });
      expect(await store.appendEvents(ann, [own], NOW)).toMatchObject({ ok: true, stored: 1, duplicates: 0 });
      expect(await store.appendEvents(ann, [byDoc], NOW)).toMatchObject({
        ok: true,
        stored: 1,
        duplicates: 0,
      });
      expect(await store.appendEvents(ann, [imported, own], NOW)).toMatchObject({
        ok: true,
        stored: 1,
        duplicates: 1,
      });
      const stored = await store.listEvents(ann);
      expect(stored.map((e) => [e.id, e.authorId, e.imported])).toEqual([
        [own.id, null, null],
        [byDoc.id, doc.id, null],
        [imported.id, null, imported.imported],
      ]);
    });

    it('stores an imported batch once however often it is sent', async () => {
      const ann = patientIdOf(await newPatient(store));
      const origin = { by: null, at: '2026-03-01T08:00:00.000Z' };
      const batch = [event('2026-03-01', { imported: origin }), event('2026-03-02', { imported: origin })];
      expect(await store.appendEvents(ann, batch, NOW)).toMatchObject({ ok: true, stored: 2, duplicates: 0 });
      expect(await store.appendEvents(ann, batch, NOW)).toEqual({ ok: true, stored: 0, duplicates: 2 });
      expect(await store.listEvents(ann)).toHaveLength(2);
    });

    it('keeps a restored treatment note with no author account and where it came from', async () => {
      const ann = patientIdOf(await newPatient(store));
      const note = {
        id: randomUUID(),
        patientId: ann,
        authorId: null,
        kind: 'taping' as const,
        text: 'Offloading tape.',
        date: '2026-03-02',
        createdAt: '2026-03-02T16:00:00.000Z',
        imported: { by: 'dr@elsewhere.example', at: '2026-03-02T16:00:00.000Z' },
      };
      expect(await store.addNote(note)).toBe(true);
      expect(await store.addNote(note)).toBe(false);
      expect(await store.listNotes(ann)).toEqual([{ ...note, authorEmail: null }]);
    });
  },
);
