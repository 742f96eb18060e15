/**
 * The instant a `format: date-time` value names. RFC 3339, and so the spec's validator, admits a leap second
 * (`23:59:60`), which JavaScript's Date reads as an invalid date; that reached Postgres as "0NaN-…" (a 500). A leap
 * second is taken as the last millisecond of its minute.
 */
export function instantOf(value: string): Date {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? new Date(value.replace(/:60(\.\d+)?(?=[zZ+-])/, ':59.999')) : date;
}
