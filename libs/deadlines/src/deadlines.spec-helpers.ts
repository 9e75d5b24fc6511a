import { isDeepStrictEqual } from 'node:util';
import {
  foldCaseFile,
  type CaseEventEnvelope,
  type DisputeAward,
  type DisputeProgram,
  type LegalDate,
  type LitigationStepFields,
  type RepairOutcome,
  type Resolution,
} from '@lemon/domain';
import { aCase, type CaseHistory } from '@lemon/testing/case-history';
import { computeDeadlines } from './compute-deadlines';
import type { Deadline, DeadlineKind, DeadlineReport } from './deadline.types';
import { evaluatePresumption, isJurisdictionCode, rulePackFor, type RulePack } from '@lemon/state-rules';

/**
 * The deadline specs' shorthand over the shared case-history builder (libs/testing): positional
 * arguments for the facts deadlines count, event ids `e1`, `e2`... in order, and the report
 * helpers. Every event is built by the shared builder.
 */
export interface OpenOptions {
  jurisdiction: string;
  deliveryDate: LegalDate;
  odometerAtDelivery?: number;
  warranty?: { months: number; miles: number };
  manufacturer?: string;
}

export class CaseStream {
  private readonly history: CaseHistory;

  constructor(o: OpenOptions) {
    this.history = aCase({
      ...o,
      caseId: 'case-7',
      client: { name: 'Test Client' },
      eventIdPrefix: 'e',
      recordedAt: '2024-01-01T00:00:00.000Z',
    });
  }

  get events(): CaseEventEnvelope[] {
    return this.history.envelopes;
  }

  get lastId(): string {
    return this.history.lastEventId;
  }

  nonconformity(id: string, firstReportedOn?: LegalDate): this {
    return this.with((h) => h.nonconformity(id, { firstReportedOn }));
  }

  repair(id: string, dateIn: LegalDate, mileageIn: number, nc = 'nc-1', outcome: RepairOutcome = 'not_fixed'): this {
    return this.with((h) => h.repair(id, { dateIn, dateOut: dateIn, mileageIn, nc, outcome }));
  }

  correctRepair(id: string, dateIn: LegalDate, mileageIn: number, nc = 'nc-1'): this {
    return this.with((h) => h.correctRepair(id, { dateIn, dateOut: dateIn, mileageIn, nc }, 'typo'));
  }

  voidRepair(id: string): this {
    return this.with((h) => h.voidRepair(id, 'wrong case'));
  }

  odometer(readOn: LegalDate, mileage: number): this {
    return this.with((h) => h.odometer(readOn, mileage, `r${h.version + 1}`));
  }

  notice(noticeId: string, sentOn: LegalDate, receivedOn?: LegalDate): this {
    return this.with((h) => h.notice(sentOn, ['nc-1'], receivedOn, 'certified_mail', noticeId));
  }

  ab1755Election(elected: boolean, electedOn?: LegalDate, source?: string): this {
    return this.with((h) => h.ab1755Election(elected, electedOn, source));
  }

  offer(opportunityId: string, offeredOn: LegalDate): this {
    return this.with((h) => h.offer(opportunityId, offeredOn, ['nc-1']));
  }

  completeRepair(opportunityId: string, completedOn: LegalDate): this {
    return this.with((h) => h.completeFinalRepair(opportunityId, completedOn));
  }

  claim(claimId: string, filedOn: LegalDate, o: { program?: DisputeProgram; contactedFirst?: boolean } = {}): this {
    return this.with((h) => h.claim(claimId, filedOn, o));
  }

  inspection(claimId: string, requestedOn: LegalDate, additionalDays: number): this {
    return this.with((h) => h.inspection(claimId, requestedOn, additionalDays));
  }

  decision(claimId: string, decidedOn: LegalDate, award: DisputeAward = 'repurchase'): this {
    return this.with((h) => h.decision(claimId, decidedOn, award));
  }

  accept(claimId: string, acceptedOn: LegalDate): this {
    return this.with((h) => h.accept(claimId, acceptedOn));
  }

  reject(claimId: string, rejectedOn: LegalDate): this {
    return this.with((h) => h.reject(claimId, rejectedOn));
  }

  comply(claimId: string, compliedOn: LegalDate): this {
    return this.with((h) => h.comply(claimId, compliedOn));
  }

  linkManufacturer(manufacturerId: string): this {
    return this.with((h) => h.add({ type: 'ManufacturerLinked', data: { manufacturerId, name: manufacturerId } }));
  }

  resolve(resolvedOn: LegalDate, resolution: Resolution = 'settlement'): this {
    return this.with((h) => h.resolve(resolvedOn, resolution));
  }

  litigationStep(stepId: string, fields: LitigationStepFields): this {
    return this.with((h) => h.litigationStep(stepId, fields));
  }

  voidLitigationStep(stepId: string): this {
    return this.with((h) => h.voidLitigationStep(stepId));
  }

  /**
   * The report, computed twice: on its own, and handed the presumption evaluated beforehand (as
   * the projections do, so a case is judged once). Every deadline spec is so also a differential
   * check that a handed-in evaluation never changes the report.
   */
  report(asOf: LegalDate, pack?: RulePack): DeadlineReport {
    const own = computeDeadlines({ events: this.events, asOf, ...(pack ? { pack } : {}) });
    const caseFile = foldCaseFile(this.events);
    const judgedBy =
      pack ?? (caseFile.status !== 'none' && isJurisdictionCode(caseFile.jurisdiction) ? rulePackFor(caseFile.jurisdiction) : undefined);
    if (judgedBy) {
      const evaluation = evaluatePresumption({ events: this.events, caseFile, pack: judgedBy, asOf });
      const handed = computeDeadlines({ events: this.events, caseFile, asOf, evaluation, ...(pack ? { pack } : {}) });
      if (!isDeepStrictEqual(handed, own)) throw new Error(`a handed-in presumption changed the report on ${asOf}`);
    }
    return own;
  }

  /** The one deadline of `kind` (and anchor, when several share the kind); throws when absent. */
  deadline(asOf: LegalDate, kind: DeadlineKind, anchor?: string, pack?: RulePack): Deadline {
    return pick(this.report(asOf, pack), kind, anchor);
  }

  private with(add: (history: CaseHistory) => unknown): this {
    add(this.history);
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
