/**
 * The one case-history builder for tests (issue 10 §8b): one method per event, event ids and
 * stream versions assigned in order, envelopes out. Pure: it imports only @lemon/domain types, so
 * the pure libraries' specs (domain, state-rules, deadlines) may use it as well as e2e tests.
 * Events are not judged by the decider here: tests build exactly the facts a rule needs, even
 * histories the decider would refuse (the fold must still make sense of them).
 *
 *   aCase({ jurisdiction: 'CA' }).nonconformity('nc-1').repair('r1', { dateIn: '2024-02-01', mileageIn: 900, nc: 'nc-1' }).envelopes
 */
import type {
  CaseEvent,
  CaseEventEnvelope,
  DisputeAward,
  DisputeClaimStep,
  DisputeProgram,
  LegalDate,
  LitigationStepFields,
  NoteVisibility,
  NoticeMethod,
  RepairOutcome,
  Resolution,
  SafetyScopeFact,
} from '@lemon/domain';

export interface CaseOptions {
  jurisdiction: string;
  deliveryDate?: LegalDate;
  odometerAtDelivery?: number;
  warranty?: { months: number; miles: number };
  /** The manufacturer's name. */
  manufacturer?: string;
  noticeRequirementDisclosed?: boolean;
  caseId?: string;
  client?: { name: string; email?: string; phone?: string; address?: string };
  vehicle?: { vin: string; make: string; model: string; modelYear: number };
  ownerOrganisationId?: string;
  /** Event ids are `${eventIdPrefix}${version}` (default `evt-`). */
  eventIdPrefix?: string;
  /** recordedAt of every event (default 2024-06-01T12:00:00.000Z). */
  recordedAt?: string;
}

export interface RepairOptions {
  dateIn: LegalDate;
  dateOut?: LegalDate;
  mileageIn: number;
  mileageOut?: number;
  nc: string | string[];
  outcome?: RepairOutcome;
  repairOrderNumber?: string;
  dealer?: string;
}

export interface NonconformityOptions {
  safetyCritical?: boolean;
  description?: string;
  firstReportedOn?: LegalDate;
  mileage?: number;
}

export class CaseHistory {
  private readonly list: CaseEventEnvelope[] = [];
  private readonly prefix: string;
  private readonly recordedAt: string;

  /** With a jurisdiction the history starts with its CaseOpened; otherwise it starts empty: `open` it, or add raw events. */
  constructor(options?: CaseOptions | Pick<CaseOptions, 'eventIdPrefix' | 'recordedAt'>) {
    this.prefix = options?.eventIdPrefix ?? 'evt-';
    this.recordedAt = options?.recordedAt ?? '2024-06-01T12:00:00.000Z';
    if (options !== undefined && 'jurisdiction' in options) this.open(options);
  }

  /** The envelopes so far (a copy), what folds, evaluators and projections read. */
  get envelopes(): CaseEventEnvelope[] {
    return [...this.list];
  }

  /** The bare events so far, what a decider's given-when-then starts from. */
  get events(): CaseEvent[] {
    return this.list.map((e) => e.event);
  }

  /** The id of the n-th event (1-based). */
  eventId(version: number): string {
    return `${this.prefix}${version}`;
  }

  get lastEventId(): string {
    return this.eventId(this.list.length);
  }

  get version(): number {
    return this.list.length;
  }

  /** Appends any event as it is (for shapes no method covers). */
  add(event: CaseEvent): this {
    const version = this.list.length + 1;
    this.list.push({ event, eventId: this.eventId(version), version, recordedAt: this.recordedAt });
    return this;
  }

  /** Appends events as they are, in order. */
  addAll(events: readonly CaseEvent[]): this {
    for (const event of events) this.add(event);
    return this;
  }

  open(o: CaseOptions): this {
    return this.add({
      type: 'CaseOpened',
      data: {
        caseId: o.caseId ?? 'case-1',
        client: o.client ?? { name: 'Pat Buyer' },
        vehicle: o.vehicle ?? { vin: 'WBAFB33521LH12345', make: 'BMW', model: 'X5', modelYear: 2024 },
        jurisdiction: o.jurisdiction,
        acquisition: { type: 'purchase', deliveryDate: o.deliveryDate ?? '2024-01-10', odometerAtDelivery: o.odometerAtDelivery ?? 10 },
        warranty: o.warranty ?? { months: 48, miles: 50000 },
        manufacturer: { name: o.manufacturer ?? 'BMW of North America', noticeRequirementDisclosed: o.noticeRequirementDisclosed ?? true },
        ...(o.ownerOrganisationId ? { ownerOrganisationId: o.ownerOrganisationId } : {}),
      },
    });
  }

