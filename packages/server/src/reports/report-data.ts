import { getProtocol, type AppDecision, type PlannedExercise, type Protocol } from '@hamstring-rehab/engine';
import { caseHistory } from '../cases/case-history.js';
import { explainHistory, type HistoryEntry } from '../cases/decision-history.js';
import type { PatientData } from '../cases/patient-case.js';
import type { ProtocolId } from '../store/store.js';

/** Points of the report's charts. */
export interface Series {
  morning: { date: string; score: number }[];
  sessions: { date: string; during: number; after: number | null }[];
  functionChecks: { date: string; score: number; instrument: string }[];
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
    'patientLabel' | 'patientId' | 'preparedFor' | 'clinicians' | 'clinicName' | 'dateOfBirth' | 'reference'
  >,
  asOf: string,
  generatedAt: string,
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
  };
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
 * choose ("load: a weight you could lift about 12 times, no more") and assisted Nordics.
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
    parts.push(`load: a weight you could lift about ${exercise.repMax} times, no more`);
  if (exercise.tempo !== undefined) parts.push(`tempo ${exercise.tempo}`);
  if (exercise.restSeconds !== undefined) parts.push(`rest ${exercise.restSeconds} s`);
  if (exercise.timesPerDay !== undefined) parts.push(`${exercise.timesPerDay} times a day`);
  return parts.join(', ');
}
