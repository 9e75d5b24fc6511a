import {
  foldCase,
  type CaseEventEnvelope,
  type DisputeClaimState,
  type ExistingCaseState,
  type LegalDate,
  type OdometerFactOrigin,
} from '@lemon/domain';
import type { OdometerPoint } from '@lemon/state-rules';

/** Event ids behind one dispute claim, by step. */
export interface ClaimEventIds {
  filed?: string;
  inspection?: string;
  decision?: string;
  accepted?: string;
  rejected?: string;
  complied?: string;
}

/**
 * A case folded by the domain (so corrections replace and voids remove records) plus an index
 * from each record to the event ids behind it, which the domain state does not keep.
 * Facts dated after `asOf` are treated as not having happened yet (`happened`).
 */
export interface CaseTimeline {
  envelopes: readonly CaseEventEnvelope[];
  state: ExistingCaseState;
  caseId: string;
  asOf: LegalDate;
  openedEventId: string;
  repairs: ReadonlyMap<string, string[]>;
  readings: ReadonlyMap<string, string>;
  nonconformities: ReadonlyMap<string, string>;
  notices: ReadonlyMap<string, string>;
  offers: ReadonlyMap<string, string>;
  completions: ReadonlyMap<string, string>;
  claims: ReadonlyMap<string, ClaimEventIds>;
  resolvedEventId?: string;
}

export function happened(t: CaseTimeline, date: LegalDate | undefined): date is LegalDate {
  return date !== undefined && date <= t.asOf;
}

const push = (map: Map<string, string[]>, key: string, id: string): void => {
  map.set(key, [...(map.get(key) ?? []), id]);
};

/** Null when the stream has no CaseOpened event. */
export function buildTimeline(events: readonly CaseEventEnvelope[], asOf: LegalDate): CaseTimeline | null {
  const envelopes = [...events].sort((a, b) => a.version - b.version);
  const state = foldCase(envelopes.map((e) => e.event));
  const opened = envelopes.find((e) => e.event.type === 'CaseOpened');
  if (state.status === 'none' || !opened) return null;
  const repairs = new Map<string, string[]>();
  const readings = new Map<string, string>();
  const nonconformities = new Map<string, string>();
  const notices = new Map<string, string>();
  const offers = new Map<string, string>();
  const completions = new Map<string, string>();
  const claims = new Map<string, ClaimEventIds>();
  const claim = (claimId: string, step: keyof ClaimEventIds, id: string): void => {
    claims.set(claimId, { ...claims.get(claimId), [step]: id });
  };
  let resolvedEventId: string | undefined;
  for (const { event, eventId } of envelopes) {
    switch (event.type) {
      case 'RepairAttemptRecorded':
      case 'RepairAttemptCorrected':
      case 'RepairAttemptVoided':
        push(repairs, event.data.repairAttemptId, eventId);
        break;
      case 'OdometerReported':
        readings.set(event.data.readingId, eventId);
        break;
      case 'NonconformityReported':
        nonconformities.set(event.data.nonconformityId, eventId);
        break;
      case 'ManufacturerNotified':
        notices.set(event.data.noticeId, eventId);
        break;
      case 'FinalRepairOpportunityOffered':
        offers.set(event.data.opportunityId, eventId);
        break;
      case 'FinalRepairOpportunityCompleted':
        completions.set(event.data.opportunityId, eventId);
        break;
      case 'DisputeClaimFiled':
        claim(event.data.claimId, 'filed', eventId);
        break;
      case 'DisputeInspectionRequested':
        claim(event.data.claimId, 'inspection', eventId);
        break;
      case 'DisputeDecisionIssued':
        claim(event.data.claimId, 'decision', eventId);
        break;
      case 'DisputeDecisionAccepted':
        claim(event.data.claimId, 'accepted', eventId);
        break;
      case 'DisputeDecisionRejected':
        claim(event.data.claimId, 'rejected', eventId);
        break;
      case 'ManufacturerComplied':
        claim(event.data.claimId, 'complied', eventId);
        break;
      case 'CaseResolved':
        resolvedEventId = eventId;
        break;
      default:
        break;
    }
  }
  return {
    envelopes,
    state,
    caseId: state.caseId,
    asOf,
    openedEventId: opened.eventId,
    repairs,
    readings,
    nonconformities,
    notices,
    offers,
    completions,
    claims,
    ...(resolvedEventId ? { resolvedEventId } : {}),
  };
}

function eventIdsOfOrigin(t: CaseTimeline, origin: OdometerFactOrigin): string[] {
  switch (origin.kind) {
    case 'delivery':
      return [t.openedEventId];
    case 'repair_in':
    case 'repair_out':
      return t.repairs.get(origin.repairAttemptId) ?? [];
    case 'reading':
      return [t.readings.get(origin.readingId)].filter((id): id is string => id !== undefined);
    case 'nonconformity':
      return [t.nonconformities.get(origin.nonconformityId)].filter((id): id is string => id !== undefined);
  }
}

/** Live odometer facts after delivery known on asOf, and the events behind them. */
export function odometerReadings(t: CaseTimeline): { readings: OdometerPoint[]; eventIds: string[] } {
  const delivery = t.state.acquisition.deliveryDate;
  const facts = t.state.odometerFacts.filter((f) => f.origin.kind !== 'delivery' && f.on >= delivery && happened(t, f.on));
  return {
    readings: facts.map((f) => ({ date: f.on, mileage: f.mileage })),
    eventIds: unique(facts.flatMap((f) => eventIdsOfOrigin(t, f.origin))),
  };
}

/** Claims filed on or before asOf, oldest first. */
export function claimsFiled(t: CaseTimeline): DisputeClaimState[] {
  return [...t.state.disputeClaims.values()]
    .filter((c) => happened(t, c.filedOn))
    .sort((a, b) => (a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : 0));
}

/** The resolution, if it happened on or before asOf. */
export function resolutionOf(t: CaseTimeline): { resolvedOn: LegalDate; resolution: string; eventId: string } | null {
  if (t.state.status !== 'resolved' || !t.resolvedEventId || !happened(t, t.state.resolution.resolvedOn)) return null;
  return { resolvedOn: t.state.resolution.resolvedOn, resolution: t.state.resolution.resolution, eventId: t.resolvedEventId };
}

export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
