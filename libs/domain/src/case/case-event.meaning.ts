/**
 * What each event type means to a reader of the history, written once: its legal date, a human
 * label and the record it creates or changes. The switches are exhaustive: a new event type
 * fails the type-check here until it is described.
 */
import type { CaseEvent, CaseEventEnvelope, CaseEventType, LegalDate } from './case.events';
import { CASE_EVENT_LABELS as LABELS } from './case-event-labels';

const assertNever = (event: never): never => {
  throw new Error(`unhandled case event ${JSON.stringify(event)}`);
};

/**
 * The legal date an event is "about" (distinct from when it was recorded): what a reader of the
 * history sorts and filters by. Undefined for events that are not facts on a date (notes, shares,
 * voids, disclosures).
 */
export const occurredOnOf = (event: CaseEvent): LegalDate | undefined => {
  switch (event.type) {
    case 'CaseOpened':
      return event.data.acquisition.deliveryDate;
    case 'NonconformityReported':
      return event.data.firstReportedOn;
    case 'RepairAttemptRecorded':
    case 'RepairAttemptCorrected':
      return event.data.dateIn;
    case 'OutOfServiceRecorded':
    case 'OutOfServiceCorrected':
      return event.data.from;
    case 'OdometerReported':
      return event.data.readOn;
    case 'ManufacturerNotified':
      return event.data.sentOn;
    case 'FinalRepairOpportunityOffered':
      return event.data.offeredOn;
    case 'FinalRepairOpportunityCompleted':
      return event.data.completedOn;
    case 'DisputeClaimFiled':
      return event.data.filedOn;
    case 'DisputeInspectionRequested':
      return event.data.requestedOn;
    case 'DisputeDecisionIssued':
      return event.data.decidedOn;
    case 'DisputeDecisionAccepted':
      return event.data.acceptedOn;
    case 'DisputeDecisionRejected':
      return event.data.rejectedOn;
    case 'ManufacturerComplied':
      return event.data.compliedOn;
    case 'CaseResolved':
      return event.data.resolvedOn;
    case 'Ab1755ElectionRecorded':
      return event.data.electedOn;
    case 'ExpenseRecorded':
    case 'ExpenseCorrected':
    case 'LitigationStepRecorded':
    case 'LitigationStepCorrected':
      return event.data.on;
    case 'DocumentGenerated':
      return event.data.asOf;
    case 'OdometerReadingCorrected':
      return event.data.readOn;
    case 'NonconformityCorrected':
      return event.data.firstReportedOn;
    case 'ManufacturerNoticeCorrected':
      return event.data.sentOn;
    case 'FinalRepairOpportunityCorrected':
      return event.data.offeredOn;
    case 'FinalRepairCompletionCorrected':
      return event.data.completedOn;
    case 'DisputeClaimCorrected':
      return event.data.filedOn;
    case 'DisputeInspectionCorrected':
      return event.data.requestedOn;
    case 'DisputeDecisionCorrected':
      return event.data.decidedOn;
    case 'DisputeAcceptanceCorrected':
      return event.data.acceptedOn;
    case 'DisputeRejectionCorrected':
      return event.data.rejectedOn;
    case 'ManufacturerComplianceCorrected':
      return event.data.compliedOn;
    case 'AcquisitionCorrected':
      return event.data.acquisition.deliveryDate;
    case 'ResolutionCorrected':
      return event.data.resolvedOn;
    case 'ManufacturerLinked':
    case 'ExpenseVoided':
    case 'LitigationStepVoided':
    case 'NonconformitySafetyScopeConfirmed':
    case 'ManufacturerDisclosureRecorded':
    case 'RepairAttemptVoided':
    case 'OdometerReadingVoided':
    case 'NonconformityVoided':
    case 'ManufacturerNoticeVoided':
    case 'FinalRepairOpportunityVoided':
    case 'DisputeClaimVoided':
    case 'DisputeClaimStepVoided':
    case 'ClientDetailsUpdated':
    case 'WarrantyCorrected':
    case 'CaseReopened':
    case 'VehicleCorrected':
    case 'JurisdictionCorrected':
    case 'NoteCorrected':
    case 'NoteVoided':
    case 'OutOfServiceVoided':
    case 'NoteAdded':
    case 'CaseShared':
    case 'CaseShareRevoked':
      return undefined;
    default:
      return assertNever(event);
  }
};

/**
 * A label per event type, for the history ("Repair visit corrected"). The table is its own file,
 * shared with the web app; typed here, a new event type fails the type-check until it has a label.
 */
export const CASE_EVENT_LABELS: Readonly<Record<CaseEventType, string>> = LABELS;

export const caseEventLabel = (type: CaseEventType): string => CASE_EVENT_LABELS[type];

