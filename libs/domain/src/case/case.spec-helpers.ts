/**
 * Given/when/then for the case decider, plus realistic fixtures: a 2024 BMW X5 bought in
 * California with a brake fault. Imported only by *.spec.ts files. Histories come from the shared
 * case-history builder of libs/testing (`caseHistory()` starts this one), or from the bare fixtures below.
 */
import type { CaseCommand, DecisionContext } from './case.commands';
import type { CaseEvent, OutOfServiceFields, RepairAttemptFields } from './case.events';
import { decideCase } from './case.decide';
import { CaseHistory } from '@lemon/testing/case-history';
import { foldCaseFile } from './case.state';
import { DomainError, type DomainErrorCode } from '../shared/domain-error';

export const TODAY = '2024-09-30';
export const today: DecisionContext = { today: TODAY };

export const DELIVERY_DATE = '2024-01-10';
export const ODOMETER_AT_DELIVERY = 12;
export const BRAKES = 'nc-brakes';
export const INFOTAINMENT = 'nc-idrive';

export const openCaseData = () => ({
  caseId: '0f9c1b6e-3d4a-4c55-9a1e-6f2b8d7c5e10',
  client: { name: 'Maria Delgado', email: 'maria.delgado@example.com', phone: '+1 818 555 0142' },
  vehicle: { vin: '5UXCR6C05R9N12345', make: 'BMW', model: 'X5 xDrive40i', modelYear: 2024 },
  jurisdiction: 'CA',
  acquisition: { type: 'purchase' as const, deliveryDate: DELIVERY_DATE, odometerAtDelivery: ODOMETER_AT_DELIVERY, price: 72450 },
  warranty: { months: 48, miles: 50000 },
  manufacturer: { name: 'BMW of North America, LLC', noticeRequirementDisclosed: true },
});

export const caseOpened = (): CaseEvent => ({ type: 'CaseOpened', data: openCaseData() });

export const brakesReported = (): CaseEvent => ({
  type: 'NonconformityReported',
  data: {
    nonconformityId: BRAKES,
    description: 'Brake warning light and loss of brake assist at low speed',
    safetyCritical: true,
    firstReportedOn: '2024-02-12',
    mileage: 2140,
  },
});

export const infotainmentReported = (): CaseEvent => ({
  type: 'NonconformityReported',
  data: { nonconformityId: INFOTAINMENT, description: 'iDrive display reboots while driving', safetyCritical: false },
});

/** First repair: RO-1, 2024-02-20 to 2024-02-27, 2,400 to 2,412 miles, brakes not fixed. */
export const repairData = (
  overrides: Partial<RepairAttemptFields> & { repairAttemptId?: string } = {},
): { repairAttemptId: string } & RepairAttemptFields => ({
  repairAttemptId: 'ra-1',
  repairOrderNumber: 'RO-1',
  dealer: 'Pacific BMW, Glendale',
  dateIn: '2024-02-20',
  dateOut: '2024-02-27',
  mileageIn: 2400,
  mileageOut: 2412,
  nonconformityIds: [BRAKES],
  outcome: 'not_fixed',
  ...overrides,
});

export const repairRecorded = (overrides: Partial<RepairAttemptFields> & { repairAttemptId?: string } = {}): CaseEvent => ({
  type: 'RepairAttemptRecorded',
  data: { ...repairData(), ...overrides },
});

/** Second repair: RO-2, 2024-04-02 to 2024-04-19, 4,100 to 4,115 miles. */
export const secondRepairRecorded = (): CaseEvent =>
  repairRecorded({
    repairAttemptId: 'ra-2',
    repairOrderNumber: 'RO-2',
    dateIn: '2024-04-02',
    dateOut: '2024-04-19',
    mileageIn: 4100,
    mileageOut: 4115,
  });

export const intervalData = (overrides: Partial<OutOfServiceFields> = {}): { intervalId: string } & OutOfServiceFields => ({
  intervalId: 'oos-1',
  from: '2024-02-20',
  to: '2024-02-27',
  reason: 'At dealer for brake repair (RO-1)',
  excludedDays: [],
  ...overrides,
});

export const intervalRecorded = (overrides: Partial<OutOfServiceFields> = {}): CaseEvent => ({
  type: 'OutOfServiceRecorded',
  data: intervalData(overrides),
});

export const odometerReported = (readingId: string, readOn: string, mileage: number): CaseEvent => ({
  type: 'OdometerReported',
  data: { readingId, readOn, mileage, source: 'client photo' },
});

/** The fixture case opened through the shared builder: chain the builder's methods from here. */
export const caseHistory = (): CaseHistory => new CaseHistory({ eventIdPrefix: '#' }).addAll([caseOpened()]);

/** Opened, brakes reported, first repair recorded. */
export const openWithRepair = (): CaseEvent[] => [caseOpened(), brakesReported(), infotainmentReported(), repairRecorded()];

export const claimFiled = (claimId = 'c-1', filedOn = '2024-06-03'): CaseEvent => ({
  type: 'DisputeClaimFiled',
  data: { claimId, program: 'BBB_AUTO_LINE', filedOn, manufacturerContactedFirst: true },
});
export const inspectionRequested = (claimId = 'c-1'): CaseEvent => ({
  type: 'DisputeInspectionRequested',
  data: { claimId, requestedOn: '2024-06-20', additionalDays: 20 },
});
export const decisionIssued = (claimId = 'c-1', decidedOn = '2024-07-25'): CaseEvent => ({
  type: 'DisputeDecisionIssued',
  data: { claimId, decidedOn, award: 'repurchase', summary: 'Repurchase less a reasonable offset for use' },
});
export const decisionAccepted = (claimId = 'c-1'): CaseEvent => ({
  type: 'DisputeDecisionAccepted',
  data: { claimId, acceptedOn: '2024-07-30' },
});
export const decisionRejected = (claimId = 'c-1'): CaseEvent => ({
  type: 'DisputeDecisionRejected',
  data: { claimId, rejectedOn: '2024-07-30' },
});
export const manufacturerComplied = (claimId = 'c-1'): CaseEvent => ({
  type: 'ManufacturerComplied',
  data: { claimId, compliedOn: '2024-08-29' },
});

export const caseResolved = (): CaseEvent => ({
  type: 'CaseResolved',
  data: { resolvedOn: '2024-09-02', resolution: 'repurchase', amount: 68210.55 },
});

const catchDomainError = (action: () => unknown): DomainError => {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the command to be refused, but it was accepted');
};

/**
 * givenCase(events).when(command).then(expectedEvents) or .thenThrows(code, messagePart, field).
 * `field` is compared exactly: omit it to assert that the refusal names no field.
 */
/**
 * givenCase(history) where history is the shared builder's (libs/testing) or bare events; the
 * decider decides on the case-file fold of its envelopes.
 */
export const givenCase = (history: CaseHistory | readonly CaseEvent[]) => ({
  when: (command: CaseCommand, context: DecisionContext = today) => {
    const envelopes = history instanceof CaseHistory ? history.envelopes : new CaseHistory().addAll(history).envelopes;
    const decide = () => decideCase(command, foldCaseFile(envelopes), context);
    return {
      then: (expected: CaseEvent[]): void => {
        expect(decide()).toEqual(expected);
      },
      thenThrows: (code: DomainErrorCode, messagePart: string, field?: string): DomainError => {
        const error = catchDomainError(decide);
        expect({ code: error.code, field: error.field }).toEqual({ code, field });
        expect(error.message).toContain(messagePart);
        return error;
      },
    };
  },
});
