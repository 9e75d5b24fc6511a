/** Legal dates are YYYY-MM-DD calendar dates; arithmetic in UTC so no day is lost to a time zone. */
export const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
export const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const DAY_MS = 86_400_000;
export const addDays = (date: string, days: number): string => fromUtc(toUtc(date) + days * DAY_MS);
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
export const todayIso = (): string => {
  const now = new Date();
  return fromUtc(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
};
export const miles = (n: number | undefined | null): string => (n === undefined || n === null ? '—' : `${n.toLocaleString('en-US')} mi`);

/**
 * "The file as it stood on…": a day means the end of that day where the reader is (23:59:59.999 local time); an instant
 * (a history row's "as it stood then") is taken as it is. Undefined for anything else, so a mistyped address shows today.
 */
export const asOfInstant = (asOf: string | null | undefined): string | undefined => {
  if (!asOf) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (day) {
    const end = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 23, 59, 59, 999);
    return end.getDate() === Number(day[3]) ? end.toISOString() : undefined;
  }
  const instant = Date.parse(asOf);
  return /^\d{4}-\d{2}-\d{2}T/.test(asOf) && !Number.isNaN(instant) ? new Date(instant).toISOString() : undefined;
};

/** How an instant the API gives (UTC) reads to a person: "2026-03-01 23:59" in their own time. */
export const localMinute = (instant: string): string => {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** The day of an instant in the person's own time: a note written at 17:00 in Los Angeles is of that day, not the next. */
export const localDay = (instant: string): string => localMinute(instant).slice(0, 10);
