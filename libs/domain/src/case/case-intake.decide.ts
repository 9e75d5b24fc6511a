/** Opening a case, the facts around it (nonconformities, odometer), resolution and notes. */
import type {
  AddNote,
  ConfirmSafetyScope,
  DecisionContext,
  EntryConfirmations,
  OpenCase,
  RecordManufacturerDisclosure,
  RecordAb1755Election,
  ReportNonconformity,
  ReportOdometer,
  ResolveCase,
  RevokeCaseShare,
  ShareCase,
} from './case.commands';
import type {
  CaseOpened,
  CaseResolved,
  ManufacturerDisclosureRecorded,
  Ab1755ElectionRecorded,
  NonconformityReported,
  NonconformitySafetyScopeConfirmed,
  NoteAdded,
  OdometerReported,
  CaseShared,
  CaseShareRevoked,
} from './case.events';
import type { CaseFile, OpenCaseState } from './case.state';
import { assertNewId, assertNotBeforeDelivery, assertNotBlank, assertNotInFuture } from './case.guards';
import { assertOdometerConsistent, type OdometerFact } from './case.odometer';
import { assertMileagePlausible } from './case.entry-guards';
import { ruleViolation } from '../shared/domain-error';
import { formatMiles, yearOf } from '../shared/legal-date';

/** A model year more than this many years after the delivery year is implausible. */
export const MAX_MODEL_YEARS_AHEAD_OF_DELIVERY = 2;

export const openCase = (command: OpenCase, context: DecisionContext): CaseOpened => {
  const { acquisition, warranty, vehicle } = command.data;
  assertNotInFuture(acquisition.deliveryDate, 'acquisition.deliveryDate', 'delivery date', context);
  if (acquisition.odometerAtDelivery < 0) {
    throw ruleViolation(
      `odometer at delivery ${formatMiles(acquisition.odometerAtDelivery)} cannot be negative`,
      'acquisition.odometerAtDelivery',
    );
  }
  if (!(warranty.months > 0)) {
    throw ruleViolation(`warranty term of ${warranty.months} months must be positive`, 'warranty.months');
  }
  if (!(warranty.miles > 0)) {
    throw ruleViolation(`warranty term of ${formatMiles(warranty.miles)} miles must be positive`, 'warranty.miles');
  }
  const latestModelYear = yearOf(acquisition.deliveryDate) + MAX_MODEL_YEARS_AHEAD_OF_DELIVERY;
  if (vehicle.modelYear > latestModelYear) {
    throw ruleViolation(
      `model year ${vehicle.modelYear} is implausible for a vehicle delivered on ${acquisition.deliveryDate} (latest plausible model year is ${latestModelYear})`,
      'vehicle.modelYear',
    );
  }
  return { type: 'CaseOpened', data: { ...command.data } };
};

export const reportNonconformity = (
  command: ReportNonconformity,
  state: OpenCaseState,
  context: DecisionContext,
): NonconformityReported => {
  const { nonconformityId, firstReportedOn, mileage } = command.data;
  assertNewId(state.nonconformities, nonconformityId, 'nonconformityId', 'nonconformity');
  if (firstReportedOn !== undefined) {
    assertNotInFuture(firstReportedOn, 'firstReportedOn', 'first-reported date', context);
    if (mileage !== undefined) {
      assertOdometerConsistent({ on: firstReportedOn, mileage, label: 'mileage', field: 'mileage' }, state.odometerFacts);
    }
  }
  return { type: 'NonconformityReported', data: { ...command.data } };
};

export const reportOdometer = (command: ReportOdometer, state: OpenCaseState, context: DecisionContext): OdometerReported => {
  const { readingId, readOn, mileage } = command.data;
  assertNewId(state.odometerReadings, readingId, 'readingId', 'odometer reading');
  assertOdometerReadingFits({ readOn, mileage }, state.odometerFacts, context, command.confirm);
  return { type: 'OdometerReported', data: { ...command.data } };
};

