/**
 * Response shapes. The OpenAPI document types every request body and path; most responses are
 * not described there yet, so the web app states what it reads here (fields may be absent on
 * older servers: screens degrade gracefully).
 */
export type PresumptionStatus = 'MET' | 'NOT_MET' | 'PERIOD_EXPIRED' | 'INSUFFICIENT_DATA';
/** OVERDUE: a program's passed decision date; UPCOMING / PASSED: a period's end (rights_period_end), not a duty. */
export type DeadlineStatus = 'OPEN' | 'MET' | 'MISSED' | 'NOT_APPLICABLE' | 'OVERDUE' | 'UPCOMING' | 'PASSED';

export interface Vehicle {
  vin: string;
  make: string;
  model: string;
  modelYear: number;
}

export interface CaseListItem {
  caseId: string;
  version: number;
  status: string;
  jurisdiction: string;
  clientName?: string;
  vehicle: Vehicle;
  deliveryDate?: string;
  presumptionStatus?: PresumptionStatus;
  manufacturer?: { name: string; directoryId: string | null };
  /** The earliest OPEN / UPCOMING deadline due today or later; null when none. */
  nextDeadline?: {
    deadlineId: string;
    dueOn: string;
    dueIsEstimate?: boolean;
    kind: string;
    title: string;
    actor: string;
    status: DeadlineStatus;
  } | null;
  daysOutOfService?: number;
  updatedAt?: string;
  lastActivity?: { at: string; eventType: string };
}

export interface CaseList {
  items: CaseListItem[];
  page: number;
  pageSize: number;
  total: number;
}

export interface RepairAttempt {
  repairAttemptId: string;
  repairOrderNumber?: string;
  dealer?: string;
  dateIn: string;
  dateOut?: string;
  mileageIn: number;
  mileageOut?: number;
  nonconformityIds: string[];
  outcome: string;
  voided: boolean;
  corrected: boolean;
}

export interface Nonconformity {
  nonconformityId: string;
  description: string;
  safetyCritical: boolean;
  firstReportedOn?: string;
  mileage?: number;
  repairAttempts: number;
  voided?: boolean;
  confirmedSafetyScopes?: Array<{ scope: string } | string>;
}

export interface OutOfServiceInterval {
  intervalId: string;
  from: string;
  to: string;
  reason: string;
  excludedDays?: string[];
  voided: boolean;
  corrected: boolean;
}

export interface Prong {
  kind: string;
  label: string;
  nonconformityId?: string;
  count: number;
  threshold: number;
  comparison: 'at_least' | 'more_than' | string;
  unit: string;
  met: boolean;
  metOn?: string | null;
  canStillBeMet?: boolean;
  distance?: { remaining: number; unit: string; text: string };
  missingPreconditions?: Array<string | { text?: string; kind?: string }>;
  qualifying?: Array<{
    kind: string;
    repairAttemptId?: string;
    intervalId?: string;
    opportunityId?: string;
    dateIn?: string;
    dateOut?: string;
    mileageIn?: number;
    corrected?: boolean;
    countedDays?: number;
  }>;
  excluded?: Array<{ id?: string; eventId?: string; reason: string; detail?: string }>;
  citation: string;
  confidence: string;
}

export interface Presumption {
  status: PresumptionStatus;
  asOf: string;
  metOn?: string | null;
  summary?: string;
  statute: { citation: string; confidence: string };
  lowConfidence?: string[];
  period?: {
    start: string;
    endsOn?: string;
    endsOnIsEstimate?: boolean;
    closesBy?: string;
    dateLimit?: string;
    milesLimit?: number;
    mileageLimitReachedOn?: string;
    mileageEstimateBasis?: string;
    status?: string;
    citation?: string;
  };
  prongs: Prong[];
  /** The rule-pack version the case is judged under (by its delivery date, and a recorded election). */
  rulePackVersion?: { id: string; effectiveFrom: string; appliesWhen?: string };
  procedure?: Array<{ kind: string; satisfied: boolean; text: string; citation: string; confidence: string; required?: string }>;
}

