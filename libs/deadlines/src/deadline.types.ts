import type { CaseEventEnvelope, CaseState, LegalDate } from '@lemon/domain';
import type { ManufacturerEntry } from '@lemon/manufacturers';
import type { Confidence, DayType, PresumptionEvaluation, PresumptionStatus, RulePack } from '@lemon/state-rules';
import type { DeadlineActor, DeadlineKind } from './deadline-kinds';

export * from './deadline-kinds';

/**
 * Relative to `asOf`: OPEN until the end of `dueOn` (due ON the date = still OPEN that day);
 * MET when the satisfying fact happened on or before `dueOn` (and on or before `asOf`);
 * MISSED once `asOf` is after `dueOn` without it; OVERDUE instead of MISSED when the one who had
 * to act is a dispute program (its decision is late: nobody on the case missed anything);
 * NOT_APPLICABLE when the clock no longer runs (case resolved, decision rejected, period not
 * established), with `statusReason`. A period's end (`rights_period_end`) is not a duty: it is
 * UPCOMING until the end of its last day and PASSED after.
 */
export type DeadlineStatus = 'OPEN' | 'MET' | 'MISSED' | 'OVERDUE' | 'UPCOMING' | 'PASSED' | 'NOT_APPLICABLE';
export const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['OPEN', 'MET', 'MISSED', 'OVERDUE', 'UPCOMING', 'PASSED', 'NOT_APPLICABLE'];

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
  /** Who must act by `dueOn` (see ACTOR_OF_KIND). */
  actor: DeadlineActor;
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
  /**
   * `rights_period_end` only: the presumption's own status on asOf and the day it was met, kept
   * apart from the period's UPCOMING / PASSED.
   */
  presumption?: { status: PresumptionStatus; metOn: LegalDate | null };
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
  /** The case file folded from `events` (the domain's `foldCaseFile`), when the caller has it: saves folding again. */
  caseFile?: CaseState;
  asOf: LegalDate;
  /** Defaults to the registry's pack for the case's jurisdiction. */
  pack?: RulePack;
  /** The manufacturer directory to read an AB 1755 election from when the case records none (defaults to MANUFACTURER_DIRECTORY). */
  manufacturers?: readonly ManufacturerEntry[];
  /**
   * The presumption the caller already evaluated for the same events on the same `asOf` (e.g. a
   * projection that stores it): used instead of evaluating again when it was judged under the
   * very rule-pack version the deadlines use (same jurisdiction, version id and day); otherwise
   * ignored. The report is the same either way, only cheaper.
   */
  evaluation?: PresumptionEvaluation;
}
