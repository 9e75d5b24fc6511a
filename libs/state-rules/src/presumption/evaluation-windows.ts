import type { LegalDate, WarrantyTerms } from '@lemon/domain';
import { addMonthsClamped } from '../calendar/legal-date';
import type { Combine, MileageBasis, TermLimit } from '../state-rule-pack';
import { estimateDateMileageReached, type MileageReachedEstimate, type OdometerPoint } from '../warranty/odometer-trend';
import { computeWarrantyExpiry, type WarrantyExpiry } from '../warranty/warranty-expiry';

/**
 * A counting window from delivery: statutory months and/or miles, optionally cut short by the
 * express warranty. Conventions (README): the date limit is delivery + months, month-end clamped,
 * and that day is inside ("within 18 months from delivery" includes the day 18 months later); a
 * reading equal to the mileage limit is inside, one mile more is outside.
 */
export interface WindowSpec extends TermLimit {
  endsWithExpressWarranty: boolean;
}

export interface WindowContext {
  deliveryDate: LegalDate;
  odometerAtDelivery: number;
  warranty: WarrantyTerms;
  /** Odometer facts known on asOf. */
  readings: readonly OdometerPoint[];
  mileageBasis: MileageBasis;
  asOf: LegalDate;
}

export interface ResolvedWindow {
  start: LegalDate;
  dateLimit: LegalDate | null;
  /** Statutory mileage limit as an odometer reading. */
  maxOdometer: number | null;
  combine: Combine;
  mileageReached: MileageReachedEstimate | null;
  warranty: WarrantyExpiry | null;
  /** Last day inside the window; null = open-ended, or unknown because the mileage trend is unknown. */
  endsOn: LegalDate | null;
  endsOnIsEstimate: boolean;
  /**
   * Last day whose out-of-service days count: like `endsOn`, but an extrapolated mileage crossing
   * is not treated as a fact (the repairs' own mileage decides their inclusion).
   */
  countUntil: LegalDate | null;
  closesBy: 'date' | 'mileage' | 'express_warranty' | null;
  /** Certain (not extrapolated) that the window closed before asOf. */
  closedAsOf: boolean;
  /** The mileage limit decides and the trend is unknown. */
  mileageTrendUnknown: boolean;
}

export type Placement = 'inside' | 'before_delivery' | 'outside_period_by_date' | 'outside_period_by_mileage';

export const UNBOUNDED: WindowSpec = { months: null, miles: null, combine: 'whichever_first', endsWithExpressWarranty: false };

interface WindowEnd {
  endsOn: LegalDate | null;
  closesBy: ResolvedWindow['closesBy'];
  estimate: boolean;
  trendUnknown: boolean;
}

/** The last day inside, from the date limit, the day the mileage limit is reached and the warranty's end. */
function windowEnd(
  spec: WindowSpec,
  dateLimit: LegalDate | null,
  hasMiles: boolean,
  reached: MileageReachedEstimate | null,
  warrantyEnd: { date: LegalDate; estimate: boolean } | null,
  /** For counting days: a whichever-later window whose miles are not yet known to be used up is still open. */
  openWhenMilesUnknown = false,
): WindowEnd {
  let end: WindowEnd = { endsOn: null, closesBy: null, estimate: false, trendUnknown: false };
  if (dateLimit && hasMiles) {
    if (!reached) {
      // No trend: the date bounds a whichever-first window; a whichever-later one may run longer.
      const open = openWhenMilesUnknown && spec.combine === 'whichever_later';
      end = {
        endsOn: open ? null : dateLimit,
        closesBy: open ? null : 'date',
        estimate: spec.combine === 'whichever_later',
        trendUnknown: true,
      };
    } else {
      const mileageFirst = reached.date < dateLimit;
      const byMileage = spec.combine === 'whichever_first' ? mileageFirst : !mileageFirst;
      end = byMileage
        ? { endsOn: reached.date, closesBy: 'mileage', estimate: reached.isEstimate, trendUnknown: false }
        : { endsOn: dateLimit, closesBy: 'date', estimate: false, trendUnknown: false };
    }
  } else if (dateLimit) {
    end = { endsOn: dateLimit, closesBy: 'date', estimate: false, trendUnknown: false };
  } else if (hasMiles) {
    end = { endsOn: reached?.date ?? null, closesBy: 'mileage', estimate: reached?.isEstimate ?? true, trendUnknown: !reached };
  }
  if (warrantyEnd && (end.endsOn === null || warrantyEnd.date < end.endsOn)) {
    end = { endsOn: warrantyEnd.date, closesBy: 'express_warranty', estimate: warrantyEnd.estimate, trendUnknown: false };
  }
  return end;
}

