/** Correcting an odometer reading: the full corrected reading and the reason (e.g. 91,500 typed for 9,150). */
import type { CorrectOdometerReading, DecisionContext } from './case.commands';
import type { OdometerReadingCorrected } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertReasonGiven, requireLiveRecord } from './case.guards';
import { isFactOfOrigin } from './case.odometer';
import { assertOdometerReadingFits } from './case-intake.decide';

export const correctOdometerReading = (
  command: CorrectOdometerReading,
  state: OpenCaseState,
  context: DecisionContext,
): OdometerReadingCorrected => {
  const { readingId, correctionReason } = command.data;
  requireLiveRecord(state.odometerReadings, readingId, 'readingId', 'odometer reading', 'corrected');
  assertReasonGiven(correctionReason, 'corrected');
  // Judged against every other fact: the reading's own (mistaken) figure no longer counts.
  const others = state.odometerFacts.filter((fact) => !isFactOfOrigin(fact, 'reading', readingId));
  assertOdometerReadingFits(command.data, others, context, command.confirm);
  return { type: 'OdometerReadingCorrected', data: { ...command.data } };
};
