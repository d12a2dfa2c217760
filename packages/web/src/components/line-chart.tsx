import { useEffect, useId, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { axisDay, formatNumber } from '../lib/dates';
import { xLabel, xRange } from '../lib/series';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
  /** How a value reads in the table of numbers (default: the number). */
  format?: (value: number) => string;
}

export interface ChartBand {
  from: number;
  to: number;
  color: string;
}

interface Props {
  title: string;
  /** Unix seconds. */
  x: number[];
  series: ChartSeries[];
  yRange: [number, number];
  bands?: ChartBand[];
  stepped?: boolean;
  bars?: boolean;
}

const cell = (s: ChartSeries, v: number | null | undefined): string =>
  v === null || v === undefined ? '–' : s.format ? s.format(v) : formatNumber(v);

/** Whole-number steps only: a 0-10 pain axis reads 0, 2, 4 … never 2.5 or 7.5. */
const INTEGER_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

/** A small uPlot chart; uPlot itself is loaded only when a chart first shows. */
export function LineChart({ title, x, series, yRange, bands = [], stepped = false, bars = false }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = box.current;
    if (el === null || x.length === 0) return;
    let plot: uPlot | undefined;
    let cancelled = false;
    // Follow the card's width (rotation, zoom): uPlot draws at a fixed size.
    const resize = new ResizeObserver(() => {
      plot?.setSize({ width: Math.max(200, el.clientWidth), height: 200 });
    });
    resize.observe(el);
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      const paths = bars
        ? UPlot.paths.bars?.({ size: [0.6, 40] })
        : stepped
          ? UPlot.paths.stepped?.({ align: 1 })
          : undefined;
      plot = new UPlot(
        {
          width: Math.max(200, el.clientWidth),
          height: 200,
          scales: {
            // At least a week wide, so one point does not stretch the axis over years.
            x: { time: true, auto: false, range: xRange(x) },
            y: { range: yRange },
          },
          legend: { show: series.length > 1 },
          // Dates and numbers in the user's locale (uPlot's own default writes US dates such as 11/30).
          axes: [
            {
              values: (_u: uPlot, splits: number[]) => splits.map(axisDay),
            },
            {
              incrs: INTEGER_STEPS,
              values: (_u: uPlot, splits: number[]) => splits.map(formatNumber),
            },
          ],
          series: [
            {},
            ...series.map((s) => ({
              label: s.label,
              stroke: s.color,
              width: 2,
              fill: bars ? s.color : undefined,
              paths,
              points: { show: !bars, size: 8 },
            })),
          ],
          hooks: {
            drawClear: [
              (u: uPlot) => {
                const { ctx, bbox } = u;
                for (const b of bands) {
                  const top = u.valToPos(b.to, 'y', true);
                  const bottom = u.valToPos(b.from, 'y', true);
                  ctx.fillStyle = b.color;
                  ctx.fillRect(bbox.left, top, bbox.width, bottom - top);
                }
              },
            ],
          },
        },
        [x, ...series.map((s) => s.values)],
        el,
      );
    });
    return () => {
      cancelled = true;
      resize.disconnect();
      plot?.destroy();
    };
  }, [x, series, yRange, bands, stepped, bars]);

  return (
    <figure className="card">
      <figcaption>
        <h3 id={titleId}>{title}</h3>
      </figcaption>
      {x.length === 0 ? (
        <p className="muted">Nothing logged yet.</p>
      ) : (
        <>
          <div ref={box} className="chart" aria-hidden="true" />
          <details>
            <summary>Show the numbers</summary>
            <div className="table-wrap">
              <table aria-labelledby={titleId}>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    {series.map((s) => (
                      <th scope="col" key={s.label}>
                        {s.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {x.map((t, i) => (
                    <tr key={t}>
                      <th scope="row">{xLabel(t)}</th>
                      {series.map((s) => (
                        <td key={s.label}>{cell(s, s.values[i])}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}
