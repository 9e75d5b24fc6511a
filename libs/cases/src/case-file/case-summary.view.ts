import { type CaseOpened, type ExistingCaseState, type LegalDate, type OdometerFact } from '@lemon/domain';
import type { RecordedEvent } from '@lemon/event-store';
import { caseOutOfServiceDays } from '@lemon/state-rules';

/**
 * The case summary as the API shows it, computed from the case's own events for a given "today"
 * (an open repair counts as out of service through today).
 */
export interface CaseSummaryView {
  caseId: string;
  version: number;
  position: string;
  status: 'open' | 'resolved';
  jurisdiction: string;
  openedAt: string;
  updatedAt: string;
  client: CaseOpened['data']['client'];
  vehicle: CaseOpened['data']['vehicle'];
  acquisition: CaseOpened['data']['acquisition'];
  warranty: CaseOpened['data']['warranty'];
  manufacturer: CaseOpened['data']['manufacturer'];
  /** CA: the manufacturer's election of the Code Civ. Proc. 871.20 et seq. (AB 1755) procedure, when recorded. */
  ab1755Election?: { elected: boolean; electedOn?: LegalDate; source?: string };
  nonconformities: Array<{
    nonconformityId: string;
    description: string;
    safetyCritical: boolean;
    firstReportedOn?: LegalDate;
    mileage?: number;
    repairAttempts: number;
    repairAttemptIds: string[];
  }>;
  repairAttempts: Array<ExistingCaseState['repairAttempts'] extends ReadonlyMap<string, infer V> ? V & { corrected: boolean } : never>;
  outOfService: {
    /** Calendar days out of service: repairs' date in to date out plus recorded intervals, merged, excluded days removed. */
    cumulativeDays: number;
    asOf: LegalDate;
    excludedDays: LegalDate[];
    openRepairAttemptIds: string[];
    intervals: Array<{
      intervalId: string;
      from: LegalDate;
      to: LegalDate;
      reason: string;
      excludedDays: LegalDate[];
      voided: boolean;
      corrected: boolean;
    }>;
  };
  latestOdometer?: { mileage: number; readOn: LegalDate; origin: OdometerFact['origin'] };
  /** Odometer readings reported on their own (not those on repair orders), voided ones marked: what a person corrects or voids. */
  odometerReadings: Array<{ readingId: string; readOn: LegalDate; mileage: number; source?: string; voided: boolean; corrected: boolean }>;
  manufacturerNotices: Array<ExistingCaseState['manufacturerNotices'] extends ReadonlyMap<string, infer V> ? V : never>;
  finalRepairOpportunities: Array<ExistingCaseState['finalRepairOpportunities'] extends ReadonlyMap<string, infer V> ? V : never>;
  disputeClaims: Array<
    (ExistingCaseState['disputeClaims'] extends ReadonlyMap<string, infer V> ? V : never) & { state: DisputeClaimStage }
  >;
  /** Pre-suit notices, complaints and answers, voided ones included (marked). */
  litigationSteps: Array<ExistingCaseState['litigationSteps'] extends ReadonlyMap<string, infer V> ? V : never>;
  resolution?: { resolvedOn: LegalDate; resolution: string; amount?: number; summary?: string; corrected?: boolean };
  /** Notes not voided. */
  notesCount: number;
  /** Every note as last corrected, in the order added, voided ones marked (a shared reader gets only live shared ones). */
  notes: Array<{
    noteId: string;
    text: string;
    visibility: 'firm' | 'shared';
    /** The event that added the note (the history names its author) and when. */
    eventId: string;
    recordedAt: string;
    voided: boolean;
    corrected: boolean;
  }>;
}

export type DisputeClaimStage = 'filed' | 'inspection_requested' | 'decided' | 'accepted' | 'rejected' | 'complied';

