/**
 * Case events: immutable facts about one lemon-law case, stored in the stream `case-<caseId>`.
 * Type names are stable strings (never derived from class names) because they are persisted.
 * Every date a statute counts from is a legal date (`LegalDate`, ISO yyyy-mm-dd, no time zone);
 * instants (recordedAt) live only in event metadata.
 */

/** ISO calendar date, e.g. "2024-01-10". Parsed with Temporal.PlainDate where arithmetic is needed. */
export type LegalDate = string;

export type Jurisdiction = string; // two-letter USPS code, validated against the rule-pack registry

export interface ClientDetails {
  name: string;
  email?: string;
  phone?: string;
  address?: string;
}

export interface VehicleDetails {
  vin: string;
  make: string;
  model: string;
  modelYear: number;
}

export type AcquisitionType = 'purchase' | 'lease';

export interface Acquisition {
  type: AcquisitionType;
  deliveryDate: LegalDate;
  odometerAtDelivery: number;
  price?: number;
  /** Sales tax, licence, registration and other official fees paid (restitution's collateral charges), US dollars. */
  collateralCharges?: number;
  /** For a lease: the lease payments made so far (what a lessee gets back instead of a price), US dollars. */
  leasePaymentsMade?: number;
}

export interface WarrantyTerms {
  months: number;
  miles: number;
}

export interface ManufacturerDetails {
  name: string;
  /**
   * Whether the manufacturer clearly and conspicuously disclosed the duty to notify it directly
   * (Cal. Civ. Code 1793.22(b)(3)). BMW's warranty booklets do, so the default is true.
   */
  noticeRequirementDisclosed: boolean;
  /** The manufacturer directory entry (`GET /manufacturers/{id}`) this case links to, if any. */
  directoryId?: string;
}

/** Incidental damages the buyer paid because of the nonconformity (restitution adds them). */
export type ExpenseKind = 'towing' | 'rental' | 'repair' | 'registration' | 'other';
export const EXPENSE_KINDS: readonly ExpenseKind[] = ['towing', 'rental', 'repair', 'registration', 'other'];

export interface ExpenseFields {
  kind: ExpenseKind;
  /** US dollars, at most 2 decimals, never negative. */
  amount: number;
  on: LegalDate;
  description: string;
}

/**
 * Steps outside the statute's own clocks that start or stop them: the consumer's pre-suit notice
 * (e.g. Cal. Code Civ. Proc. 871.24(a)), the complaint (stops the time to file) and the answer
 * (starts the 871.26 disclosure and mediation clocks).
 */
export type LitigationStepKind = 'presuit_notice' | 'complaint_filed' | 'answer_filed';
export const LITIGATION_STEP_KINDS: readonly LitigationStepKind[] = ['presuit_notice', 'complaint_filed', 'answer_filed'];

export interface LitigationStepFields {
  kind: LitigationStepKind;
  /** The day the notice was sent, or the complaint or answer filed. */
  on: LegalDate;
  /** Pre-suit notice only: the day the manufacturer received it, when known. */
  receivedOn?: LegalDate;
  /** Pre-suit notice only: how it was sent (871.24(d): email, or certified or registered mail). */
  method?: NoticeMethod;
  /** Complaint or answer: the court and its case number, as the docket shows them. */
  court?: string;
  caseNumber?: string;
}

export type DocumentFormat = 'docx' | 'pdf';
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['docx', 'pdf'];

export type RepairOutcome = 'not_fixed' | 'fixed' | 'no_problem_found' | 'parts_on_order';
export const REPAIR_OUTCOMES: readonly RepairOutcome[] = ['not_fixed', 'fixed', 'no_problem_found', 'parts_on_order'];

/** `registered_mail` and `express_mail`: the methods Fla. Stat. 681.104(1) requires (certified mail does not qualify there). */
export type NoticeMethod =
  'certified_mail' | 'registered_mail' | 'express_mail' | 'mail' | 'email' | 'fax' | 'online_form' | 'hand_delivery' | 'other';
export const NOTICE_METHODS: readonly NoticeMethod[] = [
  'certified_mail',
  'registered_mail',
  'express_mail',
  'mail',
  'email',
  'fax',
  'online_form',
  'hand_delivery',
  'other',
];

export type DisputeProgram = 'BBB_AUTO_LINE' | 'STATE_PROGRAM' | 'MANUFACTURER_PROGRAM';
export const DISPUTE_PROGRAMS: readonly DisputeProgram[] = ['BBB_AUTO_LINE', 'STATE_PROGRAM', 'MANUFACTURER_PROGRAM'];

