import type { LegalDate, NoticeMethod } from '@lemon/domain';
import type { DayType } from './calendar/day-type';
import type { DeadlineSpec } from './deadline-spec';
import type { JurisdictionCode } from './jurisdiction-code';
import type { Sourced } from './sourced';

/**
 * A jurisdiction's lemon law as typed data. Every value is `Sourced` (value + confidence +
 * citation); structured numbers and day types are what the evaluator and the deadline
 * calculator use, `text` fields keep the reference's own wording for people.
 */
export interface RulePack {
  code: JurisdictionCode;
  name: string;
  statute: Sourced<string>;
  /** Ascending by `effectiveFrom`; a case uses the version in force on its delivery date. */
  versions: readonly RulePackVersion[];
}

export type ProngKind = 'same_nonconformity_attempts' | 'serious_safety_attempts' | 'days_out_of_service' | 'any_defect_attempts';
export const PRONG_KINDS: readonly ProngKind[] = [
  'same_nonconformity_attempts',
  'serious_safety_attempts',
  'days_out_of_service',
  'any_defect_attempts',
];
export const ATTEMPT_PRONGS: readonly ProngKind[] = ['same_nonconformity_attempts', 'serious_safety_attempts', 'any_defect_attempts'];

/** "4 or more" is `at_least 4`; "more than 30 days" is `more_than 30`. */
export type Comparison = 'at_least' | 'more_than';
export type Combine = 'whichever_first' | 'whichever_later';
/**
 * `odometer`: the limit is an odometer reading ("18,000 miles on the odometer", Cal. Civ. Code
 * 1793.22(b)). `miles_since_delivery`: the limit counts miles driven after delivery.
 */
export type MileageBasis = 'odometer' | 'miles_since_delivery';

export interface TermLimit {
  months: number | null;
  miles: number | null;
  combine: Combine;
}

export interface PresumptionPeriod extends TermLimit {
  /** The period also ends when the express warranty ends ("warranty term or 1 year, whichever is shorter"). */
  endsWithExpressWarranty: boolean;
  measuredFrom: string;
  mileageBasis: MileageBasis;
  /** False when the source does not say how miles are counted and `mileageBasis` is our default. */
  mileageBasisStated: boolean;
  /**
   * AL, GA, SD: attempts and days are counted over this longer window, with some of them inside
   * the rights period (see each rule's `anchor`).
   */
  countingWindow?: TermLimit;
  text: string;
}

/** "At least one attempt (or N days) inside the rights period / the written warranty." */
export interface AnchorRequirement {
  within: 'rights_period' | 'express_warranty';
  minAttempts?: number;
  minDays?: number;
  /** WA: the written warranty is deemed to last at least this long. */
  deemedMinimum?: { months: number; miles: number };
  text: string;
}

export interface AttemptsRule {
  threshold: number;
  comparison: Comparison;
  /** The attempts must be followed by a final manufacturer attempt (AL, AR, FL, IA, SD). */
  plusFinalManufacturerAttempt: boolean;
  /**
   * Where attempts count: the counting window (= the period unless AL/GA/SD), only the rights
   * period, anywhere after delivery once the anchor holds (MI, VT: "first attempt within the
   * period"), or a window of its own (`customWindow`, CT serious safety).
   */
  window: 'counting_window' | 'rights_period' | 'unbounded' | 'custom';
  customWindow?: TermLimit & { endsWithExpressWarranty: boolean };
  anchor?: AnchorRequirement;
  /** DC: attempts count only after the consumer notified the manufacturer. */
  countOnlyAfterNotice?: boolean;
  text: string;
}

export type SafetyScope = 'any_serious_safety' | 'brakes_or_steering' | 'total_brake_or_steering_failure';

export interface SeriousSafetyRule extends AttemptsRule {
  scope: SafetyScope;
  /** Elements the case events cannot show (e.g. MD: the repair fails the state safety inspection). */
  unverifiableElements?: readonly string[];
}

export interface DaysOutOfServiceRule {
  days: number;
  comparison: Comparison;
  dayType: DayType;
  /** KY: only days out of service for the same nonconformity add up. */
  sameDefectOnly: boolean;
  /** NC: the days must fall within some 12-month period. */
  rollingWindowMonths: number | null;
  anchor?: AnchorRequirement;
  /** MT: days count only after the manufacturer was notified. */
  countOnlyAfterNotice: boolean;
  /**
   * FL (Fla. Stat. 681.104(3)(b)): the manufacturer must have had at least one opportunity to
   * inspect or repair after it received the notice (a repair attempt or a final repair
   * opportunity dated on or after receipt).
   */
  opportunityAfterNotice?: boolean;
  text: string;
}

