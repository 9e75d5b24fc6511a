import {
  foldCaseFile,
  type CaseEventEnvelope,
  type CaseState,
  type RecordTrail,
  type LegalDate,
  type NoticeMethod,
  type OutOfServiceFields,
  type RepairAttemptFields,
  type RepairOutcome,
  type SafetyScopeFact,
  type WarrantyTerms,
} from '@lemon/domain';
import type { OdometerPoint } from '../warranty/odometer-trend';

/**
 * The facts of one case as the evaluator needs them: a view of the domain's case file (the one
 * fold) on a legal date. Voided repairs and intervals stay in the lists, marked, so that every
 * exclusion can be explained; corrections keep the ids of all their events.
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

const live = <R extends { voided: boolean }>(records: ReadonlyMap<string, R>): R[] => [...records.values()].filter((r) => !r.voided);

/** Amendments of a record as the evaluator reports them: the current event, all events, corrected, voided. */
const recordFacts = <F>(trail: RecordTrail, fields: F): RecordFacts<F> => ({
  eventId: trail.currentEventId,
  sourceEventIds: [...trail.eventIds],
  fields,
  corrected: trail.corrections.length > 0,
  ...(trail.voided ? { voided: { eventId: trail.voided.eventId, reason: trail.voided.reason } } : {}),
});

/**
 * The case file (the domain's one fold) seen on `asOf`: what the evaluator counts. Nothing here
 * interprets events; it only selects records and dates from the fold.
 */
export function caseFactsAsOf(file: CaseState, asOf: LegalDate): CaseFacts {
  if (file.status === 'none') {
    return {
      opened: null,
      nonconformities: new Map(),
      repairs: [],
      intervals: [],
      odometer: [],
      notices: [],
      finalRepairs: [],
      disputeClaimsFiled: [],
      dataIssues: [],
    };
  }
  const happened = (date: LegalDate | undefined): date is LegalDate => date !== undefined && date <= asOf;
  const nonconformities = new Map<string, NonconformityFacts>();
  for (const n of live(file.nonconformities)) {
    nonconformities.set(n.nonconformityId, {
      nonconformityId: n.nonconformityId,
      eventId: n.trail.currentEventId,
      description: n.description,
      safetyCritical: n.safetyCritical,
      confirmedSafetyScopes: n.confirmedSafetyScopes ?? [],
      ...(n.firstReportedOn ? { firstReportedOn: n.firstReportedOn } : {}),
    });
  }
  const repairs: RepairFacts[] = [...file.repairAttempts.values()].map(({ repairAttemptId, voided: _v, trail, ...fields }) => ({
    repairAttemptId,
    ...recordFacts(trail, fields),
  }));
  const intervals: IntervalFacts[] = [...file.outOfService.values()].map(({ intervalId, voided: _v, trail, ...fields }) => ({
    intervalId,
    ...recordFacts(trail, fields),
  }));
  // Odometer facts of live records only (a voided record's mileage is not a fact), delivery excluded.
  const odometer: OdometerPoint[] = file.odometerFacts
    .filter((f) => f.origin.kind !== 'delivery' && Number.isFinite(f.mileage) && happened(f.on))
    .map((f) => ({ date: f.on, mileage: f.mileage }));
  const notices: NoticeFacts[] = live(file.manufacturerNotices)
    .filter((n) => happened(n.sentOn))
    .map((n) => ({
      noticeId: n.noticeId,
      eventId: n.trail.currentEventId,
      sentOn: n.sentOn,
      method: n.method,
      nonconformityIds: n.nonconformityIds,
      ...(happened(n.receivedOn) ? { receivedOn: n.receivedOn } : {}),
    }));
  const finalRepairs: FinalRepairFacts[] = live(file.finalRepairOpportunities)
    .filter((o) => happened(o.offeredOn))
    .map((o) => ({
      opportunityId: o.opportunityId,
      eventId: o.trail.currentEventId,
      offeredOn: o.offeredOn,
      nonconformityIds: o.nonconformityIds,
      ...(o.completion && happened(o.completion.completedOn)
        ? {
            completed: { eventId: o.completion.trail.currentEventId, completedOn: o.completion.completedOn, outcome: o.completion.outcome },
          }
        : {}),
    }));
  const disputeClaimsFiled = live(file.disputeClaims)
    .filter((c) => happened(c.filedOn))
    .map((c) => ({ claimId: c.claimId, eventId: c.trail.currentEventId, filedOn: c.filedOn }));
  return {
    opened: {
      eventId: file.openedEventId,
      caseId: file.caseId,
      jurisdiction: file.jurisdiction,
      deliveryDate: file.acquisition.deliveryDate,
      odometerAtDelivery: file.acquisition.odometerAtDelivery,
      warranty: file.warranty,
      noticeRequirementDisclosed: file.manufacturer?.noticeRequirementDisclosed ?? true,
    },
    nonconformities,
    repairs,
    intervals,
    odometer,
    notices,
    finalRepairs,
    disputeClaimsFiled,
    dataIssues: [...file.anomalies],
  };
}

/** Folds the events with the domain's case-file fold and sees them on `asOf`. */
export const foldCaseFacts = (envelopes: readonly CaseEventEnvelope[], asOf: LegalDate): CaseFacts =>
  caseFactsAsOf(foldCaseFile(envelopes), asOf);
