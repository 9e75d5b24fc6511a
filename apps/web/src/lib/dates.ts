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