/** The kinds of record a case file keeps; `case` is the case itself (its opening and resolution). */
export type CaseRecordKind =
  | 'case'
  | 'nonconformity'
  | 'repair_attempt'
  | 'out_of_service'
  | 'odometer_reading'
  | 'litigation_step'
  | 'manufacturer_notice'
  | 'final_repair_opportunity'
  | 'dispute_claim'
  | 'note'
  | 'share'
  | 'expense'
  | 'document';

/** How an event touches its record: creates it, replaces its fields, voids it, or adds to it. */
export type RecordChange = 'recorded' | 'corrected' | 'voided' | 'amended';

export interface RecordRef {
  kind: CaseRecordKind;
  /** The record's id; for a dispute claim's later steps `step` names the step. */
  id: string;
  step?: string;
  change: RecordChange;
}

/**
 * The record an event creates or changes. A history shows a `corrected` or `voided` event beside
 * the record's version in effect before it (same kind, id and step).
 */
export const recordOf = (event: CaseEvent): RecordRef => {
  switch (event.type) {
    case 'CaseOpened':
      return { kind: 'case', id: event.data.caseId, change: 'recorded' };
    case 'ManufacturerDisclosureRecorded':
      return { kind: 'case', id: 'manufacturer', change: 'amended' };
    case 'Ab1755ElectionRecorded':
      return { kind: 'case', id: 'ab1755-election', change: 'amended' };
    case 'CaseResolved':
      return { kind: 'case', id: 'resolution', change: 'recorded' };
    case 'NonconformityReported':
      return { kind: 'nonconformity', id: event.data.nonconformityId, change: 'recorded' };
    case 'NonconformitySafetyScopeConfirmed':
      return { kind: 'nonconformity', id: event.data.nonconformityId, change: 'amended' };
    case 'RepairAttemptRecorded':
      return { kind: 'repair_attempt', id: event.data.repairAttemptId, change: 'recorded' };
    case 'RepairAttemptCorrected':
      return { kind: 'repair_attempt', id: event.data.repairAttemptId, change: 'corrected' };
    case 'RepairAttemptVoided':
      return { kind: 'repair_attempt', id: event.data.repairAttemptId, change: 'voided' };
    case 'OutOfServiceRecorded':
      return { kind: 'out_of_service', id: event.data.intervalId, change: 'recorded' };
    case 'OutOfServiceCorrected':
      return { kind: 'out_of_service', id: event.data.intervalId, change: 'corrected' };
    case 'OutOfServiceVoided':
      return { kind: 'out_of_service', id: event.data.intervalId, change: 'voided' };
    case 'OdometerReported':
      return { kind: 'odometer_reading', id: event.data.readingId, change: 'recorded' };
    case 'ManufacturerNotified':
      return { kind: 'manufacturer_notice', id: event.data.noticeId, change: 'recorded' };
    case 'FinalRepairOpportunityOffered':
      return { kind: 'final_repair_opportunity', id: event.data.opportunityId, change: 'recorded' };
    case 'FinalRepairOpportunityCompleted':
      return { kind: 'final_repair_opportunity', id: event.data.opportunityId, step: 'completion', change: 'recorded' };
    case 'DisputeClaimFiled':
      return { kind: 'dispute_claim', id: event.data.claimId, change: 'recorded' };
    case 'DisputeInspectionRequested':
      return { kind: 'dispute_claim', id: event.data.claimId, step: 'inspection', change: 'recorded' };
    case 'DisputeDecisionIssued':
      return { kind: 'dispute_claim', id: event.data.claimId, step: 'decision', change: 'recorded' };
    case 'DisputeDecisionAccepted':
      return { kind: 'dispute_claim', id: event.data.claimId, step: 'acceptance', change: 'recorded' };
    case 'DisputeDecisionRejected':
      return { kind: 'dispute_claim', id: event.data.claimId, step: 'rejection', change: 'recorded' };
    case 'ManufacturerComplied':
      return { kind: 'dispute_claim', id: event.data.claimId, step: 'compliance', change: 'recorded' };
    case 'NoteAdded':
      return { kind: 'note', id: event.data.noteId, change: 'recorded' };
    case 'CaseShared':
      return { kind: 'share', id: event.data.organisationId, change: 'recorded' };
    case 'CaseShareRevoked':
      return { kind: 'share', id: event.data.organisationId, change: 'amended' };
    case 'ManufacturerLinked':
      return { kind: 'case', id: 'manufacturer', change: 'amended' };
    case 'ExpenseRecorded':
      return { kind: 'expense', id: event.data.expenseId, change: 'recorded' };
    case 'ExpenseCorrected':
      return { kind: 'expense', id: event.data.expenseId, change: 'corrected' };
    case 'ExpenseVoided':
      return { kind: 'expense', id: event.data.expenseId, change: 'voided' };
    case 'LitigationStepRecorded':
      return { kind: 'litigation_step', id: event.data.stepId, change: 'recorded' };
    case 'LitigationStepCorrected':
      return { kind: 'litigation_step', id: event.data.stepId, change: 'corrected' };
    case 'LitigationStepVoided':
      return { kind: 'litigation_step', id: event.data.stepId, change: 'voided' };
    case 'DocumentGenerated':
      return { kind: 'document', id: event.data.documentId, change: 'recorded' };
    case 'OdometerReadingCorrected':
      return { kind: 'odometer_reading', id: event.data.readingId, change: 'corrected' };
    case 'OdometerReadingVoided':
      return { kind: 'odometer_reading', id: event.data.readingId, change: 'voided' };
    case 'NonconformityCorrected':
      return { kind: 'nonconformity', id: event.data.nonconformityId, change: 'corrected' };
    case 'NonconformityVoided':
      return { kind: 'nonconformity', id: event.data.nonconformityId, change: 'voided' };
    case 'ManufacturerNoticeCorrected':
      return { kind: 'manufacturer_notice', id: event.data.noticeId, change: 'corrected' };
    case 'ManufacturerNoticeVoided':
      return { kind: 'manufacturer_notice', id: event.data.noticeId, change: 'voided' };
    case 'FinalRepairOpportunityCorrected':
      return { kind: 'final_repair_opportunity', id: event.data.opportunityId, change: 'corrected' };
    case 'FinalRepairOpportunityVoided':
      return { kind: 'final_repair_opportunity', id: event.data.opportunityId, change: 'voided' };
    case 'FinalRepairCompletionCorrected':
      return { kind: 'final_repair_opportunity', id: event.data.opportunityId, step: 'completion', change: 'corrected' };
    case 'DisputeClaimCorrected':
      return { kind: 'dispute_claim', id: event.data.claimId, change: 'corrected' };
    case 'DisputeClaimVoided':
      return { kind: 'dispute_claim', id: event.data.claimId, change: 'voided' };
    case 'DisputeInspectionCorrected':
      return { kind: 'dispute_claim', id: event.data.claimId, step: 'inspection', change: 'corrected' };
    case 'DisputeDecisionCorrected':
      return { kind: 'dispute_claim', id: event.data.claimId, step: 'decision', change: 'corrected' };
    case 'DisputeAcceptanceCorrected':
      return { kind: 'dispute_claim', id: event.data.claimId, step: 'acceptance', change: 'corrected' };
    case 'DisputeRejectionCorrected':
      return { kind: 'dispute_claim', id: event.data.claimId, step: 'rejection', change: 'corrected' };
    case 'ManufacturerComplianceCorrected':
      return { kind: 'dispute_claim', id: event.data.claimId, step: 'compliance', change: 'corrected' };
    case 'DisputeClaimStepVoided':
      return { kind: 'dispute_claim', id: event.data.claimId, step: event.data.step, change: 'voided' };
    case 'ClientDetailsUpdated':
      return { kind: 'case', id: 'client', change: 'amended' };
    case 'AcquisitionCorrected':
      return { kind: 'case', id: 'acquisition', change: 'corrected' };
    case 'WarrantyCorrected':
      return { kind: 'case', id: 'warranty', change: 'corrected' };
    case 'CaseReopened':
      return { kind: 'case', id: 'resolution', change: 'voided' };
    case 'ResolutionCorrected':
      return { kind: 'case', id: 'resolution', change: 'corrected' };
    case 'VehicleCorrected':
      return { kind: 'case', id: 'vehicle', change: 'corrected' };
    case 'JurisdictionCorrected':
      return { kind: 'case', id: 'jurisdiction', change: 'corrected' };
    case 'NoteCorrected':
      return { kind: 'note', id: event.data.noteId, change: 'corrected' };
    case 'NoteVoided':
      return { kind: 'note', id: event.data.noteId, change: 'voided' };
    default:
      return assertNever(event);
  }
};

/** A key naming one record (and step) across its events: equal keys mean the same record. */
export const recordKeyOf = (ref: RecordRef): string => `${ref.kind}:${ref.id}${ref.step === undefined ? '' : `:${ref.step}`}`;

/** A stored event as the store returns it (structurally: the domain imports no store). */
export interface StoredEventShape {
  id: string;
  type: string;
  data: unknown;
  streamVersion: number;
  recordedAt: Date | string;
}

/** The envelope the case-file fold reads, from a stored event of a case stream. */
export const caseEventEnvelopeOf = (stored: StoredEventShape): CaseEventEnvelope => ({
  event: { type: stored.type, data: stored.data } as CaseEvent,
  eventId: stored.id,
  version: stored.streamVersion,
  recordedAt: typeof stored.recordedAt === 'string' ? stored.recordedAt : stored.recordedAt.toISOString(),
});
