/**
 * The state `decide` needs, folded from a case stream. Only what rules check is kept: client and
 * vehicle details live in read models, not here. Every update returns new objects (no mutation).
 */
import type {
  Acquisition,
  CaseEvent,
  DisputeAward,
  ExpenseFields,
  DisputeProgram,
  Jurisdiction,
  LegalDate,
  ManufacturerDetails,
  NoticeMethod,
  OutOfServiceFields,
  RepairAttemptFields,
  RepairOutcome,
  Resolution,
  SafetyScopeFact,
  WarrantyTerms,
} from './case.events';
import { odometerFactsOfRepair, replaceOdometerFacts, withoutOdometerFactsOf, type OdometerFact } from './case.odometer';

export interface NonconformityState {
  nonconformityId: string;
  description: string;
  safetyCritical: boolean;
  firstReportedOn?: LegalDate;
  mileage?: number;
  /** Narrower safety categories a user confirmed (the latest confirmation replaces earlier ones). */
  confirmedSafetyScopes?: SafetyScopeFact[];
}

/** A repair attempt's current fields (after the latest correction) and whether it was voided. */
export interface RepairAttemptState extends RepairAttemptFields {
  repairAttemptId: string;
  voided: boolean;
}

export interface OutOfServiceState extends OutOfServiceFields {
  intervalId: string;
  voided: boolean;
}

export interface ManufacturerNoticeState {
  noticeId: string;
  sentOn: LegalDate;
  method: NoticeMethod;
  receivedOn?: LegalDate;
  nonconformityIds: string[];
}

export interface FinalRepairOpportunityState {
  opportunityId: string;
  offeredOn: LegalDate;
  nonconformityIds: string[];
  completion?: { completedOn: LegalDate; outcome: RepairOutcome };
}

export interface DisputeClaimState {
  claimId: string;
  program: DisputeProgram;
  filedOn: LegalDate;
  manufacturerContactedFirst: boolean;
  inspection?: { requestedOn: LegalDate; additionalDays: number };
  decision?: { decidedOn: LegalDate; award: DisputeAward; summary?: string };
  acceptedOn?: LegalDate;
  rejectedOn?: LegalDate;
  compliedOn?: LegalDate;
}

/** An incidental expense's current fields (after the latest correction) and whether it was voided. */
export interface ExpenseState extends ExpenseFields {
  expenseId: string;
  voided: boolean;
}

export interface CaseResolution {
  resolvedOn: LegalDate;
  resolution: Resolution;
  amount?: number;
  summary?: string;
}

/** Everything known about an opened case. Maps are keyed by the caller-generated ids. */
export interface CaseFile {
  caseId: string;
  jurisdiction: Jurisdiction;
  acquisition: Acquisition;
  warranty: WarrantyTerms;
  manufacturer: ManufacturerDetails;
  nonconformities: ReadonlyMap<string, NonconformityState>;
  repairAttempts: ReadonlyMap<string, RepairAttemptState>;
  outOfService: ReadonlyMap<string, OutOfServiceState>;
  /** Every (date, mileage) fact of live records, in recording order. See case.odometer.ts. */
  odometerFacts: readonly OdometerFact[];
  manufacturerNotices: ReadonlyMap<string, ManufacturerNoticeState>;
  finalRepairOpportunities: ReadonlyMap<string, FinalRepairOpportunityState>;
  disputeClaims: ReadonlyMap<string, DisputeClaimState>;
  expenses: ReadonlyMap<string, ExpenseState>;
  notesCount: number;
  /** Who owns the case file, and which other organisations may read it. */
  ownerOrganisationId?: string;
  sharedWith: ReadonlySet<string>;
}

export type NoCase = { status: 'none' };
export type OpenCaseState = CaseFile & { status: 'open' };
export type ResolvedCaseState = CaseFile & { status: 'resolved'; resolution: CaseResolution };
export type ExistingCaseState = OpenCaseState | ResolvedCaseState;
export type CaseState = NoCase | ExistingCaseState;

export const initialCaseState: CaseState = { status: 'none' };

/** A claim is closed once its decision was rejected or the manufacturer complied with it. */
export const isDisputeClaimOpen = (claim: DisputeClaimState): boolean => claim.rejectedOn === undefined && claim.compliedOn === undefined;

