import type { TimelineItem } from '../../../lib/clinic';
import { timelineText } from '../../../lib/clinic-events';
import { formatDay } from '../../../lib/dates';

/** Events, treatment notes and the engine's decisions with their rules, newest first. */
export function TimelineCard({ items }: { items: readonly TimelineItem[] }) {
  const newest = [...items].reverse();
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {newest.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {newest.map((item, index) => {
            const { title, detail } = timelineText(item);
            return (
              <li key={`${item.date}-${String(index)}`} className={`timeline-${item.kind}`}>
                <span className="timeline-date">{formatDay(item.date)}</span> <strong>{title}</strong>
                {detail !== undefined && <p className="timeline-detail">{detail}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
