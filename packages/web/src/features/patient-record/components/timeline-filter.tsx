import { TIMELINE_KINDS, type TimelineKind } from '../../../lib/clinic';

const ALL = Object.keys(TIMELINE_KINDS) as TimelineKind[];

/** The kinds named by the URL's `show` (`?show=tests,notes`): undefined for all; unknown names left out. */
export function kindsFromUrl(show: string | null): TimelineKind[] | undefined {
  if (show === null) return undefined;
  return ALL.filter((k) => show.split(',').includes(k));
}

/** The URL's `show` for these kinds: null (left out) for all. */
export function kindsToUrl(kinds: readonly TimelineKind[]): string | null {
  return kinds.length === ALL.length ? null : kinds.join(',');
}

/** Checkboxes for the kinds of entry shown; every change goes to the URL. */
export function TimelineFilter({
  kinds,
  onChange,
}: {
  kinds: readonly TimelineKind[] | undefined;
  onChange: (kinds: TimelineKind[]) => void;
}) {
  const shown = kinds ?? ALL;
  return (
    <fieldset className="timeline-filter no-print">
      <legend>Show</legend>
      {ALL.map((k) => (
        <label key={k} className="inline-choice">
          <input
            type="checkbox"
            name="timeline-kind"
            value={k}
            checked={shown.includes(k)}
            onChange={(e) => {
              onChange(
                e.target.checked
                  ? ALL.filter((x) => x === k || shown.includes(x))
                  : shown.filter((x) => x !== k),
              );
            }}
          />{' '}
          {TIMELINE_KINDS[k]}
        </label>
      ))}
      {kinds !== undefined && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            onChange(ALL);
          }}
        >
          Show everything
        </button>
      )}
    </fieldset>
  );
}
