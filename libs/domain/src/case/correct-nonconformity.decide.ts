/** Correcting a nonconformity: description, safety flag, first report (date and mileage). */
import type { CorrectNonconformity, DecisionContext } from './case.commands';
import type { NonconformityCorrected } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertNotBlank, assertNotInFuture, assertReasonGiven, requireLiveRecord } from './case.guards';
import { assertOdometerConsistent, isFactOfOrigin } from './case.odometer';

export const correctNonconformity = (
  command: CorrectNonconformity,
  state: OpenCaseState,
  context: DecisionContext,
): NonconformityCorrected => {
  const { nonconformityId, correctionReason, description, firstReportedOn, mileage } = command.data;
  requireLiveRecord(state.nonconformities, nonconformityId, 'nonconformityId', 'nonconformity', 'corrected');
  assertReasonGiven(correctionReason, 'corrected');
  assertNotBlank(description, 'description', 'the description');
  if (firstReportedOn !== undefined) {
    assertNotInFuture(firstReportedOn, 'firstReportedOn', 'first-reported date', context);
    if (mileage !== undefined) {
      const others = state.odometerFacts.filter((fact) => !isFactOfOrigin(fact, 'nonconformity', nonconformityId));
      assertOdometerConsistent({ on: firstReportedOn, mileage, label: 'mileage', field: 'mileage' }, others);
    }
  }
  return { type: 'NonconformityCorrected', data: { ...command.data } };
};