export type DisputeAward = 'repurchase' | 'replacement' | 'repair' | 'reimbursement' | 'other' | 'no_award';
export const DISPUTE_AWARDS: readonly DisputeAward[] = ['repurchase', 'replacement', 'repair', 'reimbursement', 'other', 'no_award'];

/**
 * Narrower safety categories some statutes require (GA, MD: brakes or steering; ID, MN: complete
 * failure of braking or steering; MD also: the repair failed the state safety inspection). A
 * safety-critical flag alone cannot show them, so a user confirms them per nonconformity.
 */
export type SafetyScopeFact = 'brakes_or_steering' | 'total_brake_or_steering_failure' | 'failed_state_inspection';
export const SAFETY_SCOPE_FACTS: readonly SafetyScopeFact[] = [
  'brakes_or_steering',
  'total_brake_or_steering_failure',
  'failed_state_inspection',
];

export type Resolution = 'repurchase' | 'replacement' | 'settlement' | 'withdrawn';
export const RESOLUTIONS: readonly Resolution[] = ['repurchase', 'replacement', 'settlement', 'withdrawn'];

export interface RepairAttemptFields {
  repairOrderNumber?: string;
  dealer?: string;
  dateIn: LegalDate;
  dateOut?: LegalDate;
  mileageIn: number;
  mileageOut?: number;
  nonconformityIds: string[];
  outcome: RepairOutcome;
}

export interface OutOfServiceFields {
  from: LegalDate;
  to: LegalDate;
  reason: string;
  /** Days inside [from, to] that do not count: beyond the manufacturer's control (war, strike, natural disaster...). */
  excludedDays?: LegalDate[];
}

type Event<Type extends string, Data> = { type: Type; data: Data };

export type CaseOpened = Event<
  'CaseOpened',
  {
    caseId: string;
    client: ClientDetails;
    vehicle: VehicleDetails;
    jurisdiction: Jurisdiction;
    acquisition: Acquisition;
    warranty: WarrantyTerms;
    manufacturer: ManufacturerDetails;
    /** The organisation (law firm) that owns the case file: its people may see and change it. */
    ownerOrganisationId?: string;
  }
>;
/**
 * Read-only access for another organisation: a manufacturer auditing the history, or a law firm
 * as co-counsel. `as` is absent on shares recorded before it existed (all with manufacturers).
 */
export type CaseShared = Event<'CaseShared', { organisationId: string; access: 'read'; as?: CaseShareRole }>;
export type CaseShareRole = 'manufacturer' | 'co_counsel';
export type CaseShareRevoked = Event<'CaseShareRevoked', { organisationId: string }>;
export type NonconformityReported = Event<
  'NonconformityReported',
  { nonconformityId: string; description: string; safetyCritical: boolean; firstReportedOn?: LegalDate; mileage?: number }
>;
export type NonconformitySafetyScopeConfirmed = Event<
  'NonconformitySafetyScopeConfirmed',
  { nonconformityId: string; scopes: SafetyScopeFact[]; note?: string }
>;
/** Whether the manufacturer clearly and conspicuously disclosed the duty to notify it directly (Cal. Civ. Code 1793.22(b)(3)). */
export type ManufacturerDisclosureRecorded = Event<
  'ManufacturerDisclosureRecorded',
  { noticeRequirementDisclosed: boolean; note?: string }
>;
/**
 * Whether the manufacturer elected to proceed under Cal. Code Civ. Proc. 871.20 et seq. (AB 1755,
 * election under 871.29), as recorded for this case. `elected: false` records that it did not.
 */
export type Ab1755ElectionRecorded = Event<'Ab1755ElectionRecorded', { elected: boolean; electedOn?: LegalDate; source?: string }>;
export type RepairAttemptRecorded = Event<'RepairAttemptRecorded', { repairAttemptId: string } & RepairAttemptFields>;
export type RepairAttemptCorrected = Event<
  'RepairAttemptCorrected',
  { repairAttemptId: string; correctionReason: string } & RepairAttemptFields
>;
export type RepairAttemptVoided = Event<'RepairAttemptVoided', { repairAttemptId: string; reason: string }>;
export type OutOfServiceRecorded = Event<'OutOfServiceRecorded', { intervalId: string } & OutOfServiceFields>;
export type OutOfServiceCorrected = Event<'OutOfServiceCorrected', { intervalId: string; correctionReason: string } & OutOfServiceFields>;
export type OutOfServiceVoided = Event<'OutOfServiceVoided', { intervalId: string; reason: string }>;
export type OdometerReported = Event<'OdometerReported', { readingId: string; readOn: LegalDate; mileage: number; source?: string }>;
export type ManufacturerNotified = Event<
  'ManufacturerNotified',
  { noticeId: string; sentOn: LegalDate; method: NoticeMethod; receivedOn?: LegalDate; nonconformityIds: string[] }
