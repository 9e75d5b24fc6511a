/**
 * The case file: the ONE fold of a case stream. Every record with its current fields (after its
 * latest correction) and the events behind it (recorded, corrected, voided: ids and reasons).
 * `decide`, the presumption evaluator, the deadlines, the read side and the documents all read
 * this fold; what an event means is written here and nowhere else. The switch over event types
 * is exhaustive, so a new event type fails the type-check until this fold handles it.
 * Every update returns new objects (no mutation of a previous state).
 */
import type {
  Acquisition,
  CaseEventEnvelope,
  ClientDetails,
  DisputeClaimStep,
  NoteVisibility,
  DisputeAward,
  ExpenseFields,
  LitigationStepFields,
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
  VehicleDetails,
  WarrantyTerms,
} from './case.events';
import type { CaseEvent } from './case.events';
import { isFactOfOrigin, odometerFactsOfRepair, replaceOdometerFacts, withoutOdometerFactsOf, type OdometerFact } from './case.odometer';

/** One amendment of a record: the event that made it and the reason given. */
export interface Amendment {
  eventId: string;
  reason: string;
}

/** The events behind one record, oldest first. */
export interface RecordTrail {
  /** The event that first recorded it. */
  recordedEventId: string;
  /** Stream version of that event (orders records of different kinds by when they were entered). */
  recordedVersion: number;
  /** The event whose fields are in effect: the record, or its latest correction. */
  currentEventId: string;
  /** Every event behind the record, in stream order (record, corrections, void). */
  eventIds: string[];
  corrections: Amendment[];
  voided?: Amendment;
}

export interface NonconformityState {
  nonconformityId: string;
  description: string;
  safetyCritical: boolean;
  firstReportedOn?: LegalDate;
  mileage?: number;
  /** Narrower safety categories a user confirmed (the latest confirmation replaces earlier ones). */
  confirmedSafetyScopes?: SafetyScopeFact[];
  voided: boolean;
  trail: RecordTrail;
}

/** A repair attempt's current fields (after the latest correction) and whether it was voided. */
export interface RepairAttemptState extends RepairAttemptFields {
  repairAttemptId: string;
  voided: boolean;
  trail: RecordTrail;
}

export interface OutOfServiceState extends OutOfServiceFields {
  intervalId: string;
  voided: boolean;
  trail: RecordTrail;
}

export interface OdometerReadingState {
  readingId: string;
  readOn: LegalDate;
  mileage: number;
  source?: string;
  voided: boolean;
  trail: RecordTrail;
}

export interface ManufacturerNoticeState {
  noticeId: string;
  sentOn: LegalDate;
  method: NoticeMethod;
  receivedOn?: LegalDate;
  nonconformityIds: string[];
  voided: boolean;
  trail: RecordTrail;
}

export interface FinalRepairCompletionState {
  completedOn: LegalDate;
  outcome: RepairOutcome;
  trail: RecordTrail;
}

export interface FinalRepairOpportunityState {
  opportunityId: string;
  offeredOn: LegalDate;
  nonconformityIds: string[];
  completion?: FinalRepairCompletionState;
  voided: boolean;
  trail: RecordTrail;
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
  voided: boolean;
  /** The filing's events. */
  trail: RecordTrail;
  /** Each later step's events (a voided step's fields are cleared; its trail stays, marked voided). */
  steps: Partial<Record<DisputeClaimStep, RecordTrail>>;
}

/** An incidental expense's current fields (after the latest correction) and whether it was voided. */
export interface ExpenseState extends ExpenseFields {
  expenseId: string;
  voided: boolean;
  trail: RecordTrail;
}

/** A pre-suit notice, complaint or answer as last corrected, and whether it was voided. */
export interface LitigationStepState extends LitigationStepFields {
  stepId: string;
  voided: boolean;
  trail: RecordTrail;
}

export interface CaseResolution {
  resolvedOn: LegalDate;
  resolution: Resolution;
  amount?: number;
  summary?: string;
}

export interface CaseResolutionState extends CaseResolution {
  trail: RecordTrail;
}

export interface NoteState {
  noteId: string;
  /** The text as last corrected. */
  text: string;
  /** As last corrected. Old NoteAdded events carry no visibility: they are firm-private. */
  visibility: NoteVisibility;
  /** The NoteAdded event, its version and when it was recorded (a correction keeps the note's place). */
  eventId: string;
  version: number;
  recordedAt: string;
  voided: boolean;
  trail: RecordTrail;
  /**
   * The visibility each of the note's events was written under (NoteAdded, NoteCorrected; a void
   * under the visibility in effect), by event id: privilege shows an event's words to another
   * organisation only when that event and the note as it stands now are both shared.
   */
  visibilityByEvent: ReadonlyMap<string, NoteVisibility>;
}

