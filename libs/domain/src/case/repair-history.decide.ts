/** Repair attempts and out-of-service intervals: recording, correcting and voiding them. */
import type {
  CorrectOutOfService,
  CorrectRepairAttempt,
  DecisionContext,
  EntryConfirmations,
  RecordOutOfService,
  RecordRepairAttempt,
  VoidOutOfService,
  VoidRepairAttempt,
} from './case.commands';
import type {
  OutOfServiceCorrected,
  OutOfServiceFields,
  OutOfServiceRecorded,
  OutOfServiceVoided,
  RepairAttemptCorrected,
  RepairAttemptFields,
  RepairAttemptRecorded,
  RepairAttemptVoided,
} from './case.events';
import type { OpenCaseState, OutOfServiceState, RepairAttemptState } from './case.state';
import {
  assertKnownNonconformities,
  assertNewId,
  assertNotBefore,
  assertNotBeforeDelivery,
  assertNotBlank,
  assertNotInFuture,
  requireEntry,
} from './case.guards';
import { assertOdometerConsistent, withoutOdometerFactsOf, type OdometerFact } from './case.odometer';
import { assertMileagePlausible, assertNotDuplicateRepairOrder } from './case.entry-guards';
import { ruleViolation } from '../shared/domain-error';
import { compareLegalDates, formatMiles, parseLegalDate } from '../shared/legal-date';

/** The rules a repair attempt's fields obey, when recorded and again when corrected. */
const assertRepairAttemptFits = (
  fields: RepairAttemptFields,
  state: OpenCaseState,
  context: DecisionContext,
  confirm: EntryConfirmations | undefined,
  correctedAttemptId?: string,
): void => {
  const { dateIn, dateOut, mileageIn, mileageOut, nonconformityIds } = fields;
  assertNotInFuture(dateIn, 'dateIn', 'repair date in', context);
  if (dateOut !== undefined) assertNotInFuture(dateOut, 'dateOut', 'repair date out', context);
  assertNotBeforeDelivery(state, dateIn, 'dateIn', 'repair date in');
  if (dateOut !== undefined) assertNotBefore(dateOut, dateIn, 'dateOut', 'repair date out', 'the vehicle was brought in');
  if (mileageOut !== undefined && mileageOut < mileageIn) {
    throw ruleViolation(
      `mileage out ${formatMiles(mileageOut)} is below mileage in ${formatMiles(mileageIn)}: an odometer cannot go backwards`,
      'mileageOut',
    );
  }
  if (nonconformityIds.length === 0) {
    throw ruleViolation('a repair attempt must name at least one reported nonconformity it addressed', 'nonconformityIds');
  }
  assertKnownNonconformities(state, nonconformityIds, 'nonconformityIds');
  const known = correctedAttemptId === undefined ? state.odometerFacts : withoutOdometerFactsOf(state.odometerFacts, correctedAttemptId);
  const factIn = { on: dateIn, mileage: mileageIn, label: 'mileage in', field: 'mileageIn' };
  assertOdometerConsistent(factIn, known);
  const factOut =
    dateOut !== undefined && mileageOut !== undefined
      ? { on: dateOut, mileage: mileageOut, label: 'mileage out', field: 'mileageOut' }
      : undefined;
  if (factOut !== undefined) assertOdometerConsistent(factOut, known);
  assertMileagePlausible(factIn, known, context, confirm);
  if (factOut !== undefined) {
    const withIn: OdometerFact[] = [
      ...known,
      {
        on: dateIn,
        mileage: mileageIn,
        origin: { kind: 'repair_in', repairAttemptId: correctedAttemptId ?? 'new', repairOrderNumber: fields.repairOrderNumber },
      },
    ];
    assertMileagePlausible(factOut, withIn, context, confirm);
  }
  assertNotDuplicateRepairOrder(fields, state, confirm, correctedAttemptId);
};

const attemptName = (attempt: RepairAttemptState): string =>
  attempt.repairOrderNumber === undefined
    ? attempt.repairAttemptId
    : `${attempt.repairAttemptId} (repair order ${attempt.repairOrderNumber})`;

type Amendment = 'corrected' | 'voided';
const voidedMessage = (name: string, amendment: Amendment): string =>
  amendment === 'voided' ? `${name} was already voided` : `${name} was voided and cannot be corrected`;