>;
export type FinalRepairOpportunityOffered = Event<
  'FinalRepairOpportunityOffered',
  { opportunityId: string; offeredOn: LegalDate; nonconformityIds: string[] }
>;
export type FinalRepairOpportunityCompleted = Event<
  'FinalRepairOpportunityCompleted',
  { opportunityId: string; completedOn: LegalDate; outcome: RepairOutcome }
>;
export type DisputeClaimFiled = Event<
  'DisputeClaimFiled',
  { claimId: string; program: DisputeProgram; filedOn: LegalDate; manufacturerContactedFirst: boolean }
>;
export type DisputeInspectionRequested = Event<
  'DisputeInspectionRequested',
  { claimId: string; requestedOn: LegalDate; additionalDays: number }
>;
export type DisputeDecisionIssued = Event<
  'DisputeDecisionIssued',
  { claimId: string; decidedOn: LegalDate; award: DisputeAward; summary?: string }
>;
export type DisputeDecisionAccepted = Event<'DisputeDecisionAccepted', { claimId: string; acceptedOn: LegalDate }>;
export type DisputeDecisionRejected = Event<'DisputeDecisionRejected', { claimId: string; rejectedOn: LegalDate }>;
export type ManufacturerComplied = Event<'ManufacturerComplied', { claimId: string; compliedOn: LegalDate }>;
export type CaseResolved = Event<'CaseResolved', { resolvedOn: LegalDate; resolution: Resolution; amount?: number; summary?: string }>;
/** The case now refers to a manufacturer directory entry (where notices go, its dispute program). */
export type ManufacturerLinked = Event<'ManufacturerLinked', { manufacturerId: string; name: string }>;
export type ExpenseRecorded = Event<'ExpenseRecorded', { expenseId: string } & ExpenseFields>;
export type ExpenseCorrected = Event<'ExpenseCorrected', { expenseId: string; correctionReason: string } & ExpenseFields>;
export type ExpenseVoided = Event<'ExpenseVoided', { expenseId: string; reason: string }>;
export type LitigationStepRecorded = Event<'LitigationStepRecorded', { stepId: string } & LitigationStepFields>;
export type LitigationStepCorrected = Event<'LitigationStepCorrected', { stepId: string; correctionReason: string } & LitigationStepFields>;
export type LitigationStepVoided = Event<'LitigationStepVoided', { stepId: string; reason: string }>;
/** A letter, packet or exhibit was produced from the file as it stood at `caseVersion`. */
export type DocumentGenerated = Event<
  'DocumentGenerated',
  {
    documentId: string;
    kind: string;
    templateVersion: string;
    format: DocumentFormat;
    sha256: string;
    caseVersion: number;
    asOf: LegalDate;
    fileName: string;
    /** What was asked beyond the kind (absent: the defaults), so the same file can be made again. */
    options?: { relief?: 'repurchase' | 'replacement'; nonconformityId?: string };
  }
>;
/** Who may read a note: `firm` (the owning firm only, the default) or `shared` (also organisations the case is shared with). */
export type NoteVisibility = 'firm' | 'shared';
export const NOTE_VISIBILITIES: readonly NoteVisibility[] = ['firm', 'shared'];
/** `visibility` absent (notes recorded before it existed) means `firm`. */
export type NoteAdded = Event<'NoteAdded', { noteId: string; text: string; visibility?: NoteVisibility }>;

// Corrections take the full corrected record plus `correctionReason`; voids take a `reason`.
export type OdometerReadingFields = { readOn: LegalDate; mileage: number; source?: string };
export type OdometerReadingCorrected = Event<
  'OdometerReadingCorrected',
  { readingId: string; correctionReason: string } & OdometerReadingFields
>;
export type OdometerReadingVoided = Event<'OdometerReadingVoided', { readingId: string; reason: string }>;
export type NonconformityFields = { description: string; safetyCritical: boolean; firstReportedOn?: LegalDate; mileage?: number };
export type NonconformityCorrected = Event<
  'NonconformityCorrected',
  { nonconformityId: string; correctionReason: string } & NonconformityFields
>;
export type NonconformityVoided = Event<'NonconformityVoided', { nonconformityId: string; reason: string }>;
export type ManufacturerNoticeFields = { sentOn: LegalDate; method: NoticeMethod; receivedOn?: LegalDate; nonconformityIds: string[] };
export type ManufacturerNoticeCorrected = Event<
  'ManufacturerNoticeCorrected',
  { noticeId: string; correctionReason: string } & ManufacturerNoticeFields