export interface Deadline {
  deadlineId: string;
  caseId: string;
  kind: string;
  title: string;
  dueOn: string;
  dueIsEstimate?: boolean;
  status: DeadlineStatus;
  statusReason?: string;
  actor?: string;
  rule: { text: string; citation: string; confidence: string };
  computation?: string;
  jurisdiction?: string;
  clientName?: string;
  vehicle?: { modelYear: number | null; make: string; model: string };
  lowConfidence?: boolean;
}

export interface OdometerReading {
  readingId: string;
  readOn: string;
  mileage: number;
  source?: string;
  voided?: boolean;
  corrected?: boolean;
}

export interface ManufacturerNotice {
  noticeId: string;
  sentOn: string;
  method: string;
  receivedOn?: string;
  nonconformityIds?: string[];
  voided?: boolean;
}

export interface FinalRepairOpportunity {
  opportunityId: string;
  offeredOn: string;
  nonconformityIds?: string[];
  completion?: { completedOn: string; outcome: string };
  voided?: boolean;
}

export interface DisputeClaim {
  claimId: string;
  program: string;
  filedOn: string;
  manufacturerContactedFirst?: boolean;
  inspection?: { requestedOn: string; additionalDays: number };
  decision?: { decidedOn: string; award: string; summary?: string };
  acceptedOn?: string;
  rejectedOn?: string;
  compliedOn?: string;
  voided?: boolean;
  /** filed, inspection_requested, decided, accepted, rejected, complied. */
  state: string;
}

export interface LitigationStep {
  stepId: string;
  /** presuit_notice, complaint_filed, answer_filed. */
  kind: string;
  on: string;
  receivedOn?: string;
  method?: string;
  court?: string;
  caseNumber?: string;
  voided?: boolean;
}

export interface CaseSummary {
  caseId: string;
  version: number;
  /** Present when the summary is the file as it stood earlier (?asOf= or ?version=): when, and on which legal day it was judged. */
  asOf?: { instant: string; legalDate: string; version: number };
  status: string;
  jurisdiction: string;
  client: { name: string; email?: string; phone?: string; address?: string };
  vehicle: Vehicle;
  acquisition: {
    type: string;
    deliveryDate: string;
    odometerAtDelivery: number;
    price?: number;
    collateralCharges?: number;
    leasePaymentsMade?: number;
  };
  warranty: { months?: number; miles?: number; endsOn?: string; endsOnIsEstimate?: boolean };
  manufacturer: { name: string; noticeRequirementDisclosed?: boolean };
  ab1755Election?: { elected: boolean; electedOn?: string; source?: string };
  resolution?: { resolvedOn: string; resolution: string; amount?: number; summary?: string; corrected?: boolean };
  nonconformities: Nonconformity[];
  repairAttempts: RepairAttempt[];
  outOfService: { cumulativeDays: number; intervals: OutOfServiceInterval[]; excludedDays?: string[] };
  latestOdometer?: { mileage: number; readOn: string };
  /** Older servers do not list them (then they cannot be corrected here). */
  odometerReadings?: OdometerReading[];
  manufacturerNotices: ManufacturerNotice[];
  finalRepairOpportunities: FinalRepairOpportunity[];
  disputeClaims: DisputeClaim[];
  /** Older servers do not list them. */
  litigationSteps?: LitigationStep[];
  notesCount?: number;
  /** Notes as they stand (voided ones marked); older servers do not list them. */
  notes?: Note[];
  /** The summary carries the presumption and the deadlines as of today: one request for the whole page. */
  presumption?: Presumption;
  deadlines?: { deadlines: Deadline[] } & Record<string, unknown>;
}

export interface Note {
  noteId: string;
  text: string;
  visibility: 'firm' | 'shared';
  /** The event that added it (the history names its author). */
  eventId: string;
  recordedAt: string;
  voided: boolean;
  corrected: boolean;
}

export interface HistoryEvent {
  eventId: string;
  type: string;
  version: number;
  occurredOn?: string;
  recordedAt: string;
  actor?: { userId?: string; organisationId?: string; role?: string; name?: string; userName?: string; organisationName?: string };
  data: Record<string, unknown>;
  supersedes?: { type: string; data: Record<string, unknown> };
}

export interface Session {
  user: { id: string; name: string; email: string | null; role: string };
  organisation: { id: string; name: string; kind: 'law_firm' | 'manufacturer'; operator: boolean };
  csrfToken?: string;
}