/** Everything known about an opened case. Maps are keyed by the caller-generated ids, in recording order. */
export interface CaseFile {
  caseId: string;
  /** The CaseOpened event. */
  openedEventId: string;
  /** Stream version of the last event folded. */
  version: number;
  jurisdiction: Jurisdiction;
  /** The client's contact details, as last updated. */
  client: ClientDetails;
  vehicle: VehicleDetails;
  acquisition: Acquisition;
  warranty: WarrantyTerms;
  manufacturer: ManufacturerDetails;
  /**
   * The manufacturer's election to proceed under Cal. Code Civ. Proc. 871.20 et seq. (AB 1755) as
   * recorded for this case; undefined while nothing is recorded (not the same as "did not elect").
   */
  ab1755Election?: { elected: boolean; electedOn?: LegalDate; source?: string; eventId: string };
  nonconformities: ReadonlyMap<string, NonconformityState>;
  repairAttempts: ReadonlyMap<string, RepairAttemptState>;
  outOfService: ReadonlyMap<string, OutOfServiceState>;
  odometerReadings: ReadonlyMap<string, OdometerReadingState>;
  /** Every (date, mileage) fact of live records, in recording order. See case.odometer.ts. */
  odometerFacts: readonly OdometerFact[];
  manufacturerNotices: ReadonlyMap<string, ManufacturerNoticeState>;
  finalRepairOpportunities: ReadonlyMap<string, FinalRepairOpportunityState>;
  disputeClaims: ReadonlyMap<string, DisputeClaimState>;
  expenses: ReadonlyMap<string, ExpenseState>;
  litigationSteps: ReadonlyMap<string, LitigationStepState>;
  /** Events behind the terms set when the case was opened: client updates; acquisition, warranty, vehicle and jurisdiction corrections. */
  termTrails: { client: RecordTrail; acquisition: RecordTrail; warranty: RecordTrail; vehicle: RecordTrail; jurisdiction: RecordTrail };
  /** Resolutions undone by a reopening (their trail's `voided` is the reopening). */
  pastResolutions: readonly CaseResolutionState[];
  /** Every note in the order added, voided ones included (marked). */
  notes: readonly NoteState[];
  /** Notes not voided. */
  notesCount: number;
  /** Who owns the case file, and which other organisations may read it. */
  ownerOrganisationId?: string;
  sharedWith: ReadonlySet<string>;
  /**
   * Events that do not fit the history (a correction of a record never recorded, an id recorded
   * twice): stored facts are never refused, so they are folded as well as possible and named here.
   */
  anomalies: readonly string[];
}

export type NoCase = { status: 'none' };
export type OpenCaseState = CaseFile & { status: 'open' };
export type ResolvedCaseState = CaseFile & { status: 'resolved'; resolution: CaseResolutionState };
export type ExistingCaseState = OpenCaseState | ResolvedCaseState;
export type CaseState = NoCase | ExistingCaseState;

export const initialCaseState: CaseState = { status: 'none' };

/** A claim is closed once its decision was rejected or the manufacturer complied with it. */
export const isDisputeClaimOpen = (claim: DisputeClaimState): boolean =>
  !claim.voided && claim.rejectedOn === undefined && claim.compliedOn === undefined;

/** Records that were not voided, in recording order. */
export const liveRecords = <R extends { voided: boolean }>(records: ReadonlyMap<string, R>): R[] =>
  [...records.values()].filter((record) => !record.voided);

const liveMap = <R extends { voided: boolean }>(records: ReadonlyMap<string, R>): ReadonlyMap<string, R> =>
  new Map([...records].filter(([, record]) => !record.voided));

/**
 * The case file without its voided records: what a reader that does not explain exclusions
 * (deadlines, summaries, documents) works from. Trails of the remaining records are kept.
 */
export const withoutVoidedRecords = <S extends ExistingCaseState>(state: S): S => ({
  ...state,
  nonconformities: liveMap(state.nonconformities),
  repairAttempts: liveMap(state.repairAttempts),
  outOfService: liveMap(state.outOfService),
  odometerReadings: liveMap(state.odometerReadings),
  manufacturerNotices: liveMap(state.manufacturerNotices),
  finalRepairOpportunities: liveMap(state.finalRepairOpportunities),
  disputeClaims: liveMap(state.disputeClaims),
  expenses: liveMap(state.expenses),
  litigationSteps: liveMap(state.litigationSteps),
});

const withEntry = <V>(map: ReadonlyMap<string, V>, id: string, value: V): ReadonlyMap<string, V> => new Map(map).set(id, value);

const newTrail = ({ eventId, version }: CaseEventEnvelope): RecordTrail => ({
  recordedEventId: eventId,
  recordedVersion: version,
  currentEventId: eventId,
  eventIds: [eventId],
  corrections: [],
});

const correctedTrail = (trail: RecordTrail, eventId: string, reason: string): RecordTrail => ({
  ...trail,
  currentEventId: eventId,
  eventIds: [...trail.eventIds, eventId],
  corrections: [...trail.corrections, { eventId, reason }],
});

const voidedTrail = (trail: RecordTrail, eventId: string, reason: string): RecordTrail => ({
  ...trail,
  eventIds: [...trail.eventIds, eventId],
  voided: { eventId, reason },
});

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

const assertNever = (event: never): never => {
  throw new Error(`unhandled case event ${JSON.stringify(event)}`);
};

/**
 * Applies one recorded event. Total: an event that does not fit the state leaves the records
 * unchanged and is named in `anomalies` (recorded events are facts; they are never refused).
 */