>;
export type ManufacturerNoticeVoided = Event<'ManufacturerNoticeVoided', { noticeId: string; reason: string }>;
export type FinalRepairOpportunityCorrected = Event<
  'FinalRepairOpportunityCorrected',
  { opportunityId: string; offeredOn: LegalDate; nonconformityIds: string[]; correctionReason: string }
>;
export type FinalRepairOpportunityVoided = Event<'FinalRepairOpportunityVoided', { opportunityId: string; reason: string }>;
export type FinalRepairCompletionCorrected = Event<
  'FinalRepairCompletionCorrected',
  { opportunityId: string; completedOn: LegalDate; outcome: RepairOutcome; correctionReason: string }
>;
export type DisputeClaimCorrected = Event<
  'DisputeClaimCorrected',
  { claimId: string; program: DisputeProgram; filedOn: LegalDate; manufacturerContactedFirst: boolean; correctionReason: string }
>;
export type DisputeClaimVoided = Event<'DisputeClaimVoided', { claimId: string; reason: string }>;
export type DisputeInspectionCorrected = Event<
  'DisputeInspectionCorrected',
  { claimId: string; requestedOn: LegalDate; additionalDays: number; correctionReason: string }
>;
export type DisputeDecisionCorrected = Event<
  'DisputeDecisionCorrected',
  { claimId: string; decidedOn: LegalDate; award: DisputeAward; summary?: string; correctionReason: string }
>;
export type DisputeAcceptanceCorrected = Event<
  'DisputeAcceptanceCorrected',
  { claimId: string; acceptedOn: LegalDate; correctionReason: string }
>;
export type DisputeRejectionCorrected = Event<
  'DisputeRejectionCorrected',
  { claimId: string; rejectedOn: LegalDate; correctionReason: string }
>;
export type ManufacturerComplianceCorrected = Event<
  'ManufacturerComplianceCorrected',
  { claimId: string; compliedOn: LegalDate; correctionReason: string }
>;
/** The steps of a dispute claim after its filing. */
export type DisputeClaimStep = 'inspection' | 'decision' | 'acceptance' | 'rejection' | 'compliance';
export const DISPUTE_CLAIM_STEPS: readonly DisputeClaimStep[] = ['inspection', 'decision', 'acceptance', 'rejection', 'compliance'];
export type DisputeClaimStepVoided = Event<'DisputeClaimStepVoided', { claimId: string; step: DisputeClaimStep; reason: string }>;
/** The client's contact details replaced (an update, not a correction: people move and change numbers). */
export type ClientDetailsUpdated = Event<'ClientDetailsUpdated', { client: ClientDetails }>;
export type AcquisitionCorrected = Event<'AcquisitionCorrected', { acquisition: Acquisition; correctionReason: string }>;
export type WarrantyCorrected = Event<'WarrantyCorrected', { warranty: WarrantyTerms; correctionReason: string }>;
/** A resolution entered by mistake (or undone): the case is open again. */
export type CaseReopened = Event<'CaseReopened', { reason: string }>;
/** The vehicle as it should have been recorded at the opening (a mistyped VIN, the wrong model year...). */
export type VehicleCorrected = Event<'VehicleCorrected', { vehicle: VehicleDetails; correctionReason: string }>;
/**
 * The case was opened under the wrong state: every judgement (presumption, deadlines, restitution)
 * is made again under the corrected jurisdiction's rule pack.
 */
export type JurisdictionCorrected = Event<'JurisdictionCorrected', { jurisdiction: Jurisdiction; correctionReason: string }>;
export type NoteFields = { text: string; visibility: NoteVisibility };
/** A note's full corrected text and visibility; a note made firm-private disappears from organisations the case is shared with. */
export type NoteCorrected = Event<'NoteCorrected', { noteId: string; correctionReason: string } & NoteFields>;
export type NoteVoided = Event<'NoteVoided', { noteId: string; reason: string }>;
export type ResolutionFields = { resolvedOn: LegalDate; resolution: Resolution; amount?: number; summary?: string };
/** The resolution in effect, as it should have been recorded (its kind, date, amount or summary). */
export type ResolutionCorrected = Event<'ResolutionCorrected', ResolutionFields & { correctionReason: string }>;