const withEntry = <V>(map: ReadonlyMap<string, V>, id: string, value: V): ReadonlyMap<string, V> => new Map(map).set(id, value);

const updateEntry = <V>(map: ReadonlyMap<string, V>, id: string, update: (value: V) => V): ReadonlyMap<string, V> => {
  const current = map.get(id);
  return current === undefined ? map : withEntry(map, id, update(current));
};

const repairFields = (data: RepairAttemptFields): RepairAttemptFields => ({
  repairOrderNumber: data.repairOrderNumber,
  dealer: data.dealer,
  dateIn: data.dateIn,
  dateOut: data.dateOut,
  mileageIn: data.mileageIn,
  mileageOut: data.mileageOut,
  nonconformityIds: [...data.nonconformityIds],
  outcome: data.outcome,
});

const outOfServiceFields = (data: OutOfServiceFields): OutOfServiceFields => ({
  from: data.from,
  to: data.to,
  reason: data.reason,
  excludedDays: data.excludedDays === undefined ? undefined : [...data.excludedDays],
});

/** Applies one recorded event. Total: an event that does not fit the state leaves it unchanged. */
export const evolveCase = (state: CaseState, event: CaseEvent): CaseState => {
  if (state.status === 'none') {
    if (event.type !== 'CaseOpened') return state;
    const { caseId, jurisdiction, acquisition, warranty, manufacturer, ownerOrganisationId } = event.data;
    return {
      status: 'open',
      caseId,
      jurisdiction,
      acquisition: { ...acquisition },
      warranty: { ...warranty },
      manufacturer: { ...manufacturer },
      nonconformities: new Map(),
      repairAttempts: new Map(),
      outOfService: new Map(),
      odometerFacts: [{ on: acquisition.deliveryDate, mileage: acquisition.odometerAtDelivery, origin: { kind: 'delivery' } }],
      manufacturerNotices: new Map(),
      finalRepairOpportunities: new Map(),
      disputeClaims: new Map(),
      expenses: new Map(),
      notesCount: 0,
      ownerOrganisationId,
      sharedWith: new Set(),
    };
  }
  return evolveExistingCase(state, event);
};

