import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { AlertMails, Message, MessageInput, UnreadThread } from '../store.js';
import { alertRecipients } from './alerts.js';
import { enqueueWithin } from './mail.js';

/**
 * Stores a message once: a repeat of its id with the same patient, author and text is the stored message
 * (`created` false); with anything else it is `conflict`.
 */
export async function addMessage(
  db: Kysely<Database>,
  input: MessageInput,
  alerts?: AlertMails,
): Promise<{ message: Message; created: boolean } | 'conflict'> {
  return db.transaction().execute(async (tx) => {
    const stored = await insertMessage(tx, input);
    if (stored !== 'conflict' && stored.created && alerts !== undefined) {
      await enqueueWithin(tx, alerts(await alertRecipients(tx, input.patientId)), input.createdAt);
    }
    return stored;
  });
}

async function insertMessage(
  db: Kysely<Database>,
  input: MessageInput,
): Promise<{ message: Message; created: boolean } | 'conflict'> {
  const inserted = await db
    .insertInto('messages')
    .values({
      id: input.id,
      patient_id: input.patientId,
      author_id: input.authorId,
      author_role: input.authorRole,
      text: input.text,
      created_at: input.createdAt,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  const message = await getMessage(db, input.id);
  if (message === undefined) return 'conflict';
  const same =
    message.patientId === input.patientId &&
    message.authorId === input.authorId &&
    message.text === input.text;
  if (!same) return 'conflict';
  return { message, created: Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 };
}

function thread(db: Kysely<Database>) {
  return db
    .selectFrom('messages')
    .leftJoin('users', 'users.id', 'messages.author_id')
    .select([
      'messages.id',
      'messages.patient_id',
      'messages.author_id',
      'messages.author_role',
      'messages.text',
      'messages.created_at',
      'users.email',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof thread>['execute']>>[number];

const toMessage = (r: Row): Message => ({
  id: r.id,
  patientId: r.patient_id,
  authorId: r.author_id,
  authorRole: r.author_role,
  authorEmail: r.email,
  text: r.text,
  createdAt: r.created_at,
});

async function getMessage(db: Kysely<Database>, id: string): Promise<Message | undefined> {
  const row = await thread(db).where('messages.id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toMessage(row);
}

/** The thread, oldest first. */
export async function listMessages(db: Kysely<Database>, patientId: string): Promise<Message[]> {
  const rows = await thread(db)
    .where('messages.patient_id', '=', patientId)
    .orderBy('messages.created_at')
    .orderBy('messages.id')
    .execute();
  return rows.map(toMessage);
}

/** The user has read the thread up to `now`. */
export async function markMessagesRead(
  db: Kysely<Database>,
  patientId: string,
  userId: string,
  now: string,
): Promise<void> {
  await db
    .insertInto('message_reads')
    .values({ patient_id: patientId, user_id: userId, read_at: now })
    .onConflict((oc) => oc.columns(['patient_id', 'user_id']).doUpdateSet({ read_at: now }))
    .execute();
}

/**
 * For each thread the user can read (their own record's, their linked patients'), how many messages others
 * wrote after the user last read it; threads with none left out.
 */
export async function unreadMessages(db: Kysely<Database>, userId: string): Promise<UnreadThread[]> {
  const rows = await db
    .selectFrom('messages as m')
    .leftJoin('message_reads as r', (join) =>
      join.onRef('r.patient_id', '=', 'm.patient_id').on('r.user_id', '=', userId),
    )
    .select(['m.patient_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where((eb) =>
      eb.or([
        eb(
          'm.patient_id',
          'in',
          eb.selectFrom('patients').select('patients.id').where('patients.owner_user_id', '=', userId),
        ),
        eb(
          'm.patient_id',
          'in',
          eb
            .selectFrom('clinician_patients')
            .select('clinician_patients.patient_id')
            .where('clinician_patients.clinician_id', '=', userId),
        ),
      ]),
    )
    .where((eb) => eb.or([eb('m.author_id', 'is', null), eb('m.author_id', '<>', userId)]))
    .where((eb) => eb.or([eb('r.read_at', 'is', null), eb('m.created_at', '>', eb.ref('r.read_at'))]))
    .groupBy('m.patient_id')
    .orderBy('m.patient_id')
    .execute();
  return rows.map((r) => ({ patientId: r.patient_id, unread: Number(r.n) }));
}
