/**
 * Correcting the purchase or lease terms (type, delivery date, odometer at delivery, price). The
 * rest of the history stays as recorded, so the corrected delivery must still come before every
 * dated fact and below every later odometer fact.
 */
import type { CorrectAcquisition, DecisionContext } from './case.commands';
import type { AcquisitionCorrected, LegalDate } from './case.events';
import { liveRecords, type OpenCaseState } from './case.state';
import { assertNotInFuture, assertReasonGiven } from './case.guards';
import { assertOdometerConsistent } from './case.odometer';
import { MAX_MODEL_YEARS_AHEAD_OF_DELIVERY } from './case-intake.decide';
import { ruleViolation } from '../shared/domain-error';
import { formatMiles, isBefore, yearOf } from '../shared/legal-date';

/** The earliest dated fact of the history, other than the delivery. */
const earliestFact = (state: OpenCaseState): { on: LegalDate; what: string } | undefined => {
  const facts: { on: LegalDate; what: string }[] = [
    ...liveRecords(state.repairAttempts).map((a) => ({ on: a.dateIn, what: `repair attempt ${a.repairOrderNumber ?? a.repairAttemptId}` })),
    ...liveRecords(state.outOfService).map((i) => ({ on: i.from, what: `out-of-service interval ${i.intervalId}` })),
    ...liveRecords(state.manufacturerNotices).map((n) => ({ on: n.sentOn, what: `manufacturer notice ${n.noticeId}` })),
    ...liveRecords(state.finalRepairOpportunities).map((o) => ({ on: o.offeredOn, what: `final repair opportunity ${o.opportunityId}` })),
    ...liveRecords(state.disputeClaims).map((c) => ({ on: c.filedOn, what: `dispute claim ${c.claimId}` })),
  ];
  return facts.sort((a, b) => (isBefore(a.on, b.on) ? -1 : isBefore(b.on, a.on) ? 1 : 0))[0];
};

export const correctAcquisition = (command: CorrectAcquisition, state: OpenCaseState, context: DecisionContext): AcquisitionCorrected => {
  const { acquisition, correctionReason } = command.data;
  assertReasonGiven(correctionReason, 'corrected');
  assertNotInFuture(acquisition.deliveryDate, 'acquisition.deliveryDate', 'delivery date', context);
  if (acquisition.odometerAtDelivery < 0) {
    throw ruleViolation(
      `odometer at delivery ${formatMiles(acquisition.odometerAtDelivery)} cannot be negative`,
      'acquisition.odometerAtDelivery',
    );
  }
  const latestModelYear = yearOf(acquisition.deliveryDate) + MAX_MODEL_YEARS_AHEAD_OF_DELIVERY;
  if (state.vehicle.modelYear > latestModelYear) {
    throw ruleViolation(
      `model year ${state.vehicle.modelYear} is implausible for a vehicle delivered on ${acquisition.deliveryDate} (latest plausible model year is ${latestModelYear})`,
      'acquisition.deliveryDate',
    );
  }
  const first = earliestFact(state);
  if (first !== undefined && isBefore(first.on, acquisition.deliveryDate)) {
    throw ruleViolation(
      `delivery date ${acquisition.deliveryDate} is after ${first.what} on ${first.on}: correct or void that record first`,
      'acquisition.deliveryDate',
    );
  }
  assertOdometerConsistent(
    {
      on: acquisition.deliveryDate,
      mileage: acquisition.odometerAtDelivery,
      label: 'odometer at delivery',
      field: 'acquisition.odometerAtDelivery',
    },
    state.odometerFacts.filter((fact) => fact.origin.kind !== 'delivery'),
  );
  return { type: 'AcquisitionCorrected', data: { acquisition: { ...acquisition }, correctionReason } };
};
