import type { CaseEventEnvelope, LegalDate } from '@lemon/domain';
import type { Confidence, DayType, RulePack } from '@lemon/state-rules';

/** Every clock the calculator knows. Persisted by the docket and named in alerts: never rename. */
export type DeadlineKind =
  | 'dispute_claim_window'
  | 'state_arbitration_request'
  | 'dispute_decision_due'
  | 'manufacturer_compliance_due'
  | 'rights_period_end'
  | 'final_repair_facility_designation'
  | 'final_repair_completion'
  | 'manufacturer_remedy_due'
  | 'time_to_file'
  | 'pre_suit_notice';

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'dispute_claim_window',
  'state_arbitration_request',
  'dispute_decision_due',
  'manufacturer_compliance_due',
  'rights_period_end',
  'final_repair_facility_designation',
  'final_repair_completion',
  'manufacturer_remedy_due',
  'time_to_file',
  'pre_suit_notice',
];

/**
 * Relative to `asOf`: OPEN until the end of `dueOn` (due ON the date = still OPEN that day);
 * MET when the satisfying fact happened on or before `dueOn` (and on or before `asOf`);
 * MISSED once `asOf` is after `dueOn` without it; NOT_APPLICABLE when the clock no longer runs
 * (case resolved, decision rejected, period not established), with `statusReason`.
 */
export type DeadlineStatus = 'OPEN' | 'MET' | 'MISSED' | 'NOT_APPLICABLE';
export const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['OPEN', 'MET', 'MISSED', 'NOT_APPLICABLE'];

export interface DeadlineRule {
  /** The rule in words (statute, booklet or rule-pack text). */
  text: string;
  citation: string;
  confidence: Confidence;
  /** The rule-pack version of the case (e.g. 'FL-1'), also for program rules outside the pack. */
  rulePackVersion: string;
}

export interface DeadlineSatisfaction {
  eventId: string;
  on: LegalDate;
}

export interface Deadline {
  /** Stable across recomputations: case id + kind + the claim / notice / program it hangs on. */
  deadlineId: string;
  caseId: string;
  kind: DeadlineKind;
  /** Plain English for an attorney. */
  title: string;
  /** The last day to act (inclusive). Null only for NOT_APPLICABLE entries with no date (period not established). */
  dueOn: LegalDate | null;
  /** The date rests on an estimate (mileage trend, a provisional start day). */
  dueIsEstimate: boolean;
  dayType: DayType;
  status: DeadlineStatus;
  /** Why MISSED or NOT_APPLICABLE (and what happened late, if anything). */
  statusReason?: string;
  satisfiedBy?: DeadlineSatisfaction;
  rule: DeadlineRule;
  /** The arithmetic in words: "filed 2024-05-01 + 40 days + 7 days (...) = 2024-06-17". */
  computation: string;
  /** Event ids the date and status were computed from. */
  basedOn: string[];
  /** True when the rule is M/L confidence, the date is an estimate, or an interpretation was needed. */
  lowConfidence: boolean;
  lowConfidenceReasons: string[];
}

export interface DeadlineReport {
  caseId: string | null;
  jurisdiction: string | null;
  asOf: LegalDate;
  rulePackVersion: { id: string; effectiveFrom: LegalDate } | null;
  /** Sorted by due date (undated entries last), then id. */
  deadlines: Deadline[];
  /** Things the attorney should know about the computation as a whole (variants not applied...). */
  notes: string[];
}

export interface ComputeDeadlinesInput {
  events: readonly CaseEventEnvelope[];
  asOf: LegalDate;
  /** Defaults to the registry's pack for the case's jurisdiction. */
  pack?: RulePack;
}
