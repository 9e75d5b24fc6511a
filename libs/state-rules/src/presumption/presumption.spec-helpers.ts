import type { CaseEvent, CaseEventEnvelope, LegalDate, NoticeMethod, RepairOutcome, SafetyScopeFact } from '@lemon/domain';

/**
 * Small builder for case histories in tests: one method per event, ids and versions assigned in
 * order. Only @lemon/domain types are used, so the tests do not depend on other libraries.
 */
export interface CaseOptions {
  jurisdiction: string;
  deliveryDate?: LegalDate;
  odometerAtDelivery?: number;
  warranty?: { months: number; miles: number };
  noticeRequirementDisclosed?: boolean;
}

export interface RepairOptions {
  dateIn: LegalDate;
  dateOut?: LegalDate;
  mileageIn: number;
  mileageOut?: number;
  nc: string | string[];
  outcome?: RepairOutcome;
}

export class CaseHistory {
  private readonly list: CaseEventEnvelope[] = [];

  constructor(options?: CaseOptions) {
    if (options) this.open(options);
  }

  get envelopes(): CaseEventEnvelope[] {
    return [...this.list];
  }

  /** The id of the n-th event (1-based), as assigned by the builder. */
  eventId(version: number): string {
    return `evt-${version}`;
  }

  get lastEventId(): string {
    return this.eventId(this.list.length);
  }

  open(o: CaseOptions): this {
    return this.add({
      type: 'CaseOpened',
      data: {
        caseId: 'case-1',
        client: { name: 'Pat Buyer' },
        vehicle: { vin: 'WBAFB33521LH12345', make: 'BMW', model: 'X5', modelYear: 2024 },
        jurisdiction: o.jurisdiction,
        acquisition: { type: 'purchase', deliveryDate: o.deliveryDate ?? '2024-01-10', odometerAtDelivery: o.odometerAtDelivery ?? 10 },
        warranty: o.warranty ?? { months: 48, miles: 50000 },
        manufacturer: { name: 'BMW of North America', noticeRequirementDisclosed: o.noticeRequirementDisclosed ?? true },
      },
    });
  }

  nonconformity(id: string, safetyCritical = false, description = `defect ${id}`): this {
    return this.add({ type: 'NonconformityReported', data: { nonconformityId: id, description, safetyCritical } });
  }

  repair(id: string, r: RepairOptions): this {
    return this.add({ type: 'RepairAttemptRecorded', data: { repairAttemptId: id, ...this.fields(r) } });
  }

  correctRepair(id: string, r: RepairOptions, reason = 'typo on the repair order'): this {
    return this.add({ type: 'RepairAttemptCorrected', data: { repairAttemptId: id, correctionReason: reason, ...this.fields(r) } });
  }

  voidRepair(id: string, reason = 'entered on the wrong case'): this {
    return this.add({ type: 'RepairAttemptVoided', data: { repairAttemptId: id, reason } });
  }

  outOfService(id: string, from: LegalDate, to: LegalDate, excludedDays?: LegalDate[]): this {
    return this.add({
      type: 'OutOfServiceRecorded',
      data: { intervalId: id, from, to, reason: 'awaiting parts', ...(excludedDays ? { excludedDays } : {}) },
    });
  }

  voidOutOfService(id: string): this {
    return this.add({ type: 'OutOfServiceVoided', data: { intervalId: id, reason: 'duplicate' } });
  }

  odometer(readOn: LegalDate, mileage: number): this {
    return this.add({ type: 'OdometerReported', data: { readingId: `r-${this.list.length + 1}`, readOn, mileage } });
  }

  notice(sentOn: LegalDate, nonconformityIds: string[] = [], receivedOn?: LegalDate, method: NoticeMethod = 'certified_mail'): this {
    return this.add({
      type: 'ManufacturerNotified',
      data: {
        noticeId: `n-${this.list.length + 1}`,
        sentOn,
        method,
        nonconformityIds,
        ...(receivedOn ? { receivedOn } : {}),
      },
    });
  }

  finalRepair(offeredOn: LegalDate, completed?: { on: LegalDate; outcome?: RepairOutcome }, nonconformityIds: string[] = []): this {
    const opportunityId = `fro-${this.list.length + 1}`;
    this.add({ type: 'FinalRepairOpportunityOffered', data: { opportunityId, offeredOn, nonconformityIds } });
    if (completed)
      this.add({
        type: 'FinalRepairOpportunityCompleted',
        data: { opportunityId, completedOn: completed.on, outcome: completed.outcome ?? 'not_fixed' },
      });
    return this;
  }

  confirmSafetyScope(nonconformityId: string, scopes: SafetyScopeFact[]): this {
    return this.add({ type: 'NonconformitySafetyScopeConfirmed', data: { nonconformityId, scopes } });
  }

  disclosure(noticeRequirementDisclosed: boolean): this {
    return this.add({ type: 'ManufacturerDisclosureRecorded', data: { noticeRequirementDisclosed } });
  }

  disputeClaim(filedOn: LegalDate): this {
    return this.add({
      type: 'DisputeClaimFiled',
      data: { claimId: `c-${this.list.length + 1}`, program: 'BBB_AUTO_LINE', filedOn, manufacturerContactedFirst: true },
    });
  }

  private fields(r: RepairOptions) {
    return {
      dateIn: r.dateIn,
      ...(r.dateOut ? { dateOut: r.dateOut } : {}),
      mileageIn: r.mileageIn,
      ...(r.mileageOut !== undefined ? { mileageOut: r.mileageOut } : {}),
      nonconformityIds: Array.isArray(r.nc) ? r.nc : [r.nc],
      outcome: r.outcome ?? 'not_fixed',
    };
  }

  private add(event: CaseEvent): this {
    const version = this.list.length + 1;
    this.list.push({ event, eventId: this.eventId(version), version, recordedAt: '2024-06-01T12:00:00.000Z' });
    return this;
  }
}
