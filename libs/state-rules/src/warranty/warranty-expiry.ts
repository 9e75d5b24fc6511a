import type { LegalDate } from '@lemon/domain';
import { addMonthsClamped } from '../calendar/legal-date';
import type { MileageBasis } from '../state-rule-pack';
import { estimateDateMileageReached, type MileageReachedEstimate, type OdometerPoint } from './odometer-trend';

export interface WarrantyExpiryInput {
  warranty: { months: number; miles: number };
  deliveryDate: LegalDate;
  odometerAtDelivery: number;
  /** Every known reading after delivery (repair orders' mileage in/out, reported readings). */
  readings: readonly OdometerPoint[];
  /**
   * Manufacturer warranties ("48 months or 50,000 miles, whichever occurs first") count the
   * vehicle's odometer, so `odometer` is the default.
   */
  milesBasis?: MileageBasis;
}

export interface WarrantyExpiry {
  /** The last day of coverage: the earlier of the date limit and the day the mileage limit is reached. */
  expiresOn: LegalDate;
  expiresBy: 'date' | 'mileage';
  /** True when the mileage limit comes first and its date is estimated from the odometer trend. */
  isEstimate: boolean;
  dateLimit: LegalDate;
  /** The odometer reading at which coverage ends. */
  mileageLimit: number;
  mileageReached: MileageReachedEstimate | null;
  /** False when no reading after delivery lets us tell whether the miles run out first. */
  mileageTrendKnown: boolean;
}

/** Warranty expiry, whichever of months and miles comes first (months counted from delivery, clamped at month end). */
export function computeWarrantyExpiry(input: WarrantyExpiryInput): WarrantyExpiry {
  const { warranty, deliveryDate, odometerAtDelivery } = input;
  const dateLimit = addMonthsClamped(deliveryDate, warranty.months);
  const mileageLimit = (input.milesBasis ?? 'odometer') === 'odometer' ? warranty.miles : odometerAtDelivery + warranty.miles;
  const mileageReached = estimateDateMileageReached({ date: deliveryDate, mileage: odometerAtDelivery }, input.readings, mileageLimit);
  if (mileageReached && mileageReached.date < dateLimit) {
    return {
      expiresOn: mileageReached.date,
      expiresBy: 'mileage',
      isEstimate: mileageReached.isEstimate,
      dateLimit,
      mileageLimit,
      mileageReached,
      mileageTrendKnown: true,
    };
  }
  return {
    expiresOn: dateLimit,
    expiresBy: 'date',
    isEstimate: false,
    dateLimit,
    mileageLimit,
    mileageReached,
    mileageTrendKnown: mileageReached !== null,
  };
}