/** The rules a reading obeys, when reported and again when corrected (`known`: every other fact). */
export const assertOdometerReadingFits = (
  { readOn, mileage }: { readOn: string; mileage: number },
  known: readonly OdometerFact[],
  context: DecisionContext,
  confirm: EntryConfirmations | undefined,
): void => {
  assertNotInFuture(readOn, 'readOn', 'odometer reading date', context);
  const candidate = { on: readOn, mileage, label: 'odometer', field: 'mileage' };
  assertOdometerConsistent(candidate, known);
  assertMileagePlausible(candidate, known, context, confirm);
};

export const resolveCase = (command: ResolveCase, state: OpenCaseState, context: DecisionContext): CaseResolved => {
  const { resolvedOn } = command.data;
  assertNotInFuture(resolvedOn, 'resolvedOn', 'resolution date', context);
  assertNotBeforeDelivery(state, resolvedOn, 'resolvedOn', 'resolution date');
  return { type: 'CaseResolved', data: { ...command.data } };
};

/** Notes are commentary, not history: accepted on open and resolved cases alike. */
export const addNote = (command: AddNote): NoteAdded => {
  assertNotBlank(command.data.text, 'text', 'a note');
  return { type: 'NoteAdded', data: { ...command.data } };
};

/** Confirms the narrower safety categories of a known nonconformity (replacing an earlier confirmation). */
export const confirmSafetyScope = (command: ConfirmSafetyScope, state: OpenCaseState): NonconformitySafetyScopeConfirmed => {
  const { nonconformityId, scopes } = command.data;
  if (!state.nonconformities.has(nonconformityId)) {
    throw ruleViolation(`nonconformity ${nonconformityId} is not part of this case`, 'nonconformityId');
  }
  if (new Set(scopes).size !== scopes.length) throw ruleViolation('scopes must not repeat', 'scopes');
  return { type: 'NonconformitySafetyScopeConfirmed', data: { ...command.data, scopes: [...scopes] } };
};

export const recordManufacturerDisclosure = (command: RecordManufacturerDisclosure): ManufacturerDisclosureRecorded => ({
  type: 'ManufacturerDisclosureRecorded',
  data: { ...command.data },
});

/**
 * The manufacturer's election under Cal. Code Civ. Proc. 871.29 (AB 1755): a California
 * procedure, so only on California cases; an election date cannot be in the future.
 */
export const recordAb1755Election = (command: RecordAb1755Election, state: CaseFile, context: DecisionContext): Ab1755ElectionRecorded => {
  if (state.jurisdiction !== 'CA')
    throw ruleViolation(
      `the AB 1755 procedure (Cal. Code Civ. Proc. 871.20 et seq.) applies to California cases; this case is in ${state.jurisdiction}`,
      'elected',
    );
  const { elected, electedOn, source } = command.data;
  if (electedOn !== undefined) assertNotInFuture(electedOn, 'electedOn', 'election date', context);
  return {
    type: 'Ab1755ElectionRecorded',
    data: { elected, ...(electedOn !== undefined ? { electedOn } : {}), ...(source !== undefined ? { source } : {}) },
  };
};

/**
 * Read-only access for another organisation: a manufacturer, or a law firm only as co-counsel.
 * An organisation that does not exist gets the same refusal as one that may not receive the case,
 * so the route tells no one which organisations exist. The owner cannot share with itself, nor twice.
 */
export const shareCase = (command: ShareCase, state: CaseFile): CaseShared => {
  const { organisationId, as, targetKind } = command.data;
  const eligible = (as === 'manufacturer' && targetKind === 'manufacturer') || (as === 'co_counsel' && targetKind === 'law_firm');
  if (!eligible) {
    throw ruleViolation(
      'the case cannot be shared with that organisation: share it with a manufacturer, or with a law firm as co_counsel',
      'organisationId',
    );
  }
  if (organisationId === state.ownerOrganisationId) throw ruleViolation('the case already belongs to that organisation', 'organisationId');
  if (state.sharedWith.has(organisationId)) throw ruleViolation(`the case is already shared with ${organisationId}`, 'organisationId');
  return { type: 'CaseShared', data: { organisationId, access: 'read', as } };
};

export const revokeCaseShare = (command: RevokeCaseShare, state: CaseFile): CaseShareRevoked => {
  const { organisationId } = command.data;
  if (!state.sharedWith.has(organisationId)) throw ruleViolation(`the case is not shared with ${organisationId}`, 'organisationId');
  return { type: 'CaseShareRevoked', data: { organisationId } };
};
