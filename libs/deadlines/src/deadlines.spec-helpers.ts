import type { CaseEvent, CaseEventEnvelope, DisputeAward, DisputeProgram, LegalDate, RepairOutcome, Resolution } from '@lemon/domain';
import { computeDeadlines } from './compute-deadlines';
import type { Deadline, DeadlineKind, DeadlineReport } from './deadline.types';
import type { RulePack } from '@lemon/state-rules';

/**
 * Test-only builder for case streams: one method per event, event ids `e1`, `e2`... in order.
 * Events are not validated by the decider here; tests build exactly the facts a rule needs.
 */
export interface OpenOptions {
  jurisdiction: string;
  deliveryDate: LegalDate;
  odometerAtDelivery?: number;
  warranty?: { months: number; miles: number };
  manufacturer?: string;
}

export class CaseStream {
  readonly events: CaseEventEnvelope[] = [];

  constructor(o: OpenOptions) {
    this.add({
      type: 'CaseOpened',
      data: {
        caseId: 'case-7',
        client: { name: 'Test Client' },
        vehicle: { vin: 'WBA00000000000001', make: 'BMW', model: 'X5', modelYear: 2024 },
        jurisdiction: o.jurisdiction,
        acquisition: { type: 'purchase', deliveryDate: o.deliveryDate, odometerAtDelivery: o.odometerAtDelivery ?? 10 },
        warranty: o.warranty ?? { months: 48, miles: 50000 },
        manufacturer: { name: o.manufacturer ?? 'BMW of North America', noticeRequirementDisclosed: true },
      },
    });
  }

  get lastId(): string {
    return `e${this.events.length}`;
  }

  nonconformity(id: string, firstReportedOn?: LegalDate): this {
    return this.add({
      type: 'NonconformityReported',
      data: { nonconformityId: id, description: `defect ${id}`, safetyCritical: false, ...(firstReportedOn ? { firstReportedOn } : {}) },
    });
  }

  repair(id: string, dateIn: LegalDate, mileageIn: number, nc = 'nc-1', outcome: RepairOutcome = 'not_fixed'): this {
    return this.add({
      type: 'RepairAttemptRecorded',
      data: { repairAttemptId: id, dateIn, dateOut: dateIn, mileageIn, nonconformityIds: [nc], outcome },
    });
  }

  correctRepair(id: string, dateIn: LegalDate, mileageIn: number, nc = 'nc-1'): this {
    return this.add({
      type: 'RepairAttemptCorrected',
      data: {
        repairAttemptId: id,
        correctionReason: 'typo',
        dateIn,
        dateOut: dateIn,
        mileageIn,
        nonconformityIds: [nc],
        outcome: 'not_fixed',
      },
    });
  }

  voidRepair(id: string): this {
    return this.add({ type: 'RepairAttemptVoided', data: { repairAttemptId: id, reason: 'wrong case' } });
  }

  odometer(readOn: LegalDate, mileage: number): this {
    return this.add({ type: 'OdometerReported', data: { readingId: `r${this.events.length + 1}`, readOn, mileage } });
  }

  notice(noticeId: string, sentOn: LegalDate, receivedOn?: LegalDate): this {
    return this.add({
      type: 'ManufacturerNotified',
      data: { noticeId, sentOn, method: 'certified_mail', nonconformityIds: ['nc-1'], ...(receivedOn ? { receivedOn } : {}) },
    });
  }

  ab1755Election(elected: boolean, electedOn?: LegalDate, source?: string): this {
    return this.add({
      type: 'Ab1755ElectionRecorded',
      data: { elected, ...(electedOn ? { electedOn } : {}), ...(source ? { source } : {}) },
    });
  }

  offer(opportunityId: string, offeredOn: LegalDate): this {
    return this.add({ type: 'FinalRepairOpportunityOffered', data: { opportunityId, offeredOn, nonconformityIds: ['nc-1'] } });
  }

  completeRepair(opportunityId: string, completedOn: LegalDate): this {
    return this.add({ type: 'FinalRepairOpportunityCompleted', data: { opportunityId, completedOn, outcome: 'not_fixed' } });
  }

  claim(claimId: string, filedOn: LegalDate, o: { program?: DisputeProgram; contactedFirst?: boolean } = {}): this {
    return this.add({
      type: 'DisputeClaimFiled',
      data: { claimId, program: o.program ?? 'BBB_AUTO_LINE', filedOn, manufacturerContactedFirst: o.contactedFirst ?? true },
    });
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

  linkManufacturer(manufacturerId: string): this {
    return this.add({ type: 'ManufacturerLinked', data: { manufacturerId, name: manufacturerId } });
  }

  resolve(resolvedOn: LegalDate, resolution: Resolution = 'settlement'): this {
    return this.add({ type: 'CaseResolved', data: { resolvedOn, resolution } });
  }

  report(asOf: LegalDate, pack?: RulePack): DeadlineReport {
    return computeDeadlines({ events: this.events, asOf, ...(pack ? { pack } : {}) });
  }

  /** The one deadline of `kind` (and anchor, when several share the kind); throws when absent. */
  deadline(asOf: LegalDate, kind: DeadlineKind, anchor?: string, pack?: RulePack): Deadline {
    return pick(this.report(asOf, pack), kind, anchor);
  }

  private add(event: CaseEvent): this {
    const version = this.events.length + 1;
    this.events.push({ event, eventId: `e${version}`, version, recordedAt: '2024-01-01T00:00:00.000Z' });
    return this;
  }
}

export function pick(report: DeadlineReport, kind: DeadlineKind, anchor?: string): Deadline {
  const found = report.deadlines.filter((d) => d.kind === kind && (anchor === undefined || d.deadlineId.endsWith(`:${anchor}`)));
  if (found.length !== 1)
    throw new Error(
      `expected one ${kind}${anchor ? ` (${anchor})` : ''}, found ${found.length}: ${report.deadlines.map((d) => d.deadlineId).join(', ')}`,
    );
  return found[0]!;
}
