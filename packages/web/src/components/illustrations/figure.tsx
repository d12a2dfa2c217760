import { useId, type ReactNode } from 'react';

/** A point in the 240 × 140 drawing; the floor is at y = 126. */
export type P = readonly [number, number];

/** A stick figure in one consistent style: the working (painful-side) leg in the accent colour. */
export interface Pose {
  /** What the drawing shows, read out by screen readers. */
  description: string;
  head: P;
  neck: P;
  hip: P;
  /** Working leg: knee, ankle, toe. */
  leg: readonly [P, P, P];
  /** Other leg: knee, ankle, toe. */
  other: readonly [P, P, P];
  /** Arms from the neck: elbow, hand (one or two). */
  arms: readonly (readonly [P, P])[];
  /** Equipment, drawn behind the figure. */
  props?: ReactNode;
  /** Movement cues. */
  arrows?: readonly (readonly [P, P])[];
}

const line = (points: readonly P[]) => points.map(([x, y]) => `${x},${y}`).join(' ');

export const FLOOR = 126;

/** Draws a pose as an accessible SVG. */
export function Figure({ pose }: { pose: Pose }) {
  const marker = useId();
  return (
    <svg viewBox="0 0 240 140" className="illustration" role="img" aria-label={pose.description}>
      <line x1="4" y1={FLOOR} x2="236" y2={FLOOR} stroke="#8a9a96" strokeWidth="2" />
      <g fill="#b9c9c5" stroke="#6d7f7b" strokeWidth="2">
        {pose.props}
      </g>
      <g fill="none" strokeLinecap="round" strokeLinejoin="round">
        <polyline points={line([pose.hip, ...pose.other])} stroke="#7f918d" strokeWidth="7" />
        {pose.arms.map((arm, i) => (
          <polyline key={i} points={line([pose.neck, ...arm])} stroke="#33413e" strokeWidth="6" />
        ))}
        <polyline points={line([pose.neck, pose.hip])} stroke="#33413e" strokeWidth="9" />
        <polyline points={line([pose.hip, ...pose.leg])} stroke="#1d5c57" strokeWidth="8" />
      </g>
      <circle cx={pose.head[0]} cy={pose.head[1]} r="9" fill="#33413e" />
      {pose.arrows !== undefined && pose.arrows.length > 0 && (
        <>
          <defs>
            <marker
              id={marker}
              viewBox="0 0 10 10"
              refX="5"
              refY="5"
              markerWidth="4"
              markerHeight="4"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="#b3261e" />
            </marker>
          </defs>
          {pose.arrows.map(([from, to], i) => (
            <line
              key={i}
              x1={from[0]}
              y1={from[1]}
              x2={to[0]}
              y2={to[1]}
              stroke="#b3261e"
              strokeWidth="3"
              markerEnd={`url(#${marker})`}
            />
          ))}
        </>
      )}
    </svg>
  );
}
