import type {
  CaseEventEnvelope,
  LegalDate,
  NoticeMethod,
  OutOfServiceFields,
  RepairAttemptFields,
  RepairOutcome,
  SafetyScopeFact,
  WarrantyTerms,
} from '@lemon/domain';
import type { OdometerPoint } from '../warranty/odometer-trend';

/**
 * The facts of one case as the evaluator needs them, folded from its events. The evaluator folds
 * events itself (rather than reusing the domain's state) so that it can explain every exclusion:
 * voided records stay in the lists, marked, and corrections keep the ids of all their events.
 */

export interface CaseOpenedFacts {
  eventId: string;
  caseId: string;
  jurisdiction: string;
  deliveryDate: LegalDate;
  odometerAtDelivery: number;
  warranty: WarrantyTerms;
  noticeRequirementDisclosed: boolean;
}

const withDisclosure = (opened: CaseOpenedFacts | null, disclosed: boolean): CaseOpenedFacts | null =>
  opened && { ...opened, noticeRequirementDisclosed: disclosed };

interface RecordFacts<F> {
  /** The event whose fields are in effect: the record, or its latest correction. */
  eventId: string;
  sourceEventIds: string[];
  fields: F;
  corrected: boolean;
  voided?: { eventId: string; reason: string };
}

export type RepairFacts = RecordFacts<RepairAttemptFields> & { repairAttemptId: string };
export type IntervalFacts = RecordFacts<OutOfServiceFields> & { intervalId: string };

export interface NonconformityFacts {
  nonconformityId: string;
  eventId: string;
  description: string;
  safetyCritical: boolean;
  firstReportedOn?: LegalDate;
  /** Narrower safety categories a user confirmed (NonconformitySafetyScopeConfirmed). */
  confirmedSafetyScopes: readonly SafetyScopeFact[];
}

export interface NoticeFacts {
  noticeId: string;
  eventId: string;
  sentOn: LegalDate;
  receivedOn?: LegalDate;
  method: NoticeMethod;
  /** Empty means the notice was not limited to particular nonconformities. */
  nonconformityIds: readonly string[];
}

export interface FinalRepairFacts {
  opportunityId: string;
  eventId: string;
  offeredOn: LegalDate;
  nonconformityIds: readonly string[];
  completed?: { eventId: string; completedOn: LegalDate; outcome: RepairOutcome };
}

export interface CaseFacts {
  opened: CaseOpenedFacts | null;
  nonconformities: Map<string, NonconformityFacts>;
  /** Every repair attempt ever recorded, voided ones included (marked), whatever its date. */
  repairs: RepairFacts[];
  intervals: IntervalFacts[];
  /** Odometer facts dated on or before asOf (delivery excluded), from live records only. */
  odometer: OdometerPoint[];
  /** Only what happened on or before asOf. */
  notices: NoticeFacts[];
  finalRepairs: FinalRepairFacts[];
  disputeClaimsFiled: Array<{ claimId: string; eventId: string; filedOn: LegalDate }>;
  dataIssues: string[];
}

function upsert<F, R extends RecordFacts<F>>(map: Map<string, R>, id: string, make: () => R, issues: string[], what: string): void {
  if (map.has(id)) issues.push(`${what} ${id} was recorded twice; the later record is used.`);
  map.set(id, make());
}