const stageOf = (claim: {
  inspection?: unknown;
  decision?: unknown;
  acceptedOn?: string;
  rejectedOn?: string;
  compliedOn?: string;
}): DisputeClaimStage =>
  claim.compliedOn
    ? 'complied'
    : claim.rejectedOn
      ? 'rejected'
      : claim.acceptedOn
        ? 'accepted'
        : claim.decision
          ? 'decided'
          : claim.inspection
            ? 'inspection_requested'
            : 'filed';

/**
 * The summary of a case from its events (oldest first, at least its CaseOpened) and the case file
 * folded from them (the domain's one fold), judged on `today`.
 */
export function caseSummaryView(
  caseId: string,
  recorded: readonly RecordedEvent[],
  state: ExistingCaseState,
  today: LegalDate,
): CaseSummaryView {
  const opened = recorded.find((e) => e.id === state.openedEventId) ?? recorded[0];
  const last = recorded[recorded.length - 1];

  const repairs = [...state.repairAttempts.values()];
  const liveRepairs = repairs.filter((r) => !r.voided);
  const intervals = [...state.outOfService.values()];
  const days = caseOutOfServiceDays(state, today);

  const latest = [...state.odometerFacts].sort((a, b) => (a.on === b.on ? a.mileage - b.mileage : a.on < b.on ? -1 : 1)).at(-1);

  return {
    caseId,
    version: last.streamVersion,
    position: last.position,
    status: state.status,
    jurisdiction: state.jurisdiction,
    openedAt: opened.recordedAt.toISOString(),
    updatedAt: last.recordedAt.toISOString(),
    client: state.client,
    vehicle: state.vehicle,
    acquisition: state.acquisition,
    warranty: state.warranty,
    manufacturer: state.manufacturer,
    ...(state.ab1755Election
      ? {
          ab1755Election: {
            elected: state.ab1755Election.elected,
            ...(state.ab1755Election.electedOn ? { electedOn: state.ab1755Election.electedOn } : {}),
            ...(state.ab1755Election.source ? { source: state.ab1755Election.source } : {}),
          },
        }
      : {}),
    nonconformities: [...state.nonconformities.values()].map((n) => {
      const attempts = liveRepairs.filter((r) => r.nonconformityIds.includes(n.nonconformityId));
      return { ...n, repairAttempts: attempts.length, repairAttemptIds: attempts.map((r) => r.repairAttemptId) };
    }),
    repairAttempts: repairs.map((r) => ({ ...r, corrected: r.trail.corrections.length > 0 })),
    outOfService: {
      cumulativeDays: days.count,
      asOf: today,
      excludedDays: days.excluded,
      openRepairAttemptIds: days.openRepairAttemptIds,
      intervals: intervals.map((i) => ({
        intervalId: i.intervalId,
        from: i.from,
        to: i.to,
        reason: i.reason,
        excludedDays: i.excludedDays ?? [],
        voided: i.voided,
        corrected: i.trail.corrections.length > 0,
      })),
    },
    latestOdometer: latest && { mileage: latest.mileage, readOn: latest.on, origin: latest.origin },
    odometerReadings: [...state.odometerReadings.values()].map((r) => ({
      readingId: r.readingId,
      readOn: r.readOn,
      mileage: r.mileage,
      ...(r.source !== undefined ? { source: r.source } : {}),
      voided: r.voided,
      corrected: r.trail.corrections.length > 0,
    })),
    manufacturerNotices: [...state.manufacturerNotices.values()],
    finalRepairOpportunities: [...state.finalRepairOpportunities.values()],
    disputeClaims: [...state.disputeClaims.values()].map((c) => ({ ...c, state: stageOf(c) })),
    litigationSteps: [...state.litigationSteps.values()],
    resolution: state.status === 'resolved' ? { ...state.resolution, corrected: state.resolution.trail.corrections.length > 0 } : undefined,
    notesCount: state.notesCount,
    notes: state.notes.map((n) => ({
      noteId: n.noteId,
      text: n.text,
      visibility: n.visibility,
      eventId: n.eventId,
      recordedAt: n.recordedAt,
      voided: n.voided,
      corrected: n.trail.corrections.length > 0,
    })),
  };
}
