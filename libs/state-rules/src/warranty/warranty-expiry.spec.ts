import { addDays } from '../calendar/legal-date';
import { BBB_AUTO_LINE } from '../dispute/bbb-auto-line';
import { estimateDateMileageReached, estimateMileageOn } from './odometer-trend';
import { computeWarrantyExpiry } from './warranty-expiry';

// Warranty terms from the seed booklets: 48 months or 50,000 miles, whichever occurs first.
const SEED_WARRANTY = { months: 48, miles: 50000 };
const origin = { date: '2024-01-10', mileage: 10 };

describe('warranty expiry', () => {
  it('expires by date when the miles will not run out first', () => {
    const w = computeWarrantyExpiry({
      warranty: SEED_WARRANTY,
      deliveryDate: '2024-01-10',
      odometerAtDelivery: 10,
      readings: [{ date: '2025-01-10', mileage: 8010 }],
    });
    expect(w).toMatchObject({
      expiresOn: '2028-01-10',
      expiresBy: 'date',
      isEstimate: false,
      mileageLimit: 50000,
      mileageTrendKnown: true,
    });
  });

  it('estimates the day the odometer reaches 50,000 when mileage comes first', () => {
    // 20,000 miles in 366 days -> 49,990 more miles take ceil(914.8) = 915 days
    const w = computeWarrantyExpiry({
      warranty: SEED_WARRANTY,
      deliveryDate: '2024-01-10',
      odometerAtDelivery: 10,
      readings: [{ date: '2025-01-10', mileage: 20010 }],
    });
    expect(w).toMatchObject({ expiresOn: '2026-07-13', expiresBy: 'mileage', isEstimate: true });
    expect(addDays('2024-01-10', 915)).toBe('2026-07-13');
    expect(w.mileageReached?.basis).toBe('extrapolated');
  });

  it('interpolates between readings once one is past the limit, and is exact on a reading equal to it', () => {
    const between = computeWarrantyExpiry({
      warranty: SEED_WARRANTY,
      deliveryDate: '2024-01-10',
      odometerAtDelivery: 10,
      readings: [
        { date: '2026-01-01', mileage: 49000 },
        { date: '2026-01-11', mileage: 51000 },
      ],
    });
    expect(between).toMatchObject({ expiresOn: '2026-01-06', isEstimate: true });
    expect(between.mileageReached?.basis).toBe('interpolated');
    const exact = computeWarrantyExpiry({
      warranty: SEED_WARRANTY,
      deliveryDate: '2024-01-10',
      odometerAtDelivery: 10,
      readings: [{ date: '2026-03-01', mileage: 50000 }],
    });
    expect(exact).toMatchObject({ expiresOn: '2026-03-01', isEstimate: false });
  });

  it('clamps months at month end and says when the trend is unknown', () => {
    const w = computeWarrantyExpiry({
      warranty: { months: 6, miles: 6000 },
      deliveryDate: '2023-08-31',
      odometerAtDelivery: 5,
      readings: [],
    });
    expect(w).toMatchObject({ expiresOn: '2024-02-29', expiresBy: 'date', mileageTrendKnown: false });
  });

  it('can count warranty miles from delivery instead of the odometer', () => {
    const w = computeWarrantyExpiry({
      warranty: SEED_WARRANTY,
      deliveryDate: '2024-01-10',
      odometerAtDelivery: 500,
      readings: [],
      milesBasis: 'miles_since_delivery',
    });
    expect(w.mileageLimit).toBe(50500);
  });

  it('gives the BBB AUTO LINE claim window as six months after warranty expiry (seed booklets)', () => {
    expect(BBB_AUTO_LINE.claimWindow.value).toEqual({ terms: [{ anchor: 'warranty_expiry', months: 6 }], combine: 'earliest' });
    expect(BBB_AUTO_LINE.decisionWithinDays.value).toBe(40);
    expect(BBB_AUTO_LINE.extraDaysIfManufacturerNotContactedFirst.value).toBe(7);
  });
});

describe('odometer trend', () => {
  it('returns null without a trend', () => {
    expect(estimateDateMileageReached(origin, [], 18000)).toBeNull();
    expect(estimateDateMileageReached(origin, [{ date: '2024-01-10', mileage: 10 }], 18000)).toBeNull();
  });

  it('estimates mileage on a date between and beyond readings', () => {
    const readings = [{ date: '2024-01-20', mileage: 1010 }];
    expect(estimateMileageOn(origin, readings, '2024-01-15')).toBe(510);
    expect(estimateMileageOn(origin, readings, '2024-01-30')).toBe(2010);
    expect(estimateMileageOn(origin, readings, '2024-01-20')).toBe(1010);
  });
});