const evolveExistingCase = (state: ExistingCaseState, event: CaseEvent): CaseState => {
  switch (event.type) {
    case 'NonconformityReported': {
      const { firstReportedOn, mileage, nonconformityId } = event.data;
      const fact: OdometerFact[] =
        firstReportedOn !== undefined && mileage !== undefined
          ? [{ on: firstReportedOn, mileage, origin: { kind: 'nonconformity', nonconformityId } }]
          : [];
      return {
        ...state,
        nonconformities: withEntry(state.nonconformities, nonconformityId, { ...event.data }),
        odometerFacts: [...state.odometerFacts, ...fact],
      };
    }
    case 'NonconformitySafetyScopeConfirmed': {
      const { nonconformityId, scopes } = event.data;
      return {
        ...state,
        nonconformities: updateEntry(state.nonconformities, nonconformityId, (n) => ({ ...n, confirmedSafetyScopes: [...scopes] })),
      };
    }
    case 'ManufacturerDisclosureRecorded':
      return { ...state, manufacturer: { ...state.manufacturer, noticeRequirementDisclosed: event.data.noticeRequirementDisclosed } };
    case 'RepairAttemptRecorded':
    case 'RepairAttemptCorrected': {
      const { repairAttemptId } = event.data;
      const attempt: RepairAttemptState = { repairAttemptId, ...repairFields(event.data), voided: false };
      return {
        ...state,
        repairAttempts: withEntry(state.repairAttempts, repairAttemptId, attempt),
        odometerFacts: replaceOdometerFacts(state.odometerFacts, repairAttemptId, odometerFactsOfRepair(attempt)),
      };
    }
    case 'RepairAttemptVoided':
      return {
        ...state,
        repairAttempts: updateEntry(state.repairAttempts, event.data.repairAttemptId, (a) => ({ ...a, voided: true })),
        odometerFacts: withoutOdometerFactsOf(state.odometerFacts, event.data.repairAttemptId),
      };
    case 'OutOfServiceRecorded':
    case 'OutOfServiceCorrected': {
      const { intervalId } = event.data;
      const interval: OutOfServiceState = { intervalId, ...outOfServiceFields(event.data), voided: false };
      return { ...state, outOfService: withEntry(state.outOfService, intervalId, interval) };
    }
    case 'OutOfServiceVoided':
      return {
        ...state,
        outOfService: updateEntry(state.outOfService, event.data.intervalId, (i) => ({ ...i, voided: true })),
      };
    case 'OdometerReported': {
      const { readingId, readOn, mileage, source } = event.data;
      const fact: OdometerFact = { on: readOn, mileage, origin: { kind: 'reading', readingId, source } };
      return { ...state, odometerFacts: [...state.odometerFacts, fact] };
    }
    case 'ManufacturerNotified': {
      const notice: ManufacturerNoticeState = { ...event.data, nonconformityIds: [...event.data.nonconformityIds] };
      return { ...state, manufacturerNotices: withEntry(state.manufacturerNotices, notice.noticeId, notice) };
    }
    case 'FinalRepairOpportunityOffered': {
      const offer: FinalRepairOpportunityState = { ...event.data, nonconformityIds: [...event.data.nonconformityIds] };
      return { ...state, finalRepairOpportunities: withEntry(state.finalRepairOpportunities, offer.opportunityId, offer) };
    }
    case 'FinalRepairOpportunityCompleted': {
      const { opportunityId, completedOn, outcome } = event.data;
      return {
        ...state,
        finalRepairOpportunities: updateEntry(state.finalRepairOpportunities, opportunityId, (o) => ({
          ...o,
          completion: { completedOn, outcome },
        })),
      };
    }
    case 'DisputeClaimFiled':
      return { ...state, disputeClaims: withEntry(state.disputeClaims, event.data.claimId, { ...event.data }) };
    case 'DisputeInspectionRequested': {
      const { claimId, requestedOn, additionalDays } = event.data;
      return updateClaim(state, claimId, (c) => ({ ...c, inspection: { requestedOn, additionalDays } }));
    }
    case 'DisputeDecisionIssued': {
      const { claimId, decidedOn, award, summary } = event.data;
      return updateClaim(state, claimId, (c) => ({ ...c, decision: { decidedOn, award, summary } }));
    }
    case 'DisputeDecisionAccepted':
      return updateClaim(state, event.data.claimId, (c) => ({ ...c, acceptedOn: event.data.acceptedOn }));
    case 'DisputeDecisionRejected':
      return updateClaim(state, event.data.claimId, (c) => ({ ...c, rejectedOn: event.data.rejectedOn }));
    case 'ManufacturerComplied':
      return updateClaim(state, event.data.claimId, (c) => ({ ...c, compliedOn: event.data.compliedOn }));
    case 'CaseResolved':
      return { ...state, status: 'resolved', resolution: { ...event.data } };
    case 'NoteAdded':
      return { ...state, notesCount: state.notesCount + 1 };
    case 'CaseShared':
      return { ...state, sharedWith: new Set(state.sharedWith).add(event.data.organisationId) };
    case 'ManufacturerLinked':
      return {
        ...state,
        manufacturer: { ...state.manufacturer, directoryId: event.data.manufacturerId },
      };
    case 'ExpenseRecorded':
    case 'ExpenseCorrected': {
      const { expenseId, kind, amount, on, description } = event.data;
      return { ...state, expenses: withEntry(state.expenses, expenseId, { expenseId, kind, amount, on, description, voided: false }) };
    }
    case 'ExpenseVoided':
      return { ...state, expenses: updateEntry(state.expenses, event.data.expenseId, (e) => ({ ...e, voided: true })) };
    case 'DocumentGenerated': // a record of what was produced; it changes no fact of the case
      return state;
    case 'CaseShareRevoked': {
      const sharedWith = new Set(state.sharedWith);
      sharedWith.delete(event.data.organisationId);
      return { ...state, sharedWith };
    }
    default: // CaseOpened again, or a type this version does not know: facts are never refused here
      return state;
  }
};

type ClaimUpdate = (claim: DisputeClaimState) => DisputeClaimState;
const updateClaim = (state: ExistingCaseState, claimId: string, update: ClaimUpdate): ExistingCaseState => ({
  ...state,
  disputeClaims: updateEntry(state.disputeClaims, claimId, update),
});

/** Folds a whole stream, oldest event first. */
export const foldCase = (events: readonly CaseEvent[]): CaseState => events.reduce(evolveCase, initialCaseState);
