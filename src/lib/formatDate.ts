// Dates in the reader's language, e.g. "November 24, 2026" / "24 de noviembre de 2026".
// Content dates are calendar days, so format in UTC to avoid an off-by-one day.
// One formatter per language: making one is far slower than using it, and
// every guide page formats two dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDate(date: Date, tag: string): string {
  let formatter = formatters.get(tag);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(tag, formatter);
  }
  return formatter.format(date);
}

/** YYYY-MM-DD for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
