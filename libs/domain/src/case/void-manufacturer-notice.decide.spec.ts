import type { CaseEvent } from './case.events';
import { BRAKES, givenCase, openWithRepair } from './case.spec-helpers';

const notice: CaseEvent = {
  type: 'ManufacturerNotified',
  data: { noticeId: 'n-1', sentOn: '2024-05-06', method: 'email', nonconformityIds: [BRAKES] },
};
const voidIt = { type: 'VoidManufacturerNotice' as const, data: { noticeId: 'n-1', reason: 'Drafted, never sent' } };

describe('void-manufacturer-notice', () => {
  it('voids a notice once', () => {
    givenCase([...openWithRepair(), notice])
      .when(voidIt)
      .then([{ type: 'ManufacturerNoticeVoided', data: voidIt.data }]);
    givenCase([...openWithRepair(), notice, { type: 'ManufacturerNoticeVoided', data: voidIt.data }])
      .when(voidIt)
      .thenThrows('rule_violation', 'manufacturer notice n-1 was already voided', 'noticeId');
  });
});