const requireLiveAttempt = (state: OpenCaseState, repairAttemptId: string, amendment: Amendment): RepairAttemptState => {
  const attempt = requireEntry(state.repairAttempts, repairAttemptId, 'repairAttemptId', 'repair attempt');
  if (attempt.voided) {
    throw ruleViolation(voidedMessage(`repair attempt ${attemptName(attempt)}`, amendment), 'repairAttemptId');
  }
  return attempt;
};

export const recordRepairAttempt = (
  command: RecordRepairAttempt,
  state: OpenCaseState,
  context: DecisionContext,
): RepairAttemptRecorded => {
  assertNewId(state.repairAttempts, command.data.repairAttemptId, 'repairAttemptId', 'repair attempt');
  assertRepairAttemptFits(command.data, state, context, command.confirm);
  return { type: 'RepairAttemptRecorded', data: { ...command.data } };
};

export const correctRepairAttempt = (
  command: CorrectRepairAttempt,
  state: OpenCaseState,
  context: DecisionContext,
): RepairAttemptCorrected => {
  const { repairAttemptId, correctionReason } = command.data;
  requireLiveAttempt(state, repairAttemptId, 'corrected');
  assertNotBlank(correctionReason, 'correctionReason', 'the reason for the correction');
  assertRepairAttemptFits(command.data, state, context, command.confirm, repairAttemptId);
  return { type: 'RepairAttemptCorrected', data: { ...command.data } };
};

export const voidRepairAttempt = (command: VoidRepairAttempt, state: OpenCaseState): RepairAttemptVoided => {
  requireLiveAttempt(state, command.data.repairAttemptId, 'voided');
  assertNotBlank(command.data.reason, 'reason', 'the reason for voiding');
  return { type: 'RepairAttemptVoided', data: { ...command.data } };
};

/** The rules an out-of-service interval obeys, when recorded and again when corrected. */
const assertIntervalFits = (fields: OutOfServiceFields, state: OpenCaseState, context: DecisionContext): void => {
  const { from, to, excludedDays = [] } = fields;
  assertNotInFuture(from, 'from', 'out-of-service start', context);
  assertNotInFuture(to, 'to', 'out-of-service end', context);
  assertNotBeforeDelivery(state, from, 'from', 'out-of-service start');
  assertNotBefore(to, from, 'to', 'out-of-service end', 'its start');
  const seen = new Set<string>();
  for (const day of excludedDays) {
    const key = parseLegalDate(day, 'excludedDays').toString();
    if (compareLegalDates(key, from) < 0 || compareLegalDates(key, to) > 0) {
      throw ruleViolation(`excluded day ${day} is outside the out-of-service interval ${from} to ${to}`, 'excludedDays');
    }
    if (seen.has(key)) throw ruleViolation(`excluded day ${day} is listed more than once`, 'excludedDays');
    seen.add(key);
  }
};

const requireLiveInterval = (state: OpenCaseState, intervalId: string, amendment: Amendment): OutOfServiceState => {
  const interval = requireEntry(state.outOfService, intervalId, 'intervalId', 'out-of-service interval');
  if (interval.voided) {
    throw ruleViolation(voidedMessage(`out-of-service interval ${intervalId}`, amendment), 'intervalId');
  }
  return interval;
};

export const recordOutOfService = (command: RecordOutOfService, state: OpenCaseState, context: DecisionContext): OutOfServiceRecorded => {
  assertNewId(state.outOfService, command.data.intervalId, 'intervalId', 'out-of-service interval');
  assertIntervalFits(command.data, state, context);
  return { type: 'OutOfServiceRecorded', data: { ...command.data } };
};

export const correctOutOfService = (
  command: CorrectOutOfService,
  state: OpenCaseState,
  context: DecisionContext,
): OutOfServiceCorrected => {
  requireLiveInterval(state, command.data.intervalId, 'corrected');
  assertNotBlank(command.data.correctionReason, 'correctionReason', 'the reason for the correction');
  assertIntervalFits(command.data, state, context);
  return { type: 'OutOfServiceCorrected', data: { ...command.data } };
};

export const voidOutOfService = (command: VoidOutOfService, state: OpenCaseState): OutOfServiceVoided => {
  requireLiveInterval(state, command.data.intervalId, 'voided');
  assertNotBlank(command.data.reason, 'reason', 'the reason for voiding');
  return { type: 'OutOfServiceVoided', data: { ...command.data } };
};
