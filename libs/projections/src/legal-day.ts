import { todayIn, type Clock } from '@lemon/platform';

/**
 * What "today" means on the read side: the calendar date in the legal time zone
 * (`LEGAL_TIME_ZONE`, default America/New_York) at the injected clock's instant, never the UTC date.
 */
export interface LegalCalendar {
  clock: Clock;
  timeZone: string;
}

export const legalToday = ({ clock, timeZone }: LegalCalendar): string => todayIn(clock, timeZone);

export const nowOf = ({ clock }: LegalCalendar): Date => new Date(clock.now().epochMilliseconds);
