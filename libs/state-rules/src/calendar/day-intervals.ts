import type { LegalDate } from '@lemon/domain';
import { isCountableDay, type DayType } from './day-type';
import { fromEpochDay, toEpochDay } from './legal-date';

/** An inclusive run of days: the vehicle was out of service on `from`, `to` and every day between. */
export interface DateInterval {
  from: LegalDate;
  to: LegalDate;
}

/**
 * Merges intervals into disjoint, sorted runs. Overlapping and touching intervals merge, so a
 * day covered twice is one day (a repair order and an out-of-service record for the same day).
 * Intervals with `to` before `from` are ignored.
 */
export function unionIntervals(intervals: readonly DateInterval[]): DateInterval[] {
  const sorted = intervals
    .map((i) => [toEpochDay(i.from), toEpochDay(i.to)] as const)
    .filter(([a, b]) => b >= a)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged.map(([a, b]) => ({ from: fromEpochDay(a), to: fromEpochDay(b) }));
}

export interface CountDaysOptions {
  dayType: DayType;
  /** Days that never count (beyond the manufacturer's control), whichever interval they fall in. */
  excludedDays?: Iterable<LegalDate>;
  /** Only days on or after this date count. */
  clipFrom?: LegalDate;
  /** Only days on or before this date count. */
  clipTo?: LegalDate;
}

export interface DayCount {
  count: number;
  /** The counted days, sorted. */
  days: LegalDate[];
  /** Days inside the union that were dropped because they are excluded days. */
  excluded: LegalDate[];
}

/**
 * Counts the days in the union of `intervals`: each day once however many intervals cover it,
 * minus excluded days, only days of the requested type, within the optional clip range.
 */
export function countDaysInIntervals(intervals: readonly DateInterval[], options: CountDaysOptions): DayCount {
  const excludedSet = new Set(options.excludedDays ?? []);
  const lo = options.clipFrom ? toEpochDay(options.clipFrom) : Number.NEGATIVE_INFINITY;
  const hi = options.clipTo ? toEpochDay(options.clipTo) : Number.POSITIVE_INFINITY;
  const days: LegalDate[] = [];
  const excluded: LegalDate[] = [];
  for (const run of unionIntervals(intervals)) {
    const start = Math.max(toEpochDay(run.from), lo);
    const end = Math.min(toEpochDay(run.to), hi);
    for (let d = start; d <= end; d++) {
      const date = fromEpochDay(d);
      if (excludedSet.has(date)) excluded.push(date);
      else if (isCountableDay(date, options.dayType)) days.push(date);
    }
  }
  return { count: days.length, days, excluded };
}
