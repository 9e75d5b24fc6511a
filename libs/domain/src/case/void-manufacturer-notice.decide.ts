/** Voiding a written notice recorded in error: it stops satisfying any notice requirement. */
import type { VoidManufacturerNotice } from './case.commands';
import type { ManufacturerNoticeVoided } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertReasonGiven, requireLiveRecord } from './case.guards';

export const voidManufacturerNotice = (command: VoidManufacturerNotice, state: OpenCaseState): ManufacturerNoticeVoided => {
  requireLiveRecord(state.manufacturerNotices, command.data.noticeId, 'noticeId', 'manufacturer notice', 'voided');
  assertReasonGiven(command.data.reason, 'voided');
  return { type: 'ManufacturerNoticeVoided', data: { ...command.data } };
};
