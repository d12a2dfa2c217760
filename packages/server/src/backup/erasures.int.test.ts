import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newPatient, patientIdOf, storedMorningCheck } from '../../test/store-helpers.js';
import { openPostgres, type OpenedStore } from '../../test/stores.js';
import { erasuresCommand, syncErasures } from './erasures.js';

const url = process.env.TEST_DATABASE_URL;

describe('npm run erasures (PostgreSQL’s ledger outside its backups)', () => {
  let opened: OpenedStore | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await opened?.cleanup();
    opened = undefined;
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it.skipIf(url === undefined)(
    'writes the database’s erasures to the file, and erases again a patient that a restored dump brought back (skipped without TEST_DATABASE_URL)',
    async () => {
      opened = await openPostgres(url ?? '');
      const { store } = opened;
      const { schema } = opened;
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-erasures-'));
      const ledger = path.join(dir, 'erasures.ledger');
      const ann = await newPatient(store);
      await store.appendEvents(
        patientIdOf(ann),
        [storedMorningCheck('2026-02-01', 2)],
        '2026-02-01T08:00:00.000Z',
      );
      await store.erasePatient(patientIdOf(ann), '2026-03-02T10:00:00.000Z');
      expect(await syncErasures(url ?? '', ledger, schema)).toEqual({ reapplied: 0, recorded: 1 });
      expect(fs.readFileSync(ledger, 'utf8')).toBe(
        `2026-03-02T10:00:00.000Z ${patientIdOf(ann)} ${ann.id}\n`,
      );

      // A patient the ledger names, as an older dump restored would bring back.
      const back = await newPatient(store);
      fs.appendFileSync(ledger, `2026-03-03T10:00:00.000Z ${patientIdOf(back)} ${back.id}\n`);
      expect(await syncErasures(url ?? '', ledger, schema)).toEqual({ reapplied: 1, recorded: 2 });
      expect(await store.getPatient(patientIdOf(back))).toBeUndefined();
      expect(await store.findUserById(back.id)).toBeUndefined();
    },
  );

  it('says what it is for on SQLite, and how to call it', async () => {
    const dirs = { server: os.tmpdir(), user: os.tmpdir() };
    expect((await erasuresCommand({}, [], dirs)).code).toBe(2);
    const sqlite = await erasuresCommand({}, ['ledger'], dirs);
    expect(sqlite.code).toBe(1);
    expect(sqlite.message).toContain('SQLite keeps its ledger itself');
  });
});