export const evolveCase = (state: CaseState, envelope: CaseEventEnvelope): CaseState => {
  const { event } = envelope;
  if (state.status === 'none') {
    if (event.type !== 'CaseOpened') return state;
    const { caseId, client, vehicle, jurisdiction, acquisition, warranty, manufacturer, ownerOrganisationId } = event.data;
    return {
      status: 'open',
      caseId,
      openedEventId: envelope.eventId,
      version: envelope.version,
      jurisdiction,
      client: { ...client },
      vehicle: { ...vehicle },
      acquisition: { ...acquisition },
      warranty: { ...warranty },
      manufacturer: { ...manufacturer },
      nonconformities: new Map(),
      repairAttempts: new Map(),
      outOfService: new Map(),
      odometerReadings: new Map(),
      odometerFacts: [{ on: acquisition.deliveryDate, mileage: acquisition.odometerAtDelivery, origin: { kind: 'delivery' } }],
      manufacturerNotices: new Map(),
      finalRepairOpportunities: new Map(),
      disputeClaims: new Map(),
      expenses: new Map(),
      litigationSteps: new Map(),
      termTrails: {
        client: newTrail(envelope),
        acquisition: newTrail(envelope),
        warranty: newTrail(envelope),
        vehicle: newTrail(envelope),
        jurisdiction: newTrail(envelope),
      },
      pastResolutions: [],
      notes: [],
      notesCount: 0,
      ownerOrganisationId,
      sharedWith: new Set(),
      anomalies: [],
    };
  }
  return { ...evolveExistingCase(state, envelope), version: envelope.version };
};

const withAnomaly = <S extends ExistingCaseState>(state: S, anomaly: string): S => ({ ...state, anomalies: [...state.anomalies, anomaly] });

