/** "MANAGER" -> "Manager", "CLOSED_WON" -> "Closed won": enum values as words. */
export function humanize(enumValue: string): string {
  const words = enumValue.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" });

/** A date for table cells ("21 Nov 2025"). */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** The full date and time, for tooltips. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}