export interface NoticeRule {
  required: 'yes' | 'if_disclosed' | 'no' | 'unknown';
  method: string;
  /**
   * Methods that satisfy the statute where it names them (FL: registered or express mail;
   * NJ: certified mail). A notice sent otherwise is listed as not satisfying the element.
   */
  acceptedMethods?: readonly NoticeMethod[];
  /** Prongs that are not met until written notice was sent (the notice is an element of them). */
  conditionsProngs: readonly ProngKind[];
  text: string;
}

export interface FinalRepairOpportunityRule {
  required: 'yes' | 'conditional' | 'no' | 'unknown';
  /** Prongs that need the opportunity before they are met. */
  conditionsProngs: readonly ProngKind[];
  /**
   * `offered`: the manufacturer had its opportunity ("opportunity to cure");
   * `failed_final_attempt`: the final attempt took place and did not fix the nonconformity.
   */
  satisfiedBy: 'offered' | 'failed_final_attempt';
  /** Days after the manufacturer receives notice to name a reasonably accessible repair facility. */
  designateFacilityWithinDays: number | null;
  /** Days to complete the final repair, counted from `repairWindowFrom`. */
  repairWithinDays: number | null;
  repairWindowFrom: 'facility_delivery' | 'notice_received' | null;
  dayType: DayType;
  /**
   * If the manufacturer's window passes without a cure the final-attempt element counts as
   * satisfied: FL, AR (no facility named in time), NJ and NC (the 10 / 15 days after notice ran
   * out while the defect continued).
   */
  missedWindowSatisfies: boolean;
  /**
   * IA (322G.4(1)(a)): a final repair not completed within `repairWithinDays` after delivery to
   * the facility also satisfies the element. Delivery is not recorded, so the days are counted
   * from the day the opportunity was offered (as the final-repair deadline counts them).
   */
  unfinishedRepairSatisfies?: boolean;
  /** NJ: the final repair attempt is itself one of the repairs the attempts prongs count. */
  countsAsRepairAttempt?: boolean;
  text: string;
}

export interface DisputeProgramRule {
  requirement: 'required' | 'required_if_compliant' | 'optional' | 'state_program' | 'unknown';
  /** What makes a manufacturer program one the consumer must use first. */
  compliance?: '16_cfr_703' | 'state_certified';
  /** Deadline to bring a claim to a certified program (FL: 60 days after the rights period). */
  claimWindow?: DeadlineSpec;
  /** Statutory cap on a certified program's decision time, in calendar days. */
  decisionWithinDays?: number;
  text: string;
}

export interface StateArbitrationRule {
  name: string;
  /** True when the consumer must go through it before court. */
  mandatory: boolean;
  requestWindow?: DeadlineSpec;
  hearingWithinDays?: number;
  decisionWithinDays?: number;
  consumerResponseDays?: number;
  manufacturerComplianceDays?: number;
  appealWithinDays?: number;
  text: string;
}

export interface TimeToFileRule {
  /** False when the reference did not establish a period (confidence L). */
  known: boolean;
  /**
   * Where the proceeding is begun when it is not a suit in court (TX: a complaint to the Texas
   * Department of Motor Vehicles, Occ. Code 2301.606(d)); the deadline's title says so.
   */
  forum?: { kind: 'agency'; name: string };
  deadline: DeadlineSpec | null;
  /** Alternative or extended deadlines in words (after an IDSM decision, tolling...). */
  alternatives?: string;
  text: string;
}

export interface PreSuitNoticeRule {
  daysBeforeFiling: number;
  text: string;
}

export interface RemedyWindowRule {
  /** Days the manufacturer has to repurchase/replace once the consumer's request (or the test) is met. */
  days: number;
  dayType: DayType;
  from: 'written_request' | 'notice' | 'presumption_met';
  /** MI: the clock runs only once the notice was given and the final repair attempt took place. */
  afterNoticeAndFinalAttempt?: boolean;
  replacementDays?: number;
  text: string;
}

/**
 * A court procedure that applies only when the manufacturer elected it (CA: Code Civ. Proc.
 * 871.20 et seq., AB 1755): the clocks it adds around a suit. Each value keeps its own source.
 */
