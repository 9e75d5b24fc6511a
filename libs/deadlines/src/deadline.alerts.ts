import type { LegalDate } from '@lemon/domain';
import { addDays } from '@lemon/state-rules';
import type { Deadline } from './deadline.types';

/** Only an OPEN deadline (or an UPCOMING period end) with a date raises alerts; the others stay quiet. */
export function isAlertable(deadline: Deadline): boolean {
  return (deadline.status === 'OPEN' || deadline.status === 'UPCOMING') && deadline.dueOn !== null;
}

export interface AlertLead {
  leadDays: number;
  /** The day the "deadline approaching" alert is due: `leadDays` calendar days before `dueOn`. */
  alertOn: LegalDate;
}

/**
 * The alert days for the given lead times (calendar days before the due date, whatever the
 * rule's day type: lead times are a reminder schedule, not a statutory count). Duplicates and
 * negative leads are dropped; earliest alert first. Empty when the deadline has no date. Whether
 * an alert day has already passed is the scheduler's call, as it knows "today".
 */
export function alertLeadDates(deadline: Deadline, leadDays: readonly number[]): AlertLead[] {
  const due = deadline.dueOn;
  if (due === null) return [];
  const leads = [...new Set(leadDays.filter((n) => Number.isInteger(n) && n >= 0))].sort((a, b) => b - a);
  return leads.map((n) => ({ leadDays: n, alertOn: addDays(due, -n) }));
}

/** The lead times the issue names as the default schedule. */
export const DEFAULT_ALERT_LEAD_DAYS: readonly number[] = [30, 14, 7, 1];
