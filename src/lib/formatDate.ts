// Dates in the reader's language, e.g. "November 24, 2026" / "24 de noviembre de 2026".
// Content dates are calendar days, so format in UTC to avoid an off-by-one day.
export function formatDate(date: Date, tag: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** YYYY-MM-DD for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
