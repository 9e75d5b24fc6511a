import type { LegalDate } from '@lemon/domain';
import { addDays, daysBetween } from '../calendar/legal-date';

/** One (date, odometer reading) fact: delivery, a repair order's mileage in/out, a reported reading. */
export interface OdometerPoint {
  date: LegalDate;
  mileage: number;
}

/**
 * `reading`: a recorded reading shows the mileage exactly; `interpolated`: between two readings;
 * `extrapolated`: beyond the latest reading, on the average rate since delivery.
 */
export type MileageEstimateBasis = 'reading' | 'interpolated' | 'extrapolated';

export interface MileageReachedEstimate {
  /** The day the odometer reaches the target (the car passes it during that day). */
  date: LegalDate;
  isEstimate: boolean;
  basis: MileageEstimateBasis;
  /** Average miles per day used for an extrapolation. */
  milesPerDay?: number;
}

function sortPoints(points: readonly OdometerPoint[]): OdometerPoint[] {
  return [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.mileage - b.mileage));
}

/**
 * When the odometer reaches `target`, from the readings. If a reading is at or past the target
 * the date is interpolated between it and the reading before; otherwise it is extrapolated
 * linearly from `origin` (delivery date and odometer) through the latest reading. Returns null
 * when there is no trend to extrapolate (no reading after the origin date, or no miles driven).
 */
export function estimateDateMileageReached(
  origin: OdometerPoint,
  readings: readonly OdometerPoint[],
  target: number,
): MileageReachedEstimate | null {
  const points = sortPoints([origin, ...readings.filter((r) => r.date >= origin.date)]);
  const atOrPast = points.findIndex((p) => p.mileage >= target);
  if (atOrPast >= 0) {
    const hit = points[atOrPast]!;
    const before = atOrPast > 0 ? points[atOrPast - 1]! : undefined;
    if (hit.mileage === target || !before) return { date: hit.date, isEstimate: hit.mileage !== target, basis: 'reading' };
    const span = daysBetween(before.date, hit.date);
    const offset = Math.ceil(((target - before.mileage) / (hit.mileage - before.mileage)) * span);
    return { date: addDays(before.date, offset), isEstimate: true, basis: 'interpolated' };
  }
  const latest = points[points.length - 1]!;
  const days = daysBetween(origin.date, latest.date);
  const miles = latest.mileage - origin.mileage;
  if (days <= 0 || miles <= 0) return null;
  const milesPerDay = miles / days;
  const offset = Math.ceil((target - origin.mileage) / milesPerDay);
  return { date: addDays(origin.date, offset), isEstimate: true, basis: 'extrapolated', milesPerDay };
}

/** The odometer on `date`, interpolated between readings or extrapolated on the average rate since `origin`. */
export function estimateMileageOn(origin: OdometerPoint, readings: readonly OdometerPoint[], date: LegalDate): number {
  const points = sortPoints([origin, ...readings.filter((r) => r.date >= origin.date)]);
  const exact = points.filter((p) => p.date === date);
  if (exact.length) return exact[exact.length - 1]!.mileage;
  const after = points.findIndex((p) => p.date > date);
  if (after > 0) {
    const a = points[after - 1]!;
    const b = points[after]!;
    return a.mileage + ((b.mileage - a.mileage) * daysBetween(a.date, date)) / daysBetween(a.date, b.date);
  }
  const latest = points[points.length - 1]!;
  const days = daysBetween(origin.date, latest.date);
  if (after === 0 || days <= 0) return origin.mileage;
  return latest.mileage + ((latest.mileage - origin.mileage) / days) * daysBetween(latest.date, date);
}
