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
  manufacturer?: string;
  nextDeadline?: { dueOn: string; kind: string; title?: string; actor?: string; status?: DeadlineStatus };
  daysOutOfService?: number;
  updatedAt?: string;
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
  repairAttempts: number;
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
  qualifying?: Array<{ repairAttemptId?: string; dateIn?: string; kind: string }>;
  excluded?: Array<{ id?: string; reason: string; detail?: string }>;
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
  vehicle?: Vehicle;
  lowConfidence?: boolean;
}

export interface CaseSummary {
  caseId: string;
  version: number;
  status: string;
  jurisdiction: string;
  client: { name: string; email?: string; phone?: string };
  vehicle: Vehicle;
  acquisition: { type: string; deliveryDate: string; odometerAtDelivery: number };
  warranty: { months?: number; miles?: number; endsOn?: string; endsOnIsEstimate?: boolean };
  manufacturer: { name: string; noticeRequirementDisclosed?: boolean };
  nonconformities: Nonconformity[];
  repairAttempts: RepairAttempt[];
  outOfService: { cumulativeDays: number; intervals: OutOfServiceInterval[]; excludedDays?: string[] };
  latestOdometer?: { mileage: number; readOn: string };
  odometerReadings?: Array<{ readingId?: string; readOn: string; mileage: number }>;
  manufacturerNotices: Array<{ noticeId: string; sentOn: string; method: string; receivedOn?: string }>;
  finalRepairOpportunities: Array<{ opportunityId: string; offeredOn?: string; completedOn?: string }>;
  disputeClaims: Array<{ claimId: string; filedOn: string; program: string; state: string; decidedOn?: string }>;
  notesCount?: number;
  notes?: Array<{ noteId?: string; text: string; visibility?: string; recordedAt?: string }>;
  presumption?: Presumption;
  deadlines?: Deadline[];
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
