import type { CaseFile, LegalDate } from '@lemon/domain';
import { countDaysInIntervals, type DateInterval, type DayCount } from './day-intervals';

export interface CaseOutOfServiceDays extends DayCount {
  /** Repairs still in the shop (no date out): each counts through `today`, so the count grows by a day a day. */
  openRepairAttemptIds: string[];
}

/**
 * A case's calendar days out of service on `today`: live repair visits (date in to date out, an
 * open one through today) and recorded out-of-service intervals, merged so no day counts twice,
 * excluded days removed. The one definition the case summary and the case list both show.
 */
export function caseOutOfServiceDays(file: Pick<CaseFile, 'repairAttempts' | 'outOfService'>, today: LegalDate): CaseOutOfServiceDays {
  const liveRepairs = [...file.repairAttempts.values()].filter((r) => !r.voided);
  const liveIntervals = [...file.outOfService.values()].filter((i) => !i.voided);
  const runs: DateInterval[] = [
    ...liveRepairs.map((r) => ({ from: r.dateIn, to: r.dateOut ?? (today > r.dateIn ? today : r.dateIn) })),
    ...liveIntervals.map((i) => ({ from: i.from, to: i.to })),
  ];
  const days = countDaysInIntervals(runs, { dayType: 'calendar', excludedDays: liveIntervals.flatMap((i) => i.excludedDays ?? []) });
  return { ...days, openRepairAttemptIds: liveRepairs.filter((r) => r.dateOut === undefined).map((r) => r.repairAttemptId) };
}