  /** `safetyCritical` as a boolean (the usual case), or every field as options. */
  nonconformity(id: string, safetyCriticalOrOptions: boolean | NonconformityOptions = false, description = `defect ${id}`): this {
    const o: NonconformityOptions =
      typeof safetyCriticalOrOptions === 'boolean' ? { safetyCritical: safetyCriticalOrOptions, description } : safetyCriticalOrOptions;
    return this.add({
      type: 'NonconformityReported',
      data: {
        nonconformityId: id,
        description: o.description ?? description,
        safetyCritical: o.safetyCritical ?? false,
        ...(o.firstReportedOn ? { firstReportedOn: o.firstReportedOn } : {}),
        ...(o.mileage !== undefined ? { mileage: o.mileage } : {}),
      },
    });
  }

  correctNonconformity(id: string, o: NonconformityOptions, reason = 'misread the service ticket'): this {
    return this.add({
      type: 'NonconformityCorrected',
      data: {
        nonconformityId: id,
        description: o.description ?? `defect ${id}`,
        safetyCritical: o.safetyCritical ?? false,
        ...(o.firstReportedOn ? { firstReportedOn: o.firstReportedOn } : {}),
        ...(o.mileage !== undefined ? { mileage: o.mileage } : {}),
        correctionReason: reason,
      },
    });
  }

  voidNonconformity(id: string, reason = 'reported on the wrong case'): this {
    return this.add({ type: 'NonconformityVoided', data: { nonconformityId: id, reason } });
  }

  confirmSafetyScope(nonconformityId: string, scopes: SafetyScopeFact[]): this {
    return this.add({ type: 'NonconformitySafetyScopeConfirmed', data: { nonconformityId, scopes } });
  }

  /** CA: the manufacturer's election of Code Civ. Proc. 871.20 et seq. (AB 1755), recorded on the case. */
  ab1755Election(elected: boolean, electedOn?: LegalDate, source?: string): this {
    return this.add({
      type: 'Ab1755ElectionRecorded',
      data: { elected, ...(electedOn ? { electedOn } : {}), ...(source ? { source } : {}) },
    });
  }

  disclosure(noticeRequirementDisclosed: boolean): this {
    return this.add({ type: 'ManufacturerDisclosureRecorded', data: { noticeRequirementDisclosed } });
  }

  repair(id: string, r: RepairOptions): this {
    return this.add({ type: 'RepairAttemptRecorded', data: { repairAttemptId: id, ...repairFields(r) } });
  }

  correctRepair(id: string, r: RepairOptions, reason = 'typo on the repair order'): this {
    return this.add({ type: 'RepairAttemptCorrected', data: { repairAttemptId: id, correctionReason: reason, ...repairFields(r) } });
  }

  voidRepair(id: string, reason = 'entered on the wrong case'): this {
    return this.add({ type: 'RepairAttemptVoided', data: { repairAttemptId: id, reason } });
  }

  outOfService(id: string, from: LegalDate, to: LegalDate, excludedDays?: LegalDate[], reason = 'awaiting parts'): this {
    return this.add({
      type: 'OutOfServiceRecorded',
      data: { intervalId: id, from, to, reason, ...(excludedDays ? { excludedDays } : {}) },
    });
  }

  correctOutOfService(id: string, from: LegalDate, to: LegalDate, excludedDays?: LegalDate[], correctionReason = 'dates misread'): this {
    return this.add({
      type: 'OutOfServiceCorrected',
      data: { intervalId: id, from, to, reason: 'awaiting parts', correctionReason, ...(excludedDays ? { excludedDays } : {}) },
    });
  }

  voidOutOfService(id: string, reason = 'duplicate'): this {
    return this.add({ type: 'OutOfServiceVoided', data: { intervalId: id, reason } });
  }

  /** An odometer reading; its id is `r-<version>` unless given. */
  odometer(readOn: LegalDate, mileage: number, readingId = `r-${this.list.length + 1}`): this {
    return this.add({ type: 'OdometerReported', data: { readingId, readOn, mileage } });
  }

  correctOdometer(readingId: string, readOn: LegalDate, mileage: number, reason = 'typo'): this {
    return this.add({ type: 'OdometerReadingCorrected', data: { readingId, readOn, mileage, correctionReason: reason } });
  }

  voidOdometer(readingId: string, reason = 'typo'): this {
    return this.add({ type: 'OdometerReadingVoided', data: { readingId, reason } });
  }

  /** A written notice; its id is `n-<version>` unless given. */
  notice(
    sentOn: LegalDate,
    nonconformityIds: string[] = [],
    receivedOn?: LegalDate,
    method: NoticeMethod = 'certified_mail',
    noticeId = `n-${this.list.length + 1}`,
  ): this {
    return this.add({
      type: 'ManufacturerNotified',
      data: { noticeId, sentOn, method, nonconformityIds, ...(receivedOn ? { receivedOn } : {}) },
    });
  }

  voidNotice(noticeId: string, reason = 'never sent'): this {
    return this.add({ type: 'ManufacturerNoticeVoided', data: { noticeId, reason } });
  }

