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

  it('marks a note or an event entered in error once, keeps it, marks the snapshot stale, erases it with the patient', async () => {
    const doc = await newClinician(store, 'doc@example.org');
    const ann = patientIdOf(await newPatient(store));
    const noteId = randomUUID();
    const eventId = randomUUID();
    await store.addNote({
      id: noteId,
      patientId: ann,
      authorId: doc.id,
      kind: 'other',
      text: 'x',
      date: '2026-03-01',
      createdAt: NOW,
    });
    const body = JSON.stringify({ type: 'load-test', date: '2026-03-01', test: 'arabesque', pain: 1 });
    await store.appendEvents(ann, [{ id: eventId, date: '2026-03-01', type: 'load-test', body }], NOW);
    const version = (await store.getSnapshot(ann))?.version;
    const input = { patientId: ann, reason: 'wrong patient', markedBy: doc.id, markedAt: NOW };
    const mark = {
      reason: 'wrong patient',
      markedBy: doc.id,
      markedByEmail: 'doc@example.org',
      markedAt: NOW,
    };

    expect(await store.markEnteredInError({ ...input, target: 'event', targetId: eventId })).toEqual({
      created: true,
      mark,
    });
    expect((await store.getSnapshot(ann))?.version).not.toBe(version);
    expect(
      await store.markEnteredInError({ ...input, target: 'event', targetId: eventId, reason: 'again' }),
    ).toEqual({
      created: false,
      mark,
    });
    expect(await store.markEnteredInError({ ...input, target: 'note', targetId: noteId })).toEqual({
      created: true,
      mark,
    });
    // an id of another kind or another patient is no entry of theirs
    expect(await store.markEnteredInError({ ...input, target: 'note', targetId: eventId })).toBeUndefined();
    const bob = patientIdOf(await newPatient(store));
    expect(
      await store.markEnteredInError({ ...input, patientId: bob, target: 'event', targetId: eventId }),
    ).toBeUndefined();

    expect((await store.listEvents(ann)).map((e) => [e.id, e.enteredInError])).toEqual([[eventId, mark]]);
    expect((await store.listNotes(ann)).map((n) => [n.id, n.enteredInError])).toEqual([[noteId, mark]]);
    expect(await store.listNotes(bob)).toEqual([]);
    await store.erasePatient(ann, NOW);
    expect(await store.markEnteredInError({ ...input, target: 'note', targetId: noteId })).toBeUndefined();
  });
});
