import type { AppDecision, CaseEvent, Decision } from '@hamstring-rehab/engine';
import { useMemo } from 'react';
import { daily, functionSeries, toX, weeklyRunMinutes } from '../lib/series';
import { LineChart, type ChartBand } from './line-chart';

const GREEN = '#1e6b3a';
const RED = '#a3171e';
const BRAND = '#1d5c57';

/** 2.25 -> "Stage 2, level 2": the chart draws each level as a quarter step. */
const stageText = (v: number): string =>
  `Stage ${String(Math.floor(v))}, level ${String(Math.round((v - Math.floor(v)) * 4) + 1)}`;

/** One change of the ladder, as the engine's decision history gives it. */
export interface StagePoint {
  date: string;
  stage: number | null;
  level: number | null;
}

interface Props {
  events: readonly CaseEvent[];
  history: readonly StagePoint[];
  /** The engine's decision; the pain ceiling is missing from a snapshot stored by an older engine. */
  decision: Decision & Partial<Pick<AppDecision, 'painCeiling'>>;
  today: string;
  runner: boolean;
}

/**
 * The progress charts, the same for the patient and their clinician: morning score and session pain
 * with the pain bands, stage over time, function score, and running minutes per week for runners.
 */
export function ProgressCharts({ events, history, decision, today, runner }: Props) {
  const ceiling = decision.painCeiling ?? 5;
  const bands = useMemo<ChartBand[]>(
    () => [
      { from: 0, to: 3, color: 'rgba(30,107,58,0.12)' },
      { from: 3, to: ceiling, color: 'rgba(179,107,0,0.14)' },
      { from: ceiling, to: 10, color: 'rgba(163,23,30,0.10)' },
    ],
    [ceiling],
  );
  const charts = useMemo(() => {
    const morning = daily(events, (e) => (e.type === 'morning-check' ? e.score : undefined));
    const pain = daily(events, (e) => (e.type === 'session' ? e.painDuring : undefined));
    const after = daily(events, (e) => (e.type === 'session' ? e.painAfter : undefined));
    const sitting = daily(events, (e) => (e.type === 'sitting' ? e.minutes : undefined));
    const fn = functionSeries(events);
    const shown = history.filter((h) => h.stage !== null);
    const stage = {
      x: [...shown.map((h) => toX(h.date)), toX(today)],
      y: [
        ...shown.map((h) => (h.stage ?? 0) + ((h.level ?? 1) - 1) / 4),
        (decision.stage ?? 1) + ((decision.level ?? 1) - 1) / 4,
      ],
    };
    return { morning, pain, after, sitting, fn, stage, runs: weeklyRunMinutes(events) };
  }, [events, history, decision, today]);

  return (
    <>
      <LineChart
        title="Morning check score (0-10)"
        x={charts.morning.x}
        series={[{ label: 'Morning score', values: charts.morning.y, color: BRAND }]}
        yRange={[0, 10]}
        bands={bands}
      />
      <LineChart
        title="Worst pain during sessions (0-10)"
        x={charts.pain.x}
        series={[{ label: 'Pain during', values: charts.pain.y, color: RED }]}
        yRange={[0, 10]}
        bands={bands}
      />
      <LineChart
        title="Pain after sessions, later the same day (0-10)"
        x={charts.after.x}
        series={[{ label: 'Pain after', values: charts.after.y, color: RED }]}
        yRange={[0, 10]}
        bands={bands}
      />
      <LineChart
        title="Sitting tolerance (minutes before the pain starts, higher is better)"
        x={charts.sitting.x}
        series={[{ label: 'Minutes', values: charts.sitting.y, color: GREEN }]}
        yRange={[0, Math.max(60, ...charts.sitting.y.map((v) => v ?? 0))]}
      />
      <LineChart
        title="Stage over time (level shown as quarter steps)"
        x={charts.stage.x}
        series={[{ label: 'Stage', values: charts.stage.y, color: BRAND, format: stageText }]}
        yRange={[1, 5]}
        stepped
      />
      {charts.fn.length === 0 && (
        <LineChart
          title="Function score (0-100, higher is better)"
          x={[]}
          series={[{ label: 'Function', values: [], color: GREEN }]}
          yRange={[0, 100]}
        />
      )}
      {charts.fn.map((f) => (
        <LineChart
          key={f.instrument}
          title={`Function score: ${f.label} (0-100, higher is better)`}
          x={f.x}
          series={[{ label: f.label, values: f.y, color: GREEN }]}
          yRange={[0, 100]}
        />
      ))}
      {runner && (
        <LineChart
          title="Running minutes per week"
          x={charts.runs.x}
          series={[{ label: 'Minutes', values: charts.runs.y, color: BRAND }]}
          yRange={[0, Math.max(60, ...charts.runs.y.map((v) => v ?? 0))]}
          bars
        />
      )}
    </>
  );
}