const evolveExistingCase = (state: ExistingCaseState, envelope: CaseEventEnvelope): ExistingCaseState => {
  const { event, eventId } = envelope;
  switch (event.type) {
    case 'CaseOpened':
      return withAnomaly(state, `CaseOpened ${eventId} repeats the opening of case ${state.caseId}; the first opening is used.`);
    case 'NonconformityReported': {
      const { firstReportedOn, mileage, nonconformityId } = event.data;
      const fact: OdometerFact[] =
        firstReportedOn !== undefined && mileage !== undefined
          ? [{ on: firstReportedOn, mileage, origin: { kind: 'nonconformity', nonconformityId } }]
          : [];
      return {
        ...state,
        nonconformities: withEntry(state.nonconformities, nonconformityId, { ...event.data, voided: false, trail: newTrail(envelope) }),
        odometerFacts: [...state.odometerFacts, ...fact],
      };
    }
    case 'NonconformitySafetyScopeConfirmed': {
      const { nonconformityId, scopes } = event.data;
      const known = state.nonconformities.get(nonconformityId);
      if (known === undefined)
        return withAnomaly(state, `Safety scope ${eventId} names nonconformity ${nonconformityId}, which was never reported.`);
      const trail = { ...known.trail, eventIds: [...known.trail.eventIds, eventId] };
      return {
        ...state,
        nonconformities: withEntry(state.nonconformities, nonconformityId, { ...known, confirmedSafetyScopes: [...scopes], trail }),
      };
    }
    case 'ManufacturerDisclosureRecorded':
      return { ...state, manufacturer: { ...state.manufacturer, noticeRequirementDisclosed: event.data.noticeRequirementDisclosed } };
    case 'Ab1755ElectionRecorded':
      // The latest record replaces earlier ones (a corrected election is recorded again).
      return { ...state, ab1755Election: { ...event.data, eventId } };
    case 'RepairAttemptRecorded': {
      const { repairAttemptId } = event.data;
      const twice = state.repairAttempts.has(repairAttemptId);
      const attempt: RepairAttemptState = { repairAttemptId, ...repairFields(event.data), voided: false, trail: newTrail(envelope) };
      const next: ExistingCaseState = {
        ...state,
        repairAttempts: withEntry(state.repairAttempts, repairAttemptId, attempt),
        odometerFacts: replaceOdometerFacts(state.odometerFacts, repairAttemptId, odometerFactsOfRepair(attempt)),
      };
      return twice ? withAnomaly(next, `Repair attempt ${repairAttemptId} was recorded twice; the later record is used.`) : next;
    }
    case 'RepairAttemptCorrected': {
      const { repairAttemptId, correctionReason } = event.data;
      const current = state.repairAttempts.get(repairAttemptId);
      if (current === undefined)
        return withAnomaly(state, `Correction ${eventId} names repair attempt ${repairAttemptId}, which was never recorded.`);
      const attempt: RepairAttemptState = {
        ...current,
        ...repairFields(event.data),
        trail: correctedTrail(current.trail, eventId, correctionReason),
      };
      return {
        ...state,
        repairAttempts: withEntry(state.repairAttempts, repairAttemptId, attempt),
        odometerFacts: attempt.voided
          ? state.odometerFacts
          : replaceOdometerFacts(state.odometerFacts, repairAttemptId, odometerFactsOfRepair(attempt)),
      };
    }
    case 'RepairAttemptVoided': {
      const { repairAttemptId, reason } = event.data;
      const current = state.repairAttempts.get(repairAttemptId);
      if (current === undefined)
        return withAnomaly(state, `Void ${eventId} names repair attempt ${repairAttemptId}, which was never recorded.`);
      return {
        ...state,
        repairAttempts: withEntry(state.repairAttempts, repairAttemptId, {
          ...current,
          voided: true,
          trail: voidedTrail(current.trail, eventId, reason),
        }),
        odometerFacts: withoutOdometerFactsOf(state.odometerFacts, repairAttemptId),
      };
    }
    case 'OutOfServiceRecorded': {
      const { intervalId } = event.data;
      const twice = state.outOfService.has(intervalId);
      const interval: OutOfServiceState = { intervalId, ...outOfServiceFields(event.data), voided: false, trail: newTrail(envelope) };
      const next = { ...state, outOfService: withEntry(state.outOfService, intervalId, interval) };
      return twice ? withAnomaly(next, `Out-of-service interval ${intervalId} was recorded twice; the later record is used.`) : next;
    }
    case 'OutOfServiceCorrected': {
      const { intervalId, correctionReason } = event.data;
      const current = state.outOfService.get(intervalId);
      if (current === undefined)
        return withAnomaly(state, `Correction ${eventId} names out-of-service interval ${intervalId}, which was never recorded.`);
      const interval: OutOfServiceState = {
        ...current,
        ...outOfServiceFields(event.data),
        trail: correctedTrail(current.trail, eventId, correctionReason),
      };
      return { ...state, outOfService: withEntry(state.outOfService, intervalId, interval) };
    }
    case 'OutOfServiceVoided': {
      const { intervalId, reason } = event.data;
      const current = state.outOfService.get(intervalId);
      if (current === undefined)
        return withAnomaly(state, `Void ${eventId} names out-of-service interval ${intervalId}, which was never recorded.`);
      return {
        ...state,
        outOfService: withEntry(state.outOfService, intervalId, {
          ...current,
          voided: true,
          trail: voidedTrail(current.trail, eventId, reason),
        }),
      };
    }
    case 'OdometerReported': {
      const { readingId, readOn, mileage, source } = event.data;
      const fact: OdometerFact = { on: readOn, mileage, origin: { kind: 'reading', readingId, source } };
      const reading: OdometerReadingState = { readingId, readOn, mileage, source, voided: false, trail: newTrail(envelope) };
      return {
        ...state,
        odometerReadings: withEntry(state.odometerReadings, readingId, reading),
        odometerFacts: [...state.odometerFacts, fact],
      };
    }
    case 'ManufacturerNotified': {
      const notice: ManufacturerNoticeState = {
        ...event.data,
        nonconformityIds: [...event.data.nonconformityIds],
        voided: false,
        trail: newTrail(envelope),
      };
      return { ...state, manufacturerNotices: withEntry(state.manufacturerNotices, notice.noticeId, notice) };
    }
    case 'FinalRepairOpportunityOffered': {
      const offer: FinalRepairOpportunityState = {
        ...event.data,
        nonconformityIds: [...event.data.nonconformityIds],
        voided: false,
        trail: newTrail(envelope),
      };
      return { ...state, finalRepairOpportunities: withEntry(state.finalRepairOpportunities, offer.opportunityId, offer) };
    }
    case 'FinalRepairOpportunityCompleted': {
      const { opportunityId, completedOn, outcome } = event.data;
      const offer = state.finalRepairOpportunities.get(opportunityId);
      if (offer === undefined)
        return withAnomaly(state, `Completion ${eventId} names final repair opportunity ${opportunityId}, which was never offered.`);
      return {
        ...state,
        finalRepairOpportunities: withEntry(state.finalRepairOpportunities, opportunityId, {
          ...offer,
          completion: { completedOn, outcome, trail: newTrail(envelope) },
        }),
      };
    }
    case 'DisputeClaimFiled': {
      const claim: DisputeClaimState = { ...event.data, voided: false, trail: newTrail(envelope), steps: {} };
      return { ...state, disputeClaims: withEntry(state.disputeClaims, claim.claimId, claim) };
    }
    case 'DisputeInspectionRequested': {
      const { claimId, requestedOn, additionalDays } = event.data;
      return claimStep(state, envelope, claimId, 'inspection', (c) => ({ ...c, inspection: { requestedOn, additionalDays } }));
    }
    case 'DisputeDecisionIssued': {
      const { claimId, decidedOn, award, summary } = event.data;
      return claimStep(state, envelope, claimId, 'decision', (c) => ({ ...c, decision: { decidedOn, award, summary } }));
    }
    case 'DisputeDecisionAccepted':
      return claimStep(state, envelope, event.data.claimId, 'acceptance', (c) => ({ ...c, acceptedOn: event.data.acceptedOn }));
    case 'DisputeDecisionRejected':
      return claimStep(state, envelope, event.data.claimId, 'rejection', (c) => ({ ...c, rejectedOn: event.data.rejectedOn }));
    case 'ManufacturerComplied':
      return claimStep(state, envelope, event.data.claimId, 'compliance', (c) => ({ ...c, compliedOn: event.data.compliedOn }));
    case 'CaseResolved':
      return { ...state, status: 'resolved', resolution: { ...event.data, trail: newTrail(envelope) } };
    case 'NoteAdded': {
      const { noteId, text, visibility = 'firm' } = event.data;
      const note: NoteState = {
        noteId,
        text,
        visibility,
        eventId,
        version: envelope.version,
        recordedAt: envelope.recordedAt,
        voided: false,
        trail: newTrail(envelope),
        visibilityByEvent: new Map([[eventId, visibility]]),
      };
      return { ...state, notes: [...state.notes, note], notesCount: state.notesCount + 1 };
    }
    case 'CaseShared':
      return { ...state, sharedWith: new Set(state.sharedWith).add(event.data.organisationId) };
    case 'ManufacturerLinked':
      return {
        ...state,
        manufacturer: { ...state.manufacturer, directoryId: event.data.manufacturerId },
      };
    case 'ExpenseRecorded': {
      const { expenseId, kind, amount, on, description } = event.data;
      const expense: ExpenseState = { expenseId, kind, amount, on, description, voided: false, trail: newTrail(envelope) };
      return { ...state, expenses: withEntry(state.expenses, expenseId, expense) };
    }
    case 'ExpenseCorrected': {
      const { expenseId, kind, amount, on, description, correctionReason } = event.data;
      const current = state.expenses.get(expenseId);
      if (current === undefined) return withAnomaly(state, `Correction ${eventId} names expense ${expenseId}, which was never recorded.`);
      const expense: ExpenseState = {
        ...current,
        kind,
        amount,
        on,
        description,
        trail: correctedTrail(current.trail, eventId, correctionReason),
      };
      return { ...state, expenses: withEntry(state.expenses, expenseId, expense) };
    }
    case 'ExpenseVoided': {
      const { expenseId, reason } = event.data;
      const current = state.expenses.get(expenseId);
      if (current === undefined) return withAnomaly(state, `Void ${eventId} names expense ${expenseId}, which was never recorded.`);
      return {
        ...state,
        expenses: withEntry(state.expenses, expenseId, { ...current, voided: true, trail: voidedTrail(current.trail, eventId, reason) }),
      };
    }
    case 'LitigationStepRecorded': {
      const { stepId, ...fields } = event.data;
      const step: LitigationStepState = { stepId, ...fields, voided: false, trail: newTrail(envelope) };
      return { ...state, litigationSteps: withEntry(state.litigationSteps, stepId, step) };
    }
    case 'LitigationStepCorrected': {
      const { stepId, correctionReason, ...fields } = event.data;
      const current = state.litigationSteps.get(stepId);
      if (current === undefined)
        return withAnomaly(state, `Correction ${eventId} names litigation step ${stepId}, which was never recorded.`);
      // The corrected record replaces every field: an optional one left out is cleared.
      const step: LitigationStepState = {
        stepId,
        ...fields,
        voided: false,
        trail: correctedTrail(current.trail, eventId, correctionReason),
      };
      return { ...state, litigationSteps: withEntry(state.litigationSteps, stepId, step) };
    }
    case 'LitigationStepVoided': {
      const { stepId, reason } = event.data;
      const current = state.litigationSteps.get(stepId);
      if (current === undefined) return withAnomaly(state, `Void ${eventId} names litigation step ${stepId}, which was never recorded.`);
      return {
        ...state,
        litigationSteps: withEntry(state.litigationSteps, stepId, {
          ...current,
          voided: true,
          trail: voidedTrail(current.trail, eventId, reason),
        }),
      };
    }
    case 'DocumentGenerated': // a record of what was produced; it changes no fact of the case
      return state;
    case 'CaseShareRevoked': {
      const sharedWith = new Set(state.sharedWith);
      sharedWith.delete(event.data.organisationId);
      return { ...state, sharedWith };
    }
    case 'OdometerReadingCorrected': {
      const { readingId, readOn, mileage, source, correctionReason } = event.data;
      const current = state.odometerReadings.get(readingId);
      if (current === undefined)
        return withAnomaly(state, `Correction ${eventId} names odometer reading ${readingId}, which was never recorded.`);
      const reading: OdometerReadingState = {
        ...current,
        readOn,
        mileage,
        source,
        trail: correctedTrail(current.trail, eventId, correctionReason),
      };
      const others = state.odometerFacts.filter((f) => !isFactOfOrigin(f, 'reading', readingId));
      return {
        ...state,
        odometerReadings: withEntry(state.odometerReadings, readingId, reading),
        odometerFacts: reading.voided ? others : [...others, { on: readOn, mileage, origin: { kind: 'reading', readingId, source } }],
      };
    }
    case 'OdometerReadingVoided': {
      const { readingId, reason } = event.data;
      const current = state.odometerReadings.get(readingId);
      if (current === undefined)
        return withAnomaly(state, `Void ${eventId} names odometer reading ${readingId}, which was never recorded.`);
      return {
        ...state,
        odometerReadings: withEntry(state.odometerReadings, readingId, {
          ...current,
          voided: true,
          trail: voidedTrail(current.trail, eventId, reason),
        }),
        odometerFacts: state.odometerFacts.filter((f) => !isFactOfOrigin(f, 'reading', readingId)),
      };
    }
    case 'NonconformityCorrected': {
      const { nonconformityId, correctionReason, description, safetyCritical, firstReportedOn, mileage } = event.data;
      const current = state.nonconformities.get(nonconformityId);
      if (current === undefined)
        return withAnomaly(state, `Correction ${eventId} names nonconformity ${nonconformityId}, which was never reported.`);
      const corrected: NonconformityState = {
        ...current,
        description,
        safetyCritical,
        firstReportedOn,
        mileage,
        trail: correctedTrail(current.trail, eventId, correctionReason),
      };
      const others = state.odometerFacts.filter((f) => !isFactOfOrigin(f, 'nonconformity', nonconformityId));
      const fact: OdometerFact[] =
        !corrected.voided && firstReportedOn !== undefined && mileage !== undefined
          ? [{ on: firstReportedOn, mileage, origin: { kind: 'nonconformity', nonconformityId } }]
          : [];
      return {
        ...state,
        nonconformities: withEntry(state.nonconformities, nonconformityId, corrected),
        odometerFacts: [...others, ...fact],
      };
    }
    case 'NonconformityVoided': {
      const { nonconformityId, reason } = event.data;
      const current = state.nonconformities.get(nonconformityId);
      if (current === undefined)
        return withAnomaly(state, `Void ${eventId} names nonconformity ${nonconformityId}, which was never reported.`);
      return {
        ...state,
        nonconformities: withEntry(state.nonconformities, nonconformityId, {
          ...current,
          voided: true,
          trail: voidedTrail(current.trail, eventId, reason),
        }),
        odometerFacts: state.odometerFacts.filter((f) => !isFactOfOrigin(f, 'nonconformity', nonconformityId)),
      };
    }
    case 'ManufacturerNoticeCorrected': {
      const { noticeId, correctionReason, sentOn, method, receivedOn, nonconformityIds } = event.data;
      const current = state.manufacturerNotices.get(noticeId);
      if (current === undefined)
        return withAnomaly(state, `Correction ${eventId} names manufacturer notice ${noticeId}, which was never recorded.`);
      const notice: ManufacturerNoticeState = {
        ...current,
        sentOn,
        method,
        receivedOn,
        nonconformityIds: [...nonconformityIds],
        trail: correctedTrail(current.trail, eventId, correctionReason),
      };
      return { ...state, manufacturerNotices: withEntry(state.manufacturerNotices, noticeId, notice) };
    }
    case 'ManufacturerNoticeVoided': {
      const { noticeId, reason } = event.data;
      const current = state.manufacturerNotices.get(noticeId);
      if (current === undefined)
        return withAnomaly(state, `Void ${eventId} names manufacturer notice ${noticeId}, which was never recorded.`);
      return {
        ...state,
        manufacturerNotices: withEntry(state.manufacturerNotices, noticeId, {
          ...current,
          voided: true,
          trail: voidedTrail(current.trail, eventId, reason),
        }),
      };
    }
    case 'FinalRepairOpportunityCorrected': {
      const { opportunityId, offeredOn, nonconformityIds, correctionReason } = event.data;
      const current = state.finalRepairOpportunities.get(opportunityId);
      if (current === undefined)
        return withAnomaly(state, `Correction ${eventId} names final repair opportunity ${opportunityId}, which was never offered.`);
      const offer: FinalRepairOpportunityState = {
        ...current,
        offeredOn,
        nonconformityIds: [...nonconformityIds],
        trail: correctedTrail(current.trail, eventId, correctionReason),
      };
      return { ...state, finalRepairOpportunities: withEntry(state.finalRepairOpportunities, opportunityId, offer) };
    }
    case 'FinalRepairOpportunityVoided': {
      const { opportunityId, reason } = event.data;
      const current = state.finalRepairOpportunities.get(opportunityId);
      if (current === undefined)
        return withAnomaly(state, `Void ${eventId} names final repair opportunity ${opportunityId}, which was never offered.`);
      return {
        ...state,
        finalRepairOpportunities: withEntry(state.finalRepairOpportunities, opportunityId, {
          ...current,
          voided: true,
          trail: voidedTrail(current.trail, eventId, reason),
        }),
      };
    }
    case 'FinalRepairCompletionCorrected': {
      const { opportunityId, completedOn, outcome, correctionReason } = event.data;
      const current = state.finalRepairOpportunities.get(opportunityId);
      if (current?.completion === undefined)
        return withAnomaly(
          state,
          `Correction ${eventId} names the completion of final repair opportunity ${opportunityId}, which was never recorded.`,
        );
      const completion: FinalRepairCompletionState = {
        completedOn,
        outcome,
        trail: correctedTrail(current.completion.trail, eventId, correctionReason),
      };
      return { ...state, finalRepairOpportunities: withEntry(state.finalRepairOpportunities, opportunityId, { ...current, completion }) };
    }
    case 'DisputeClaimCorrected': {
      const { claimId, program, filedOn, manufacturerContactedFirst, correctionReason } = event.data;
      const current = state.disputeClaims.get(claimId);
      if (current === undefined) return withAnomaly(state, `Correction ${eventId} names dispute claim ${claimId}, which was never filed.`);
      const claim: DisputeClaimState = {
        ...current,
        program,
        filedOn,
        manufacturerContactedFirst,
        trail: correctedTrail(current.trail, eventId, correctionReason),
      };
      return { ...state, disputeClaims: withEntry(state.disputeClaims, claimId, claim) };
    }
    case 'DisputeClaimVoided': {
      const { claimId, reason } = event.data;
      const current = state.disputeClaims.get(claimId);
      if (current === undefined) return withAnomaly(state, `Void ${eventId} names dispute claim ${claimId}, which was never filed.`);
      return {
        ...state,
        disputeClaims: withEntry(state.disputeClaims, claimId, {
          ...current,
          voided: true,
          trail: voidedTrail(current.trail, eventId, reason),
        }),
      };
    }
    case 'DisputeInspectionCorrected': {
      const { claimId, requestedOn, additionalDays, correctionReason } = event.data;
      return claimStepCorrected(state, envelope, claimId, 'inspection', correctionReason, (c) => ({
        ...c,
        inspection: { requestedOn, additionalDays },
      }));
    }
    case 'DisputeDecisionCorrected': {
      const { claimId, decidedOn, award, summary, correctionReason } = event.data;
      return claimStepCorrected(state, envelope, claimId, 'decision', correctionReason, (c) => ({
        ...c,
        decision: { decidedOn, award, summary },
      }));
    }
    case 'DisputeAcceptanceCorrected': {
      const { claimId, acceptedOn, correctionReason } = event.data;
      return claimStepCorrected(state, envelope, claimId, 'acceptance', correctionReason, (c) => ({ ...c, acceptedOn }));
    }
    case 'DisputeRejectionCorrected': {
      const { claimId, rejectedOn, correctionReason } = event.data;
      return claimStepCorrected(state, envelope, claimId, 'rejection', correctionReason, (c) => ({ ...c, rejectedOn }));
    }
    case 'ManufacturerComplianceCorrected': {
      const { claimId, compliedOn, correctionReason } = event.data;
      return claimStepCorrected(state, envelope, claimId, 'compliance', correctionReason, (c) => ({ ...c, compliedOn }));
    }
    case 'DisputeClaimStepVoided': {
      const { claimId, step, reason } = event.data;
      const claim = state.disputeClaims.get(claimId);
      const trail = claim?.steps[step];
      if (claim === undefined || trail === undefined || trail.voided !== undefined)
        return withAnomaly(state, `Void ${eventId} names the ${step} of dispute claim ${claimId}, which is not on record.`);
      const cleared = withoutStep(claim, step);
      return {
        ...state,
        disputeClaims: withEntry(state.disputeClaims, claimId, {
          ...cleared,
          steps: { ...claim.steps, [step]: voidedTrail(trail, eventId, reason) },
        }),
      };
    }
    case 'ClientDetailsUpdated':
      return {
        ...state,
        client: { ...event.data.client },
        termTrails: { ...state.termTrails, client: amendedTrail(state.termTrails.client, eventId) },
      };
    case 'AcquisitionCorrected': {
      const { acquisition, correctionReason } = event.data;
      const delivery: OdometerFact = {
        on: acquisition.deliveryDate,
        mileage: acquisition.odometerAtDelivery,
        origin: { kind: 'delivery' },
      };
      return {
        ...state,
        acquisition: { ...acquisition },
        odometerFacts: state.odometerFacts.map((f) => (f.origin.kind === 'delivery' ? delivery : f)),
        termTrails: { ...state.termTrails, acquisition: correctedTrail(state.termTrails.acquisition, eventId, correctionReason) },
      };
    }
    case 'WarrantyCorrected': {
      const { warranty, correctionReason } = event.data;
      return {
        ...state,
        warranty: { ...warranty },
        termTrails: { ...state.termTrails, warranty: correctedTrail(state.termTrails.warranty, eventId, correctionReason) },
      };
    }
    case 'VehicleCorrected': {
      const { vehicle, correctionReason } = event.data;
      return {
        ...state,
        vehicle: { ...vehicle },
        termTrails: { ...state.termTrails, vehicle: correctedTrail(state.termTrails.vehicle, eventId, correctionReason) },
      };
    }
    case 'JurisdictionCorrected': {
      const { jurisdiction, correctionReason } = event.data;
      return {
        ...state,
        jurisdiction,
        termTrails: { ...state.termTrails, jurisdiction: correctedTrail(state.termTrails.jurisdiction, eventId, correctionReason) },
      };
    }
    case 'NoteCorrected': {
      const { noteId, text, visibility, correctionReason } = event.data;
      const current = state.notes.find((n) => n.noteId === noteId);
      if (current === undefined) return withAnomaly(state, `Correction ${eventId} names note ${noteId}, which was never added.`);
      return withNote(state, {
        ...current,
        text,
        visibility,
        trail: correctedTrail(current.trail, eventId, correctionReason),
        visibilityByEvent: new Map(current.visibilityByEvent).set(eventId, visibility),
      });
    }
    case 'NoteVoided': {
      const { noteId, reason } = event.data;
      const current = state.notes.find((n) => n.noteId === noteId);
      if (current === undefined) return withAnomaly(state, `Void ${eventId} names note ${noteId}, which was never added.`);
      const voided = withNote(state, {
        ...current,
        voided: true,
        trail: voidedTrail(current.trail, eventId, reason),
        visibilityByEvent: new Map(current.visibilityByEvent).set(eventId, current.visibility),
      });
      return current.voided ? voided : { ...voided, notesCount: state.notesCount - 1 };
    }
    case 'ResolutionCorrected': {
      if (state.status !== 'resolved')
        return withAnomaly(state, `ResolutionCorrected ${eventId} corrects the resolution of case ${state.caseId}, which is not resolved.`);
      const { correctionReason, resolvedOn, resolution, amount, summary } = event.data;
      return {
        ...state,
        resolution: { resolvedOn, resolution, amount, summary, trail: correctedTrail(state.resolution.trail, eventId, correctionReason) },
      };
    }
    case 'CaseReopened': {
      if (state.status !== 'resolved')
        return withAnomaly(state, `CaseReopened ${eventId} reopens case ${state.caseId}, which was not resolved.`);
      const { resolution, ...rest } = state;
      const undone: CaseResolutionState = { ...resolution, trail: voidedTrail(resolution.trail, eventId, event.data.reason) };
      return { ...rest, status: 'open', pastResolutions: [...state.pastResolutions, undone] };
    }
    default:
      return assertNever(event);
  }
};

