import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOW, newClinician, newPatient, patientIdOf } from '../../test/store-helpers.js';
import { storeTargets, type OpenedStore } from '../../test/stores.js';
import type { NoteInput, Store } from './store.js';

describe.each(storeTargets())('Store on $name: treatment notes', (target) => {
  let opened: OpenedStore;
  let store: Store;
  beforeEach(async () => {
    opened = await target.open();
    store = opened.store;
  });
  afterEach(async () => {
    await opened.cleanup();
  });

  it('keeps notes by date then order written, with their author, and nobody else’s', async () => {
    const doc = await newClinician(store, 'doc@example.org');
    const ann = patientIdOf(await newPatient(store));
    const bob = patientIdOf(await newPatient(store));
    const note = (patientId: string, date: string, createdAt: string, text: string): NoteInput => ({
      id: randomUUID(),
      patientId,
      authorId: doc.id,
      kind: 'taping',
      text,
      date,
      createdAt,
    });
    const later = note(ann, '2026-03-05', NOW, 'later day');
    const first = note(
      ann,
      '2026-03-04',
      '2026-03-04T12:00:00.000Z',
      "first'; drop table treatment_notes; --",
    );
    const second = note(ann, '2026-03-04', '2026-03-04T13:00:00.000Z', '<b>second</b>');
    for (const n of [later, second, first, note(bob, '2026-03-01', NOW, 'bob')]) await store.addNote(n);
    const notes = await store.listNotes(ann);
    expect(notes.map((n) => n.text)).toEqual([first.text, second.text, later.text]);
    expect(notes[0]).toEqual({ ...first, authorEmail: 'doc@example.org', imported: null });
    expect(await store.listNotes(randomUUID())).toEqual([]);
  });

  it('belongs to a patient who exists, and goes with them', async () => {
    const doc = await newClinician(store);
    const ann = patientIdOf(await newPatient(store));
    await store.addNote({
      id: randomUUID(),
      patientId: ann,
      authorId: doc.id,
      kind: 'other',
      text: 'x',
      date: '2026-03-01',
      createdAt: NOW,
    });
    await expect(
      store.addNote({
        id: randomUUID(),
        patientId: randomUUID(),
        authorId: doc.id,
        kind: 'other',
        text: 'x',
        date: '2026-03-01',
        createdAt: NOW,
      }),
    ).rejects.toThrow();
    await store.erasePatient(ann, 'now');
    expect(await store.listNotes(ann)).toEqual([]);
  });
});