  /** An offer and, when `completed`, its completion; the id is `fro-<version>`. */
  finalRepair(offeredOn: LegalDate, completed?: { on: LegalDate; outcome?: RepairOutcome }, nonconformityIds: string[] = []): this {
    const opportunityId = `fro-${this.list.length + 1}`;
    this.offer(opportunityId, offeredOn, nonconformityIds);
    return completed ? this.completeFinalRepair(opportunityId, completed.on, completed.outcome) : this;
  }

  offer(opportunityId: string, offeredOn: LegalDate, nonconformityIds: string[] = []): this {
    return this.add({ type: 'FinalRepairOpportunityOffered', data: { opportunityId, offeredOn, nonconformityIds } });
  }

  completeFinalRepair(opportunityId: string, completedOn: LegalDate, outcome: RepairOutcome = 'not_fixed'): this {
    return this.add({ type: 'FinalRepairOpportunityCompleted', data: { opportunityId, completedOn, outcome } });
  }

  /** A BBB AUTO LINE claim with id `c-<version>` (see `claim` to name it and the program). */
  disputeClaim(filedOn: LegalDate): this {
    return this.claim(`c-${this.list.length + 1}`, filedOn);
  }

  claim(claimId: string, filedOn: LegalDate, o: { program?: DisputeProgram; contactedFirst?: boolean } = {}): this {
    return this.add({
      type: 'DisputeClaimFiled',
      data: { claimId, program: o.program ?? 'BBB_AUTO_LINE', filedOn, manufacturerContactedFirst: o.contactedFirst ?? true },
    });
  }

  voidClaim(claimId: string, reason = 'filed for another client'): this {
    return this.add({ type: 'DisputeClaimVoided', data: { claimId, reason } });
  }

  inspection(claimId: string, requestedOn: LegalDate, additionalDays: number): this {
    return this.add({ type: 'DisputeInspectionRequested', data: { claimId, requestedOn, additionalDays } });
  }

  decision(claimId: string, decidedOn: LegalDate, award: DisputeAward = 'repurchase'): this {
    return this.add({ type: 'DisputeDecisionIssued', data: { claimId, decidedOn, award } });
  }

  accept(claimId: string, acceptedOn: LegalDate): this {
    return this.add({ type: 'DisputeDecisionAccepted', data: { claimId, acceptedOn } });
  }

  reject(claimId: string, rejectedOn: LegalDate): this {
    return this.add({ type: 'DisputeDecisionRejected', data: { claimId, rejectedOn } });
  }

  comply(claimId: string, compliedOn: LegalDate): this {
    return this.add({ type: 'ManufacturerComplied', data: { claimId, compliedOn } });
  }

  voidClaimStep(claimId: string, step: DisputeClaimStep, reason = 'entered in error'): this {
    return this.add({ type: 'DisputeClaimStepVoided', data: { claimId, step, reason } });
  }

  resolve(resolvedOn: LegalDate, resolution: Resolution = 'settlement'): this {
    return this.add({ type: 'CaseResolved', data: { resolvedOn, resolution } });
  }

  reopen(reason = 'the settlement fell through'): this {
    return this.add({ type: 'CaseReopened', data: { reason } });
  }

  note(text: string, visibility?: NoteVisibility, noteId = `note-${this.list.length + 1}`): this {
    return this.add({ type: 'NoteAdded', data: { noteId, text, ...(visibility ? { visibility } : {}) } });
  }

  share(organisationId: string): this {
    return this.add({ type: 'CaseShared', data: { organisationId, access: 'read' } });
  }

  revokeShare(organisationId: string): this {
    return this.add({ type: 'CaseShareRevoked', data: { organisationId } });
  }

  /** A pre-suit notice sent, or a complaint or answer filed, on `on`. */
  litigationStep(stepId: string, fields: LitigationStepFields): this {
    return this.add({ type: 'LitigationStepRecorded', data: { stepId, ...fields } });
  }

  correctLitigationStep(stepId: string, fields: LitigationStepFields, correctionReason = 'wrong date from the court docket'): this {
    return this.add({ type: 'LitigationStepCorrected', data: { stepId, correctionReason, ...fields } });
  }

  voidLitigationStep(stepId: string, reason = 'entered on the wrong case'): this {
    return this.add({ type: 'LitigationStepVoided', data: { stepId, reason } });
  }
}

const repairFields = (r: RepairOptions) => ({
  ...(r.repairOrderNumber ? { repairOrderNumber: r.repairOrderNumber } : {}),
  ...(r.dealer ? { dealer: r.dealer } : {}),
  dateIn: r.dateIn,
  ...(r.dateOut ? { dateOut: r.dateOut } : {}),
  mileageIn: r.mileageIn,
  ...(r.mileageOut !== undefined ? { mileageOut: r.mileageOut } : {}),
  nonconformityIds: Array.isArray(r.nc) ? r.nc : [r.nc],
  outcome: r.outcome ?? 'not_fixed',
});

/** A case history opened with `options` (see CaseHistory). */
export const aCase = (options: CaseOptions): CaseHistory => new CaseHistory(options);
