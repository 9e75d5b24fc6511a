import type { LegalDate } from '@lemon/domain';
import type { DayType } from '../calendar/day-type';
import type { JurisdictionCode } from '../jurisdiction-code';
import type { Comparison, ProngKind } from '../state-rule-pack';
import type { Confidence } from '../sourced';

export type PresumptionStatus = 'MET' | 'NOT_MET' | 'PERIOD_EXPIRED' | 'INSUFFICIENT_DATA';

export type ExclusionReason =
  | 'voided'
  | 'after_as_of'
  | 'before_delivery'
  | 'outside_period_by_date'
  | 'outside_period_by_mileage'
  | 'different_nonconformity'
  | 'not_tied_to_nonconformity'
  | 'before_notice'
  | 'excluded_day'
  | 'outside_rolling_window'
  | 'invalid_dates'
  | 'incomplete_record';

export interface QualifyingItem {
  /** The event whose facts were used (the latest correction when the record was corrected). */
  eventId: string;
  /** Every event behind the item: the record and its corrections. */
  sourceEventIds: readonly string[];
  /** `final_repair_attempt`: NJ counts the manufacturer's final attempt as one of the repairs. */
  kind: 'repair_attempt' | 'out_of_service' | 'final_repair_attempt';
  repairAttemptId?: string;
  opportunityId?: string;
  intervalId?: string;
  dateIn: LegalDate;
  dateOut?: LegalDate;
  mileageIn?: number;
  nonconformityIds?: readonly string[];
  corrected: boolean;
  /** Days prong: the item's days that counted (items may overlap; the prong's count is their union). */
  countedDays?: number;
}

export interface ExcludedItem {
  eventId: string;
  /** repairAttemptId or intervalId. */
  id: string;
  reason: ExclusionReason;
  detail: string;
}

export type PreconditionKind = 'manufacturer_notice' | 'final_repair_opportunity' | 'opportunity_after_notice' | 'anchor' | 'safety_scope';

export interface MissingPrecondition {
  kind: PreconditionKind;
  text: string;
  citation: string;
}

export interface Distance {
  /** Repair attempts or days still needed to reach the threshold (0 once reached). */
  remaining: number;
  unit: 'repair_attempts' | 'days';
  /** "1 more repair attempt", or "period closed on 2025-01-10; cannot be met" once it cannot be. */
  text: string;
}

export interface Prong {
  kind: ProngKind;
  label: string;
  nonconformityId?: string;
  count: number;
  threshold: number;
  comparison: Comparison;
  /** The count that meets the threshold (threshold + 1 for `more_than`). */
  required: number;
  unit: 'repair_attempts' | 'days';
  dayType?: DayType;
  thresholdReached: boolean;
  /** The day the count reached the threshold (the qualifying repair's date in, or the day counted last). */
  thresholdReachedOn: LegalDate | null;
  met: boolean;
  /**
   * The day the prong was met: the threshold reached and every element (anchor, notice, final
   * repair opportunity) satisfied; null while it is not met.
   */
  metOn: LegalDate | null;
  /** False when the counting window has closed below the threshold (or its anchor can no longer be met). */
  canStillBeMet: boolean;
  qualifying: QualifyingItem[];
  excluded: ExcludedItem[];
  missingPreconditions: MissingPrecondition[];
  distance: Distance;
  citation: string;
  confidence: Confidence;
}

export interface PeriodSummary {
  start: LegalDate;
  /** Last day inside the period; null when it cannot be determined (see `lowConfidence`). */
  endsOn: LegalDate | null;
  endsOnIsEstimate: boolean;
  closesBy: 'date' | 'mileage' | 'express_warranty' | null;
  /** The date limit alone (months from delivery), when the statute has one. */
  dateLimit: LegalDate | null;
  /** Odometer reading at which the period closes, when the statute has a mileage limit. */
  milesLimit: number | null;
  mileageLimitReachedOn?: LegalDate;
  mileageEstimateBasis?: 'reading' | 'interpolated' | 'extrapolated';
  closedAsOf: boolean;
  citation: string;
  confidence: Confidence;
}

export interface ProcedureStep {
  kind: 'manufacturer_notice' | 'final_repair_opportunity' | 'dispute_program';
  required: string;
  satisfied: boolean;
  /** True when the step is an element of a presumption prong (see the prongs' missingPreconditions). */
  conditionsPresumption: boolean;
  text: string;
  citation: string;
  confidence: Confidence;
}

export interface PresumptionEvaluation {
  status: PresumptionStatus;
  /** The day the first prong was met (the presumption arose); null unless MET. */
  metOn: LegalDate | null;
  jurisdiction: JurisdictionCode;
  asOf: LegalDate;
  rulePackVersion: { id: string; effectiveFrom: LegalDate; appliesWhen?: string };
  statute: { citation: string; confidence: Confidence };
  summary: string;
  /** Values used that are medium/low confidence or rest on our interpretation: show them. */
  lowConfidence: string[];
  /** The window attempts and days are counted in (AL, GA, SD: the longer counting window). */
  period: PeriodSummary | null;
  /** AL, GA, SD only: the shorter rights period some attempts or days must fall in. */
  rightsPeriod?: PeriodSummary;
  prongs: Prong[];
  procedure: ProcedureStep[];
  /** Facts missing or inconsistent; with no prong met they make the status INSUFFICIENT_DATA. */
  dataIssues: string[];
}