export interface ElectedProcedureRule {
  name: string;
  /** Days after receiving the consumer's pre-suit notice for the manufacturer's offer (871.24(e)(1)(A)). */
  manufacturerOffer: Sourced<{ days: number; text: string }>;
  /** Days from receipt of the notice for the restitution or replacement to be completed (871.24(e)(1)(B)). */
  remedyCompleted: Sourced<{ days: number; text: string }>;
  /** Days after the answer for every party's initial disclosures (871.26(b)). */
  initialDisclosures: Sourced<{ daysAfterAnswer: number; text: string }>;
  /** Mediation: scheduled within N days after the answer, held within M days after it (871.26(d)). */
  mediation: Sourced<{ scheduleWithinDaysAfterAnswer: number; heldWithinDaysAfterAnswer: number; text: string }>;
}

export interface VersionCaveat {
  /** The caveat applies to deliveries before this date (an earlier text the pack does not encode). */
  deliveredBefore: LegalDate;
  text: string;
}

export interface RulePackVersion {
  /** Stable id, e.g. 'MD-2'. */
  id: string;
  effectiveFrom: LegalDate;
  /** Why this date; confidence L when the date itself is not established. */
  effectiveFromBasis: Sourced<string>;
  /** Deliveries from `effectiveFrom` until this date may still fall under the previous version. */
  effectiveFromUncertainUntil?: LegalDate;
  appliesWhen?: string;
  caveats?: readonly VersionCaveat[];
  period: Sourced<PresumptionPeriod>;
  sameNonconformity: Sourced<AttemptsRule>;
  /** AR 5, KS 10, OH 8 attempts to repair any nonconformities; null where the statute has none. */
  anyDefectAttempts: Sourced<AttemptsRule> | null;
  /** Empty when the statute has no separate serious-safety threshold; GA has two tiers. */
  seriousSafety: Sourced<readonly SeriousSafetyRule[]>;
  daysOutOfService: Sourced<DaysOutOfServiceRule>;
  notice: Sourced<NoticeRule>;
  finalRepairOpportunity: Sourced<FinalRepairOpportunityRule>;
  disputeProgram: Sourced<DisputeProgramRule>;
  stateArbitration: Sourced<StateArbitrationRule> | null;
  timeToFile: Sourced<TimeToFileRule>;
  preSuitNotice?: Sourced<PreSuitNoticeRule>;
  manufacturerRemedyWindow?: Sourced<RemedyWindowRule>;
  coverage: { leased: Sourced<string>; used: Sourced<string> };
  notes?: readonly string[];
  /** Procedures that apply only under a condition the delivery date cannot decide (CA AB 1755 election). */
  variants?: readonly RulePackVariant[];
  /** Set by a variant: the elected court procedure's clocks (CA AB 1755). */
  electedProcedure?: ElectedProcedureRule;
  /**
   * GA (O.C.G.A. 1-3-1(d)(3)): a duty whose last day falls on a Saturday, Sunday or legal holiday
   * may be discharged on the next business day.
   */
  lastDayRollsToBusinessDay?: Sourced<string>;
}

/** Fields a variant may replace or add. The presumption fields are deliberately not among them. */
export type VariantOverrides = Partial<
  Pick<RulePackVersion, 'notice' | 'finalRepairOpportunity' | 'timeToFile' | 'preSuitNotice' | 'electedProcedure'>
>;

export interface RulePackVariant {
  id: string;
  appliesWhen: string;
  effectiveFrom: Sourced<LegalDate>;
  overrides: VariantOverrides;
}

/** The version with a variant's overrides applied (`id` becomes e.g. 'CA-1+CA-AB1755'). */
export function applyVariant(version: RulePackVersion, variantId: string): RulePackVersion {
  const variant = version.variants?.find((v) => v.id === variantId);
  if (!variant) throw new RangeError(`${version.id} has no variant ${variantId}`);
  return { ...version, ...variant.overrides, id: `${version.id}+${variant.id}`, appliesWhen: variant.appliesWhen, variants: [] };
}

/**
 * The version in force on the delivery date: the last version whose `effectiveFrom` is on or
 * before it (the first version for earlier dates).
 */
export function versionInForce(pack: RulePack, deliveryDate: LegalDate): RulePackVersion {
  let chosen = pack.versions[0];
  if (!chosen) throw new RangeError(`${pack.code} has no rule-pack version`);
  for (const version of pack.versions) if (version.effectiveFrom <= deliveryDate) chosen = version;
  return chosen;
}
