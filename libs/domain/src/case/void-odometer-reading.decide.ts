/** Voiding an odometer reading entered in error: its mileage stops being a fact. */
import type { VoidOdometerReading } from './case.commands';
import type { OdometerReadingVoided } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertReasonGiven, requireLiveRecord } from './case.guards';

export const voidOdometerReading = (command: VoidOdometerReading, state: OpenCaseState): OdometerReadingVoided => {
  requireLiveRecord(state.odometerReadings, command.data.readingId, 'readingId', 'odometer reading', 'voided');
  assertReasonGiven(command.data.reason, 'voided');
  return { type: 'OdometerReadingVoided', data: { ...command.data } };
};