type ClaimUpdate = (claim: DisputeClaimState) => DisputeClaimState;

/** The notes with `note` in place of the one with its id (a note keeps its place when corrected or voided). */
const withNote = <S extends ExistingCaseState>(state: S, note: NoteState): S => ({
  ...state,
  notes: state.notes.map((n) => (n.noteId === note.noteId ? note : n)),
});

/** A trail that gained an event that is neither a correction nor a void (an update). */
const amendedTrail = (trail: RecordTrail, eventId: string): RecordTrail => ({
  ...trail,
  currentEventId: eventId,
  eventIds: [...trail.eventIds, eventId],
});

const withoutStep = (claim: DisputeClaimState, step: DisputeClaimStep): DisputeClaimState => {
  switch (step) {
    case 'inspection':
      return { ...claim, inspection: undefined };
    case 'decision':
      return { ...claim, decision: undefined };
    case 'acceptance':
      return { ...claim, acceptedOn: undefined };
    case 'rejection':
      return { ...claim, rejectedOn: undefined };
    case 'compliance':
      return { ...claim, compliedOn: undefined };
  }
};

/** Applies a corrected dispute step to its claim (only a step on record, not voided, can be corrected). */
const claimStepCorrected = (
  state: ExistingCaseState,
  envelope: CaseEventEnvelope,
  claimId: string,
  step: DisputeClaimStep,
  reason: string,
  update: ClaimUpdate,
): ExistingCaseState => {
  const claim = state.disputeClaims.get(claimId);
  const trail = claim?.steps[step];
  if (claim === undefined || trail === undefined || trail.voided !== undefined)
    return withAnomaly(state, `Correction ${envelope.eventId} names the ${step} of dispute claim ${claimId}, which is not on record.`);
  return {
    ...state,
    disputeClaims: withEntry(state.disputeClaims, claimId, {
      ...update(claim),
      steps: { ...claim.steps, [step]: correctedTrail(trail, envelope.eventId, reason) },
    }),
  };
};