export function resolveWindow(spec: WindowSpec, ctx: WindowContext): ResolvedWindow {
  const origin = { date: ctx.deliveryDate, mileage: ctx.odometerAtDelivery };
  const dateLimit = spec.months !== null ? addMonthsClamped(ctx.deliveryDate, spec.months) : null;
  const maxOdometer = spec.miles === null ? null : ctx.mileageBasis === 'odometer' ? spec.miles : ctx.odometerAtDelivery + spec.miles;
  const mileageReached = maxOdometer === null ? null : estimateDateMileageReached(origin, ctx.readings, maxOdometer);
  const warranty = spec.endsWithExpressWarranty
    ? computeWarrantyExpiry({
        warranty: ctx.warranty,
        deliveryDate: ctx.deliveryDate,
        odometerAtDelivery: ctx.odometerAtDelivery,
        readings: ctx.readings,
      })
    : null;

  const reported = windowEnd(
    spec,
    dateLimit,
    maxOdometer !== null,
    mileageReached,
    warranty ? { date: warranty.expiresOn, estimate: warranty.isEstimate } : null,
  );
  // For counting days, an extrapolated crossing is not a fact: fall back to the date limits.
  const extrapolated = mileageReached?.basis === 'extrapolated' ? null : mileageReached;
  const warrantyFactual =
    warranty && !(warranty.expiresBy === 'mileage' && warranty.mileageReached?.basis === 'extrapolated')
      ? warranty.expiresOn
      : warranty?.dateLimit;
  const factual = windowEnd(
    spec,
    dateLimit,
    maxOdometer !== null,
    extrapolated,
    warrantyFactual ? { date: warrantyFactual, estimate: false } : null,
    true,
  );

  // Closed only on facts: the date limit has passed, or a reading is past the mileage limit.
  const passedDate = dateLimit !== null && ctx.asOf > dateLimit;
  const passedMiles = maxOdometer !== null && ctx.readings.some((r) => r.date <= ctx.asOf && r.mileage > maxOdometer);
  let closedAsOf = false;
  if (dateLimit !== null && maxOdometer !== null)
    closedAsOf = spec.combine === 'whichever_first' ? passedDate || passedMiles : passedDate && passedMiles;
  else if (dateLimit !== null) closedAsOf = passedDate;
  else if (maxOdometer !== null) closedAsOf = passedMiles;
  if (warranty)
    closedAsOf ||= ctx.asOf > warranty.dateLimit || ctx.readings.some((r) => r.date <= ctx.asOf && r.mileage > warranty.mileageLimit);

  return {
    start: ctx.deliveryDate,
    dateLimit,
    maxOdometer,
    combine: spec.combine,
    mileageReached,
    warranty,
    endsOn: reported.endsOn,
    endsOnIsEstimate: reported.estimate,
    countUntil: factual.endsOn,
    closesBy: reported.closesBy,
    closedAsOf,
    mileageTrendUnknown: reported.trendUnknown,
  };
}

/** Where a repair with this date in and mileage in falls relative to the window. */
export function placeInWindow(w: ResolvedWindow, date: LegalDate, mileage: number): Placement {
  if (date < w.start) return 'before_delivery';
  const pastDate = w.dateLimit !== null && date > w.dateLimit;
  const pastMiles = w.maxOdometer !== null && mileage > w.maxOdometer;
  if (w.combine === 'whichever_later' && w.dateLimit !== null && w.maxOdometer !== null) {
    if (pastDate && pastMiles) return 'outside_period_by_date';
  } else {
    if (pastDate) return 'outside_period_by_date';
    if (pastMiles) return 'outside_period_by_mileage';
  }
  if (w.warranty) {
    if (date > w.warranty.dateLimit) return 'outside_period_by_date';
    if (mileage > w.warranty.mileageLimit) return 'outside_period_by_mileage';
  }
  return 'inside';
}

/** Last day a day may count in the window, capped at asOf. */
export function lastCountableDay(w: ResolvedWindow, asOf: LegalDate): LegalDate {
  return w.countUntil !== null && w.countUntil < asOf ? w.countUntil : asOf;
}

/** Whether a day (e.g. an out-of-service day) lies inside the window by date. */
export function dayInWindow(w: ResolvedWindow, date: LegalDate): boolean {
  return date >= w.start && (w.countUntil === null || date <= w.countUntil);
}

/** The written warranty as a window, lengthened to a deemed minimum where the statute says so (WA). */
export function expressWarrantySpec(warranty: WarrantyTerms, deemed?: { months: number; miles: number }): WindowSpec {
  return {
    months: Math.max(warranty.months, deemed?.months ?? 0),
    miles: Math.max(warranty.miles, deemed?.miles ?? 0),
    combine: 'whichever_first',
    endsWithExpressWarranty: false,
  };
}
