/**
 * Everything the templates read, gathered once from the case file as of a version and a date:
 * the parties, the vehicle, each defect with its repair visits, the chronology, the presumption,
 * restitution, deadlines and the manufacturer directory entry. Pure: events in, facts out.
 */
import { computeDeadlines, type DeadlineReport } from '@lemon/deadlines';
import {
  foldCase,
  type CaseEventEnvelope,
  type CaseOpened,
  type ClientDetails,
  type ExistingCaseState,
  type LegalDate,
  type NonconformityState,
  type RepairAttemptState,
  type VehicleDetails,
} from '@lemon/domain';
import { manufacturerById, type ManufacturerEntry } from '@lemon/manufacturers';
import {
  computeRestitution,
  evaluatePresumption,
  isJurisdictionCode,
  rulePackFor,
  versionInForce,
  type PresumptionEvaluation,
  type RestitutionReport,
  type RulePackVersion,
} from '@lemon/state-rules';

export interface OrganisationProfile {
  name: string;
  address?: string;
  phone?: string;
  barNumber?: string;
}

export interface SignerProfile {
  name: string;
  email?: string;
  barNumber?: string;
  /** Lines printed under the signature (title, firm, bar number...), as the attorney set them. */
  signatureLines?: string[];
}

export interface DocumentRequestOptions {
  /** Demand letter / BBB packet: what the client asks for. */
  relief?: 'repurchase' | 'replacement';
  /** Restitution: the defect whose first repair visit ends the offset mileage. */
  nonconformityId?: string;
}

export interface PaperworkInput {
  envelopes: readonly CaseEventEnvelope[];
  asOf: LegalDate;
  caseVersion: number;
  organisation: OrganisationProfile;
  signer: SignerProfile | null;
  options?: DocumentRequestOptions;
}

export interface ChronologyRow {
  kind: 'repair_visit' | 'out_of_service';
  id: string;
  repairOrderNumber?: string;
  dealer?: string;
  dateIn: LegalDate;
  dateOut?: LegalDate;
  mileageIn?: number;
  mileageOut?: number;
  defects: string[];
  outcome?: string;
  /** Days the statute's days prong counted for this visit (0 when none counted). */
  daysCounted: number;
  /** Days of this visit that do not count, and why (excluded days, outside the period...). */
  excluded: string[];
  runningTotal: number;
}

export interface DefectHistory {
  nonconformity: NonconformityState;
  visits: RepairAttemptState[];
}

export interface PaperworkFacts {
  input: PaperworkInput;
  state: ExistingCaseState;
  client: ClientDetails;
  vehicle: VehicleDetails;
  jurisdiction: string;
  rules: RulePackVersion | null;
  manufacturer: ManufacturerEntry | undefined;
  defects: DefectHistory[];
  visits: RepairAttemptState[];
  chronology: ChronologyRow[];
  /** The statute's count of days out of service (the union of overlapping days), when the pack has a days prong. */
  daysOutOfServiceTotal: number | null;
  presumption: PresumptionEvaluation | null;
  restitution: RestitutionReport | null;
  deadlines: DeadlineReport;
  currentMileage: { on: LegalDate; mileage: number } | null;
}

const byDate = <T extends { dateIn: LegalDate }>(a: T, b: T): number => (a.dateIn < b.dateIn ? -1 : a.dateIn > b.dateIn ? 1 : 0);

export function gatherPaperworkFacts(input: PaperworkInput): PaperworkFacts | null {
  const envelopes = [...input.envelopes].sort((a, b) => a.version - b.version);
  const state = foldCase(envelopes.map((e) => e.event));
  const opened = envelopes.find((e) => e.event.type === 'CaseOpened')?.event as CaseOpened | undefined;
  if (state.status === 'none' || !opened) return null;
  const asOf = input.asOf;
  const jurisdiction = state.jurisdiction;
  const pack = isJurisdictionCode(jurisdiction) ? rulePackFor(jurisdiction) : null;
  const rules = pack ? versionInForce(pack, state.acquisition.deliveryDate) : null;
  const visits = [...state.repairAttempts.values()].filter((a) => !a.voided && a.dateIn <= asOf).sort(byDate);
  const defects = [...state.nonconformities.values()]
    .filter((n) => n.firstReportedOn === undefined || n.firstReportedOn <= asOf)
    .map((nonconformity) => ({ nonconformity, visits: visits.filter((v) => v.nonconformityIds.includes(nonconformity.nonconformityId)) }));
  const presumption = pack ? evaluatePresumption({ events: envelopes, pack, asOf }) : null;
  const daysProng = presumption?.prongs.find((p) => p.kind === 'days_out_of_service');
  const counted = new Map<string, number>();
  for (const q of daysProng?.qualifying ?? []) counted.set(q.repairAttemptId ?? q.intervalId ?? q.eventId, q.countedDays ?? 0);
  const excludedById = new Map<string, string[]>();
  for (const x of daysProng?.excluded ?? []) excludedById.set(x.id, [...(excludedById.get(x.id) ?? []), x.detail]);
  const describe = (ids: readonly string[]): string[] => ids.map((id) => state.nonconformities.get(id)?.description ?? id);
  const rows: Omit<ChronologyRow, 'runningTotal'>[] = [
    ...visits.map((v) => ({
      kind: 'repair_visit' as const,
      id: v.repairAttemptId,
      repairOrderNumber: v.repairOrderNumber,
      dealer: v.dealer,
      dateIn: v.dateIn,
      dateOut: v.dateOut,
      mileageIn: v.mileageIn,
      mileageOut: v.mileageOut,
      defects: describe(v.nonconformityIds),
      outcome: v.outcome.replace(/_/g, ' '),
      daysCounted: counted.get(v.repairAttemptId) ?? 0,
      excluded: excludedById.get(v.repairAttemptId) ?? [],
    })),
    ...[...state.outOfService.values()]
      .filter((i) => !i.voided && i.from <= asOf)
      .map((i) => ({
        kind: 'out_of_service' as const,
        id: i.intervalId,
        dateIn: i.from,
        dateOut: i.to,
        defects: [i.reason],
        daysCounted: counted.get(i.intervalId) ?? 0,
        excluded: [
          ...(i.excludedDays ?? []).map((d) => `${d} excluded (beyond the manufacturer's control)`),
          ...(excludedById.get(i.intervalId) ?? []),
        ],
      })),
  ].sort(byDate);
  let running = 0;
  const chronology = rows.map((r) => ({ ...r, runningTotal: (running += r.daysCounted) }));
  const facts = state.odometerFacts
    .filter((f) => f.on <= asOf)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.mileage - b.mileage));
  const latest = facts[facts.length - 1];
  return {
    input,
    state,
    // The fold's client and vehicle carry any corrections made after the opening.
    client: state.client ?? opened.data.client,
    vehicle: state.vehicle ?? opened.data.vehicle,
    jurisdiction,
    rules,
    manufacturer: state.manufacturer.directoryId ? manufacturerById(state.manufacturer.directoryId) : undefined,
    defects,
    visits,
    chronology,
    daysOutOfServiceTotal: daysProng ? daysProng.count : null,
    presumption,
    restitution: computeRestitution({ events: envelopes, asOf, nonconformityId: input.options?.nonconformityId }),
    deadlines: computeDeadlines({ events: envelopes, asOf }),
    currentMileage: latest ? { on: latest.on, mileage: latest.mileage } : null,
  };
}
