import { getProtocol, type AppDecision, type PlannedExercise, type Protocol } from '@hamstring-rehab/engine';
import { caseHistory } from '../cases/case-history.js';
import { explainHistory, type HistoryEntry } from '../cases/decision-history.js';
import type { PatientData } from '../cases/patient-case.js';
import type { ProtocolId } from '../store/store.js';
import type { TreatmentNote } from '../store/records.js';

/** Points of the report's charts. */
export interface Series {
  morning: { date: string; score: number }[];
  sessions: { date: string; during: number; after: number | null }[];
  functionChecks: { date: string; score: number; instrument: string }[];
}

/** A load test the clinician recorded: its name in the protocol's words, pain 0-10, the side. */
export interface LoadTestRow {
  date: string;
  test: string;
  pain: number;
  side: 'left' | 'right' | null;
}

/** A treatment note, as the clinic wrote it. */
export interface NoteRow {
  date: string;
  kind: string;
  text: string;
  author: string | null;
}

export interface RecentDecision {
  entry: HistoryEntry;
  reasons: string[];
}

/** Everything a progress report shows, gathered before any drawing. */
export interface ReportData {
  patientLabel: string;
  patientId: string;
  /** Issue 12: the clinic asking (the letterhead), the patient's date of birth and the clinic's reference. */
  clinicName?: string | null;
  dateOfBirth?: string | null;
  reference?: string | null;
  /** The clinician's summary typed in before the download (issue 12), or null. */
  summary?: string | null;
  /** Who asked for it: a clinician's email and clinic, or the patient. */
  preparedFor: string;
  clinicians: string[];
  generatedAt: string;
  asOf: string;
  timeZone: string;
  /** The protocol that made the decisions: the decision's, else the patient's. */
  protocol: ProtocolId;
  decision: AppDecision | null;
  missing: string | null;
  /** Stage, level and running level at each change of stage (or start, or pause). */
  stageHistory: HistoryEntry[];
  recent: RecentDecision[];
  series: Series;
  painCeiling: number;
  loadTests: LoadTestRow[];
  notes: NoteRow[];
  /** Treatment notes marked entered in error, left out. */
  withdrawnNotes: number;
}

/** How many of the latest decided changes the report explains. */
export const RECENT_CHANGES = 10;

export function seriesOf(data: PatientData, asOf: string): Series {
  const morning = new Map<string, number>();
  const series: Series = { morning: [], sessions: [], functionChecks: [] };
  for (const { event: e } of data.events) {
    if (e.date > asOf) continue;
    if (e.type === 'morning-check') morning.set(e.date, e.score);
    else if (e.type === 'session')
      series.sessions.push({ date: e.date, during: e.painDuring, after: e.painAfter ?? null });
    else if (e.type === 'function-check')
      series.functionChecks.push({ date: e.date, score: e.score, instrument: e.instrument ?? 'own' });
  }
  series.morning = [...morning].map(([date, score]) => ({ date, score }));
  return series;
}

/** The report's facts: today's decision, its history and the charts' points. */
export function reportData(
  data: PatientData,
  who: Pick<
    ReportData,
    | 'patientLabel'
    | 'patientId'
    | 'preparedFor'
    | 'clinicians'
    | 'clinicName'
    | 'dateOfBirth'
    | 'reference'
    | 'summary'
  >,
  asOf: string,
  generatedAt: string,
  notes: readonly TreatmentNote[] = [],
): ReportData {
  const { case: c, missing, decision, history, protocol } = caseHistory(data, asOf);
  let previousStage: number | null = null;
  const stageHistory = history.filter((entry) => {
    const changed = entry.stage !== previousStage || entry.change === 'start';
    previousStage = entry.stage;
    return changed;
  });
  const changes = history.filter((entry) => entry.change !== 'hold').slice(-RECENT_CHANGES);
  const recent = c === null ? [] : explainHistory(c, changes);
  return {
    ...who,
    generatedAt,
    asOf,
    timeZone: data.profile.timeZone,
    protocol,
    decision,
    missing,
    stageHistory,
    recent: recent.reverse(),
    series: seriesOf(data, asOf),
    painCeiling: decision?.painCeiling ?? data.profile.painCeiling,
    loadTests: loadTestsOf(data, asOf, getProtocol(protocol)),
    // a note marked entered in error never stood (ADR 129): not in a report; how many are left out is said
    withdrawnNotes: notes.filter((n) => n.enteredInError !== undefined && n.date <= asOf).length,
    notes: notes
      .filter((n) => n.date <= asOf && n.enteredInError === undefined)
      .map((n) => ({ date: n.date, kind: n.kind, text: n.text, author: n.authorEmail }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}

/** The load tests of the patient's events up to the report's day, oldest first, named as the protocol names them. */
function loadTestsOf(data: PatientData, asOf: string, p: Protocol): LoadTestRow[] {
  const rows: LoadTestRow[] = [];
  for (const { event: e } of data.events) {
    if (e.type !== 'load-test' || e.date > asOf) continue;
    rows.push({
      date: e.date,
      test: p.loadTests.find((t) => t.id === e.test)?.name ?? e.test,
      pain: e.pain,
      side: e.side ?? null,
    });
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The protocol's catalogue, for names and titles. */
export function protocolOf(r: Pick<ReportData, 'protocol'>): Protocol {
  return getProtocol(r.protocol);
}

export function exerciseName(p: Protocol, id: string): string {
  return p.exercises.find((e) => e.id === id)?.name ?? id;
}

export function adviceTitle(p: Protocol, id: string): string {
  return p.advice.find((a) => a.id === id)?.title ?? id;
}

export function stageName(p: Protocol, stage: number): string {
  return p.stages.find((s) => s.stage === stage)?.name ?? '';
}

/**
 * An exercise's dose in words: "5 x 45 s hold at 60% effort, rest 120 s, twice a day"; with pht-v2's load to
 * choose ("load: a weight the patient could lift about 12 times, no more") and assisted Nordics.
 */
export function doseText(exercise: PlannedExercise): string {
  const amount =
    exercise.holdSeconds !== undefined
      ? `${exercise.sets} x ${exercise.holdSeconds} s hold`
      : `${exercise.sets} x ${exercise.reps ?? 1}`;
  const effort = exercise.effortPercent === undefined ? '' : ` at ${exercise.effortPercent}% effort`;
  const parts = [`${amount}${effort}`];
  if (exercise.assisted === true && !(exercise.tempo ?? '').includes('assist'))
    parts.push('assisted (band or partner, short range)');
  if (exercise.repMax !== undefined)
    parts.push(`load: a weight the patient could lift about ${exercise.repMax} times, no more`);
  if (exercise.tempo !== undefined) parts.push(`tempo ${exercise.tempo}`);
  if (exercise.restSeconds !== undefined) parts.push(`rest ${exercise.restSeconds} s`);
  if (exercise.timesPerDay !== undefined) parts.push(`${exercise.timesPerDay} times a day`);
  return parts.join(', ');
}
