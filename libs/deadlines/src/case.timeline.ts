import {
  foldCaseFile,
  withoutVoidedRecords,
  type RecordTrail,
  type CaseEventEnvelope,
  type CaseState,
  type DisputeClaimState,
  type ExistingCaseState,
  type LegalDate,
  type LitigationStepKind,
  type LitigationStepState,
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
 * A case folded by the domain's case-file fold (so corrections replace and voids remove records)
 * plus an index from each record to the event ids behind it, read from the records' trails.
 * Facts dated after `asOf` are treated as not having happened yet (`happened`).
 */
export interface CaseTimeline {
  envelopes: readonly CaseEventEnvelope[];
  /** The case file without voided records. */
  state: ExistingCaseState;
  /** The whole case file, voided records included (what the evaluator reads). */
  caseFile: ExistingCaseState;
  caseId: string;
  asOf: LegalDate;
  openedEventId: string;
  repairs: ReadonlyMap<string, string[]>;
  readings: ReadonlyMap<string, string[]>;
  nonconformities: ReadonlyMap<string, string>;
  notices: ReadonlyMap<string, string>;
  offers: ReadonlyMap<string, string>;
  completions: ReadonlyMap<string, string>;
  claims: ReadonlyMap<string, ClaimEventIds>;
  litigationSteps: ReadonlyMap<string, string>;
  resolvedEventId?: string;
}

export function happened(t: CaseTimeline, date: LegalDate | undefined): date is LegalDate {
  return date !== undefined && date <= t.asOf;
}

const index = <R>(records: ReadonlyMap<string, R>, ids: (record: R) => string | undefined): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, record] of records) {
    const id = ids(record);
    if (id !== undefined) out.set(key, id);
  }
  return out;
};

/** Null when the stream has no CaseOpened event. The case file is the domain's one fold; this only indexes its trails. */
export function buildTimeline(events: readonly CaseEventEnvelope[], asOf: LegalDate, caseFile?: CaseState): CaseTimeline | null {
  const envelopes = [...events].sort((a, b) => a.version - b.version);
  const folded = caseFile ?? foldCaseFile(envelopes);
  if (folded.status === 'none') return null;
  // Deadlines never count a voided record; the evaluator (which explains exclusions) gets the full file.
  const state = withoutVoidedRecords(folded);
  const claims = new Map<string, ClaimEventIds>();
  for (const [claimId, c] of state.disputeClaims) {
    const live = (trail: RecordTrail | undefined): RecordTrail | undefined => (trail?.voided === undefined ? trail : undefined);
    const [inspection, decision, acceptance, rejection, compliance] = (
      ['inspection', 'decision', 'acceptance', 'rejection', 'compliance'] as const
    ).map((step) => live(c.steps[step]));
    claims.set(claimId, {
      filed: c.trail.currentEventId,
      ...(inspection ? { inspection: inspection.currentEventId } : {}),
      ...(decision ? { decision: decision.currentEventId } : {}),
      ...(acceptance ? { accepted: acceptance.currentEventId } : {}),
      ...(rejection ? { rejected: rejection.currentEventId } : {}),
      ...(compliance ? { complied: compliance.currentEventId } : {}),
    });
  }
  return {
    envelopes,
    state,
    caseFile: folded,
    caseId: state.caseId,
    asOf,
    openedEventId: state.openedEventId,
    repairs: new Map([...state.repairAttempts].map(([id, r]) => [id, [...r.trail.eventIds]])),
    readings: new Map([...state.odometerReadings].map(([id, r]) => [id, [...r.trail.eventIds]])),
    nonconformities: index(state.nonconformities, (n) => n.trail.currentEventId),
    notices: index(state.manufacturerNotices, (n) => n.trail.currentEventId),
    offers: index(state.finalRepairOpportunities, (o) => o.trail.currentEventId),
    completions: index(state.finalRepairOpportunities, (o) => o.completion?.trail.currentEventId),
    claims,
    litigationSteps: index(state.litigationSteps, (s) => s.trail.currentEventId),
    ...(state.status === 'resolved' ? { resolvedEventId: state.resolution.trail.currentEventId } : {}),
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
      return t.readings.get(origin.readingId) ?? [];
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

/** Live pre-suit notices, complaints or answers of `kind` dated on or before asOf, earliest first, each with its current event. */
export function litigationStepsOf(t: CaseTimeline, kind: LitigationStepKind): { step: LitigationStepState; eventId: string }[] {
  return [...t.state.litigationSteps.values()]
    .filter((s) => s.kind === kind && happened(t, s.on))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    .map((step) => ({ step, eventId: t.litigationSteps.get(step.stepId)! }));
}

/** The resolution, if it happened on or before asOf. */
export function resolutionOf(t: CaseTimeline): { resolvedOn: LegalDate; resolution: string; eventId: string } | null {
  if (t.state.status !== 'resolved' || !t.resolvedEventId || !happened(t, t.state.resolution.resolvedOn)) return null;
  return { resolvedOn: t.state.resolution.resolvedOn, resolution: t.state.resolution.resolution, eventId: t.resolvedEventId };
}

export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