export type CaseEvent =
  | CaseOpened
  | NonconformityReported
  | NonconformitySafetyScopeConfirmed
  | ManufacturerDisclosureRecorded
  | Ab1755ElectionRecorded
  | RepairAttemptRecorded
  | RepairAttemptCorrected
  | RepairAttemptVoided
  | OutOfServiceRecorded
  | OutOfServiceCorrected
  | OutOfServiceVoided
  | OdometerReported
  | ManufacturerNotified
  | FinalRepairOpportunityOffered
  | FinalRepairOpportunityCompleted
  | DisputeClaimFiled
  | DisputeInspectionRequested
  | DisputeDecisionIssued
  | DisputeDecisionAccepted
  | DisputeDecisionRejected
  | ManufacturerComplied
  | CaseResolved
  | NoteAdded
  | CaseShared
  | CaseShareRevoked
  | ManufacturerLinked
  | ExpenseRecorded
  | ExpenseCorrected
  | ExpenseVoided
  | LitigationStepRecorded
  | LitigationStepCorrected
  | LitigationStepVoided
  | DocumentGenerated
  | OdometerReadingCorrected
  | OdometerReadingVoided
  | NonconformityCorrected
  | NonconformityVoided
  | ManufacturerNoticeCorrected
  | ManufacturerNoticeVoided
  | FinalRepairOpportunityCorrected
  | FinalRepairOpportunityVoided
  | FinalRepairCompletionCorrected
  | DisputeClaimCorrected
  | DisputeClaimVoided
  | DisputeInspectionCorrected
  | DisputeDecisionCorrected
  | DisputeAcceptanceCorrected
  | DisputeRejectionCorrected
  | ManufacturerComplianceCorrected
  | DisputeClaimStepVoided
  | ClientDetailsUpdated
  | AcquisitionCorrected
  | WarrantyCorrected
  | CaseReopened
  | VehicleCorrected
  | JurisdictionCorrected
  | NoteCorrected
  | NoteVoided
  | ResolutionCorrected;

export type CaseEventType = CaseEvent['type'];

/** Every persisted type name, in one list so stores and projections can filter by it. */
export const CASE_EVENT_TYPES: readonly CaseEventType[] = [
  'CaseOpened',
  'NonconformityReported',
  'NonconformitySafetyScopeConfirmed',
  'ManufacturerDisclosureRecorded',
  'Ab1755ElectionRecorded',
  'RepairAttemptRecorded',
  'RepairAttemptCorrected',
  'RepairAttemptVoided',
  'OutOfServiceRecorded',
  'OutOfServiceCorrected',
  'OutOfServiceVoided',
  'OdometerReported',
  'ManufacturerNotified',
  'FinalRepairOpportunityOffered',
  'FinalRepairOpportunityCompleted',
  'DisputeClaimFiled',
  'DisputeInspectionRequested',
  'DisputeDecisionIssued',
  'DisputeDecisionAccepted',
  'DisputeDecisionRejected',
  'ManufacturerComplied',
  'CaseResolved',
  'NoteAdded',
  'CaseShared',
  'CaseShareRevoked',
  'ManufacturerLinked',
  'ExpenseRecorded',
  'ExpenseCorrected',
  'ExpenseVoided',
  'LitigationStepRecorded',
  'LitigationStepCorrected',
  'LitigationStepVoided',
  'DocumentGenerated',
  'OdometerReadingCorrected',
  'OdometerReadingVoided',
  'NonconformityCorrected',
  'NonconformityVoided',
  'ManufacturerNoticeCorrected',
  'ManufacturerNoticeVoided',
  'FinalRepairOpportunityCorrected',
  'FinalRepairOpportunityVoided',
  'FinalRepairCompletionCorrected',
  'DisputeClaimCorrected',
  'DisputeClaimVoided',
  'DisputeInspectionCorrected',
  'DisputeDecisionCorrected',
  'DisputeAcceptanceCorrected',
  'DisputeRejectionCorrected',
  'ManufacturerComplianceCorrected',
  'DisputeClaimStepVoided',
  'ClientDetailsUpdated',
  'AcquisitionCorrected',
  'WarrantyCorrected',
  'CaseReopened',
  'VehicleCorrected',
  'JurisdictionCorrected',
  'NoteCorrected',
  'NoteVoided',
  'ResolutionCorrected',
];

/** Schema version of each event's data shape; bump and add an upcaster when a shape changes. */
export const CASE_EVENT_SCHEMA_VERSION = 1;

export const caseStreamId = (caseId: string): string => `case-${caseId}`;
export const CASE_STREAM_PREFIX = 'case-';

/**
 * A case event as a projection or evaluator sees it: the fact plus where it sits in the stream and
 * when it was recorded. `version` is the 1-based position in the case stream.
 */
export interface CaseEventEnvelope<E extends CaseEvent = CaseEvent> {
  event: E;
  eventId: string;
  version: number;
  recordedAt: string; // ISO instant
}
