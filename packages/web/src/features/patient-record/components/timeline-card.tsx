import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TimelineItem } from '../../../lib/clinic';
import { timelineText } from '../../../lib/clinic-events';
import { errorText } from '../../../lib/api';
import { ImportedMark } from '../../../components/imported-mark';
import { formatDay } from '../../../lib/dates';
import { TIMELINE_PAGE, useTimelinePage } from '../api/use-timeline-page';
import { ErrorMarkText, MarkInError } from './entered-in-error';
import { kindsFromUrl, kindsToUrl, TimelineFilter } from './timeline-filter';

const MARKABLE = new Set(['clinician', 'load-test', 'function-check']);

/** Where a clinician marks this entry entered in error (`events/{id}`, `notes/{id}`), or undefined. */
function markPath(item: TimelineItem): string | undefined {
  if (item.kind === 'note')
    return item.note.enteredInError === undefined ? `notes/${item.note.id}` : undefined;
  if (item.kind === 'event' && MARKABLE.has(item.event.type) && item.enteredInError === undefined)
    return `events/${item.event.id}`;
  return undefined;
}

function Entry({ item, patientId, canMark }: { item: TimelineItem; patientId: string; canMark: boolean }) {
  const { title, detail } = timelineText(item);
  const mark =
    item.kind === 'note' ? item.note.enteredInError : item.kind === 'event' ? item.enteredInError : undefined;
  const path = canMark ? markPath(item) : undefined;
  return (
    <li className={`timeline-${item.kind}${mark === undefined ? '' : ' in-error'}`}>
      <div className={mark === undefined ? undefined : 'struck'}>
        <span className="timeline-date">{formatDay(item.date)}</span> <strong>{title}</strong>
        {detail !== undefined && <p className="timeline-detail">{detail}</p>}
      </div>
      <ImportedMark
        origin={item.kind === 'note' ? item.note.imported : item.kind === 'event' ? item.imported : undefined}
      />
      {mark !== undefined && <ErrorMarkText mark={mark} />}
      {path !== undefined && <MarkInError patientId={patientId} entry={path} what={title} />}
    </li>
  );
}

/**
 * Events, treatment notes and the engine's decisions in words, newest first, filtered by kind on the server
 * (the filter is in the URL: `?show=tests,notes`), a page at a time. Entries marked entered in error stay,
 * struck through with the reason; `canMark` offers the marking (not on a discharged record).
 */
export function TimelineCard({ patientId, canMark }: { patientId: string; canMark: boolean }) {
  const [params, setParams] = useSearchParams();
  const kinds = kindsFromUrl(params.get('show'));
  const [limit, setLimit] = useState(TIMELINE_PAGE);
  const page = useTimelinePage(patientId, kinds, limit);
  const newest = [...(page.data?.items ?? [])].reverse();
  const total = page.data?.total ?? 0;
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <TimelineFilter
        kinds={kinds}
        onChange={(next) => {
          const show = kindsToUrl(next);
          setParams(
            (p) => {
              if (show === null) p.delete('show');
              else p.set('show', show);
              return p;
            },
            { replace: true },
          );
          setLimit(TIMELINE_PAGE);
        }}
      />
      {kinds?.length === 0 ? (
        <p className="muted">Choose at least one kind of entry to show.</p>
      ) : page.isError ? (
        <p className="error" role="alert">
          {errorText(page.error)}
        </p>
      ) : page.isPending ? (
        <p role="status">Loading the timeline…</p>
      ) : newest.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <>
          <p className="muted" role="status" data-testid="timeline-count">
            Showing the newest {newest.length} of {total}
          </p>
          <ol className="timeline" data-testid="timeline">
            {newest.map((item, index) => (
              <Entry
                key={`${item.date}-${String(index)}`}
                item={item}
                patientId={patientId}
                canMark={canMark}
              />
            ))}
          </ol>
          {newest.length < total && (
            <button
              type="button"
              className="secondary no-print"
              disabled={page.isFetching}
              onClick={() => {
                setLimit((l) => l + TIMELINE_PAGE);
              }}
            >
              Show older entries
            </button>
          )}
        </>
      )}
    </section>
  );
}
