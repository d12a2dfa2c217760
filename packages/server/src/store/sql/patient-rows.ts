import type { Selectable } from 'kysely';
import type { PatientsTable } from '../database.js';
import type { PatientRecord, Screening } from '../store.js';

/** The patient record of a `patients` row (or a join that selects these columns). */
export function toPatient(
  row: Pick<
    Selectable<PatientsTable>,
    | 'id'
    | 'owner_user_id'
    | 'birth_year'
    | 'affected_side'
    | 'runner'
    | 'sport'
    | 'pain_ceiling'
    | 'time_zone'
    | 'protocol'
    | 'created_at'
  >,
): PatientRecord {
  const ceiling = row.pain_ceiling;
  return {
    id: row.id,
    ownerUserId: row.owner_user_id,
    profile: {
      birthYear: row.birth_year,
      affectedSide: row.affected_side,
      runner: Boolean(row.runner),
      sport: Boolean(row.sport),
      painCeiling: ceiling === 3 || ceiling === 4 ? ceiling : 5,
      timeZone: row.time_zone,
    },
    protocol: row.protocol === 'pht-v1' ? 'pht-v1' : 'pht-v2',
    createdAt: row.created_at,
  };
}

/** The screening of a `screenings` row. */
export function toScreening(row: { date: string; answers: string }): Screening {
  return { date: row.date, answers: JSON.parse(row.answers) as Record<string, boolean> };
}
