import type { DayType } from './calendar/day-type';

/**
 * What a statutory clock runs from. Deadline calculators resolve each anchor from a case's
 * events: `warranty_expiry` and `rights_period_end` may be estimates from the odometer trend.
 */
export type TimeAnchor =
  | 'delivery'
  | 'warranty_expiry'
  | 'rights_period_end'
  | 'first_report'
  | 'last_repair_attempt'
  | 'final_repair_attempt'
  | 'odometer_reaches'
  | 'notice_received'
  | 'idsm_final_action'
  | 'claim_filed'
  | 'decision_received'
  | 'decision_accepted';

/** One clock: an anchor plus an offset ("2 years after the buyer first reports the nonconformity"). */
export interface DateTerm {
  anchor: TimeAnchor;
  months?: number;
  days?: number;
  dayType?: DayType;
  /** For `odometer_reaches`: the reading that starts the clock. */
  miles?: number;
}

/**
 * A deadline built from one or more clocks, e.g. "within 6 months after the earlier of warranty
 * expiration or 18 months after delivery" = earliest(warranty_expiry, delivery + 18 months), then
 * + 6 months. Months add with month-end clamping.
 */
export interface DeadlineSpec {
  terms: readonly DateTerm[];
  combine: 'earliest' | 'latest';
  then?: { months?: number; days?: number; dayType?: DayType };
}

export const single = (term: DateTerm): DeadlineSpec => ({ terms: [term], combine: 'earliest' });
