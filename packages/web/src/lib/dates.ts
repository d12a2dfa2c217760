/** Calendar days as the engine reads them: `YYYY-MM-DD`, in the device's local time. */
export function isoDay(date: Date = new Date()): string {
  const y = String(date.getFullYear());
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The day `days` after `iso` (negative for before). */
export function addDays(iso: string, days: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return isoDay(new Date(y, m - 1, d + days));
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** A day for people in their own locale: "Mon 3 Mar" in Britain, "Mon, Mar 3" in the US. */
export function formatDay(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
}

/** A number in the user's locale ("2.5" or "2,5"), at most one decimal. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(value);
}

/** A chart's axis date in the user's locale, day and month ("30 Nov", "Nov 30"), never "11/30". */
export function axisDay(seconds: number): string {
  return new Date(seconds * 1000).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}