/** Applies a dispute step to its claim and records the step's event. */
const claimStep = (
  state: ExistingCaseState,
  envelope: CaseEventEnvelope,
  claimId: string,
  step: DisputeClaimStep,
  update: ClaimUpdate,
): ExistingCaseState => {
  const claim = state.disputeClaims.get(claimId);
  if (claim === undefined)
    return withAnomaly(state, `${envelope.event.type} ${envelope.eventId} names dispute claim ${claimId}, which was never filed.`);
  const updated = update(claim);
  return {
    ...state,
    disputeClaims: withEntry(state.disputeClaims, claimId, { ...updated, steps: { ...updated.steps, [step]: newTrail(envelope) } }),
  };
};

const byVersion = (a: CaseEventEnvelope, b: CaseEventEnvelope): number => a.version - b.version;

/** Folds a whole stream into its case file (envelopes in any order: they are folded by version). */
export const foldCaseFile = (envelopes: readonly CaseEventEnvelope[]): CaseState => {
  let sorted = true;
  for (let i = 1; i < envelopes.length && sorted; i++) sorted = envelopes[i - 1].version < envelopes[i].version;
  return (sorted ? envelopes : [...envelopes].sort(byVersion)).reduce(evolveCase, initialCaseState);
};

/**
 * Bare events (no ids) as envelopes: each gets a placeholder id `#<version>`. For tests and
 * callers that never show event ids; readers that explain themselves fold stored envelopes.
 */
export const envelopesOf = (events: readonly CaseEvent[], firstVersion = 1): CaseEventEnvelope[] =>
  events.map((event, index) => ({ event, eventId: `#${firstVersion + index}`, version: firstVersion + index, recordedAt: '' }));

/** Folds bare events (see `envelopesOf`). */
export const foldCase = (events: readonly CaseEvent[]): CaseState => foldCaseFile(envelopesOf(events));
