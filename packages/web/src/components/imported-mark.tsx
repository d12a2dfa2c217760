import type { ImportedOrigin } from '../lib/clinic';

/** The words for an entry restored from an export: who recorded it there, when the export named someone. */
export function importedText(origin: ImportedOrigin): string {
  return origin.by === null
    ? 'Imported from an earlier record.'
    : `Imported from an earlier record, where ${origin.by} recorded it.`;
}

/**
 * The mark under a timeline entry or a treatment note restored from an export (server ADR 133): it came
 * from an earlier record, recorded by whom the export said (text: it names no account here). Nothing for an
 * entry recorded here.
 */
export function ImportedMark({ origin }: { origin: ImportedOrigin | null | undefined }) {
  if (origin === null || origin === undefined) return null;
  return <p className="in-error-note muted imported-note">{importedText(origin)}</p>;
}
