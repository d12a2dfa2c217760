import { hashPassword } from '../http/passwords.js';
import { canonicalJson } from '../cases/canonical-json.js';
import { addDays, todayIn } from '../cases/dates.js';
import { SnapshotService } from '../snapshots/snapshot-service.js';
import type { Store, User } from '../store/store.js';
import { DEMO_CLINIC, DEMO_CLINICIAN, DEMO_PASSWORD, PERSONAS, type Persona } from './personas.js';
import { DEMO_SCREENING, demoId, simulate } from './simulate.js';

export interface DemoResult {
  /** False when the demo clinic was already there (nothing new was made). */
  created: boolean;
  clinician: string;
  patients: string[];
  password: string;
}

async function clinicianAccount(
  store: Store,
  now: string,
  passwordHash: () => Promise<string>,
): Promise<User> {
  const found = await store.findUserByEmail(DEMO_CLINICIAN);
  if (found !== undefined) return found;
  const made = await store.createClinician({
    userId: demoId('clinician'),
    email: DEMO_CLINICIAN,
    passwordHash: await passwordHash(),
    now,
    clinic: { kind: 'new', id: demoId('clinic'), name: DEMO_CLINIC },
  });
  if (made === undefined) throw new Error('the demo clinician could not be created');
  return made;
}

/** One demo patient with their history, linked to the clinician; skipped parts that already exist. */
async function seedPatient(
  store: Store,
  persona: Persona,
  clinician: User,
  now: Date,
  hash: string,
): Promise<string> {
  const iso = now.toISOString();
  const user =
    (await store.findUserByEmail(persona.email)) ??
    (await store.createSelfManagedPatient({
      userId: demoId(`${persona.key}:user`),
      patientId: demoId(`${persona.key}:patient`),
      email: persona.email,
      passwordHash: hash,
      now: iso,
    }));
  const patientId = user.patientId;
  if (patientId === null) throw new Error(`${persona.email} is not a patient`);
  await store.linkClinician({ clinicianId: clinician.id, patientId, now: iso });
  if ((await store.listEvents(patientId)).length > 0) return patientId;

  const today = todayIn(persona.timeZone, now);
  const sim = simulate(persona, today);
  await store.setProfile(
    patientId,
    {
      birthYear: persona.birthYear,
      affectedSide: persona.side,
      runner: persona.runner,
      sport: false,
      painCeiling: 5,
      timeZone: persona.timeZone,
    },
    iso,
  );
  await store.setScreening(patientId, { date: sim.screeningDate, answers: DEMO_SCREENING }, iso);
  const result = await store.appendEvents(
    patientId,
    sim.events.map((event, i) => ({
      id: demoId(`${persona.key}:event:${i}`),
      date: event.date,
      type: event.type,
      body: canonicalJson(event),
    })),
    iso,
  );
  if (!result.ok) throw new Error(`the demo events of ${persona.email} could not be stored`);
  if ((await store.listNotes(patientId)).length === 0) {
    for (const [i, note] of persona.notes.entries()) {
      const date = addDays(sim.screeningDate, note.week * 7);
      await store.addNote({
        id: demoId(`${persona.key}:note:${i}`),
        patientId,
        authorId: clinician.id,
        kind: note.kind,
        text: note.text,
        date,
        createdAt: `${date}T16:00:00.000Z`,
      });
    }
  }
  return patientId;
}

/**
 * Seeds the demo clinic: one clinician and five patients with 6 to 10 weeks of history up to today,
 * deterministic (seeded) and idempotent (what exists is kept; nothing is stored twice).
 */
export async function seedDemo(store: Store, now: Date): Promise<DemoResult> {
  let hash: string | undefined;
  const passwordHash = async () => (hash ??= await hashPassword(DEMO_PASSWORD));
  const existed = (await store.findUserByEmail(DEMO_CLINICIAN)) !== undefined;
  const clinician = await clinicianAccount(store, now.toISOString(), passwordHash);
  const snapshots = new SnapshotService(store, () => now, {
    error: (details, message) => {
      process.stderr.write(`${message}: ${JSON.stringify(details)}\n`);
    },
  });
  for (const persona of PERSONAS) {
    const patientId = await seedPatient(store, persona, clinician, now, await passwordHash());
    await snapshots.refresh(patientId);
  }
  return {
    created: !existed,
    clinician: DEMO_CLINICIAN,
    patients: PERSONAS.map((p) => p.email),
    password: DEMO_PASSWORD,
  };
}