export function foldCaseFacts(envelopes: readonly CaseEventEnvelope[], asOf: LegalDate): CaseFacts {
  const issues: string[] = [];
  let opened: CaseOpenedFacts | null = null;
  const nonconformities = new Map<string, NonconformityFacts>();
  const repairs = new Map<string, RepairFacts>();
  const intervals = new Map<string, IntervalFacts>();
  const readings: OdometerPoint[] = [];
  const notices: NoticeFacts[] = [];
  const finalRepairs = new Map<string, FinalRepairFacts>();
  const disputeClaimsFiled: CaseFacts['disputeClaimsFiled'] = [];

  const sorted = [...envelopes].sort((a, b) => a.version - b.version);
  for (const { event, eventId } of sorted) {
    switch (event.type) {
      case 'CaseOpened': {
        const d = event.data;
        opened = {
          eventId,
          caseId: d.caseId,
          jurisdiction: d.jurisdiction,
          deliveryDate: d.acquisition.deliveryDate,
          odometerAtDelivery: d.acquisition.odometerAtDelivery,
          warranty: d.warranty,
          noticeRequirementDisclosed: d.manufacturer?.noticeRequirementDisclosed ?? true,
        };
        break;
      }
      case 'NonconformityReported': {
        const d = event.data;
        nonconformities.set(d.nonconformityId, {
          nonconformityId: d.nonconformityId,
          eventId,
          description: d.description,
          safetyCritical: d.safetyCritical,
          confirmedSafetyScopes: [],
          ...(d.firstReportedOn ? { firstReportedOn: d.firstReportedOn } : {}),
        });
        if (d.firstReportedOn && d.mileage !== undefined && d.firstReportedOn <= asOf)
          readings.push({ date: d.firstReportedOn, mileage: d.mileage });
        break;
      }
      case 'RepairAttemptRecorded': {
        const { repairAttemptId, ...fields } = event.data;
        upsert(
          repairs,
          repairAttemptId,
          () => ({ repairAttemptId, eventId, sourceEventIds: [eventId], fields, corrected: false }),
          issues,
          'Repair attempt',
        );
        break;
      }
      case 'RepairAttemptCorrected': {
        const { repairAttemptId, correctionReason: _reason, ...fields } = event.data;
        const current = repairs.get(repairAttemptId);
        if (!current) issues.push(`Correction ${eventId} names repair attempt ${repairAttemptId}, which was never recorded.`);
        else
          repairs.set(repairAttemptId, {
            ...current,
            eventId,
            sourceEventIds: [...current.sourceEventIds, eventId],
            fields,
            corrected: true,
          });
        break;
      }
      case 'RepairAttemptVoided': {
        const current = repairs.get(event.data.repairAttemptId);
        if (!current) issues.push(`Void ${eventId} names repair attempt ${event.data.repairAttemptId}, which was never recorded.`);
        else
          repairs.set(current.repairAttemptId, {
            ...current,
            sourceEventIds: [...current.sourceEventIds, eventId],
            voided: { eventId, reason: event.data.reason },
          });
        break;
      }
      case 'OutOfServiceRecorded': {
        const { intervalId, ...fields } = event.data;
        upsert(
          intervals,
          intervalId,
          () => ({ intervalId, eventId, sourceEventIds: [eventId], fields, corrected: false }),
          issues,
          'Out-of-service interval',
        );
        break;
      }
      case 'OutOfServiceCorrected': {
        const { intervalId, correctionReason: _reason, ...fields } = event.data;
        const current = intervals.get(intervalId);
        if (!current) issues.push(`Correction ${eventId} names out-of-service interval ${intervalId}, which was never recorded.`);
        else
          intervals.set(intervalId, { ...current, eventId, sourceEventIds: [...current.sourceEventIds, eventId], fields, corrected: true });
        break;
      }
      case 'OutOfServiceVoided': {
        const current = intervals.get(event.data.intervalId);
        if (!current) issues.push(`Void ${eventId} names out-of-service interval ${event.data.intervalId}, which was never recorded.`);
        else
          intervals.set(current.intervalId, {
            ...current,
            sourceEventIds: [...current.sourceEventIds, eventId],
            voided: { eventId, reason: event.data.reason },
          });
        break;
      }
      case 'OdometerReported':
        if (event.data.readOn <= asOf) readings.push({ date: event.data.readOn, mileage: event.data.mileage });
        break;
      case 'ManufacturerNotified': {
        const d = event.data;
        if (d.sentOn <= asOf) {
          notices.push({
            noticeId: d.noticeId,
            eventId,
            sentOn: d.sentOn,
            method: d.method,
            nonconformityIds: d.nonconformityIds,
            ...(d.receivedOn && d.receivedOn <= asOf ? { receivedOn: d.receivedOn } : {}),
          });
        }
        break;
      }
      case 'FinalRepairOpportunityOffered': {
        const d = event.data;
        if (d.offeredOn <= asOf)
          finalRepairs.set(d.opportunityId, {
            opportunityId: d.opportunityId,
            eventId,
            offeredOn: d.offeredOn,
            nonconformityIds: d.nonconformityIds,
          });
        break;
      }
      case 'FinalRepairOpportunityCompleted': {
        const d = event.data;
        const offer = finalRepairs.get(d.opportunityId);
        if (offer && d.completedOn <= asOf)
          finalRepairs.set(d.opportunityId, { ...offer, completed: { eventId, completedOn: d.completedOn, outcome: d.outcome } });
        break;
      }
      case 'NonconformitySafetyScopeConfirmed': {
        const known = nonconformities.get(event.data.nonconformityId);
        if (known) nonconformities.set(known.nonconformityId, { ...known, confirmedSafetyScopes: [...event.data.scopes] });
        break;
      }
      case 'ManufacturerDisclosureRecorded':
        // Undated: the disclosure is a property of the manufacturer's booklet, not a fact on a date.
        opened = withDisclosure(opened, event.data.noticeRequirementDisclosed);
        break;
      case 'DisputeClaimFiled':
        if (event.data.filedOn <= asOf) disputeClaimsFiled.push({ claimId: event.data.claimId, eventId, filedOn: event.data.filedOn });
        break;
      default:
        break; // dispute decisions, resolution and notes do not bear on the presumption
    }
  }

  // Odometer facts from live repair orders only: a voided record's mileage is not a fact.
  for (const r of repairs.values()) {
    if (r.voided) continue;
    if (Number.isFinite(r.fields.mileageIn) && r.fields.dateIn <= asOf)
      readings.push({ date: r.fields.dateIn, mileage: r.fields.mileageIn });
    if (r.fields.dateOut && Number.isFinite(r.fields.mileageOut) && r.fields.dateOut <= asOf)
      readings.push({ date: r.fields.dateOut, mileage: r.fields.mileageOut! });
  }

  return {
    opened,
    nonconformities,
    repairs: [...repairs.values()],
    intervals: [...intervals.values()],
    odometer: readings,
    notices,
    finalRepairs: [...finalRepairs.values()],
    disputeClaimsFiled,
    dataIssues: issues,
  };
}
