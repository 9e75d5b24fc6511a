/** Correcting a written notice to the manufacturer (sent, method, received, nonconformities). */
import type { CorrectManufacturerNotice, DecisionContext } from './case.commands';
import type { ManufacturerNoticeCorrected } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertReasonGiven, requireLiveRecord } from './case.guards';
import { assertNoticeFits } from './manufacturer-contact.decide';

export const correctManufacturerNotice = (
  command: CorrectManufacturerNotice,
  state: OpenCaseState,
  context: DecisionContext,
): ManufacturerNoticeCorrected => {
  requireLiveRecord(state.manufacturerNotices, command.data.noticeId, 'noticeId', 'manufacturer notice', 'corrected');
  assertReasonGiven(command.data.correctionReason, 'corrected');
  assertNoticeFits(command.data, state, context);
  return { type: 'ManufacturerNoticeCorrected', data: { ...command.data } };
};
