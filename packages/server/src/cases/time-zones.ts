/**
 * Time zones are canonicalized against the runtime's own list (`Intl.supportedValuesOf('timeZone')`, plus
 * UTC), matched without regard to case: `europe/LONDON` is stored as `Europe/London`. Everything keyed on a
 * time zone (formatters, snapshots) then sees one of a fixed, finite set of names, however many spellings
 * clients send (issue 14: 20,000 spellings used to add 22-29 MB of formatters). An alias the list does not
 * carry (`US/Eastern`, `Etc/GMT+5`) is taken in the runtime's resolved form (`America/New_York`,
 * `Etc/GMT+5`), which ICU spells one way; the set stays bounded by ICU's finite list of zones.
 */

let byLowerCase: Map<string, string> | undefined;

function canonicalNames(): Map<string, string> {
  if (byLowerCase === undefined) {
    byLowerCase = new Map();
    for (const zone of [...Intl.supportedValuesOf('timeZone'), 'UTC'])
      byLowerCase.set(zone.toLowerCase(), zone);
  }
  return byLowerCase;
}

/** How many canonical names are known so far: what bounds every time-zone cache. */
export function canonicalTimeZoneCount(): number {
  return canonicalNames().size;
}

/** The canonical name of a time zone, or undefined when it is not one this runtime knows. */
export function canonicalTimeZone(value: string): string | undefined {
  if (value === '' || value.length > 64) return undefined;
  const names = canonicalNames();
  const direct = names.get(value.toLowerCase());
  if (direct !== undefined) return direct;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
    const known = names.get(resolved.toLowerCase());
    if (known !== undefined) return known;
    names.set(resolved.toLowerCase(), resolved);
    return resolved;
  } catch {
    return undefined;
  }
}
