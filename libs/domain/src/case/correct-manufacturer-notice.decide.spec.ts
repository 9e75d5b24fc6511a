import type { CaseEvent } from './case.events';
import { BRAKES, givenCase, openWithRepair } from './case.spec-helpers';

const notice: CaseEvent = {
  type: 'ManufacturerNotified',
  data: { noticeId: 'n-1', sentOn: '2024-05-06', method: 'email', nonconformityIds: [BRAKES] },
};
const correction = (overrides: Record<string, unknown> = {}) => ({
  type: 'CorrectManufacturerNotice' as const,
  data: {
    noticeId: 'n-1',
    sentOn: '2024-05-03',
    method: 'certified_mail' as const,
    receivedOn: '2024-05-08',
    nonconformityIds: [BRAKES],
    correctionReason: 'Green card',
    ...overrides,
  },
});

describe('correct-manufacturer-notice', () => {
  it('corrects a notice with its full record and a reason', () => {
    givenCase([...openWithRepair(), notice])
      .when(correction())
      .then([{ type: 'ManufacturerNoticeCorrected', data: correction().data }]);
  });

  it('keeps the notice rules: received on or after it was sent', () => {
    givenCase([...openWithRepair(), notice])
      .when(correction({ receivedOn: '2024-05-01' }))
      .thenThrows('rule_violation', 'notice received date 2024-05-01 is before the notice was sent on 2024-05-03', 'receivedOn');
  });

  it('refuses a voided notice', () => {
    givenCase([...openWithRepair(), notice, { type: 'ManufacturerNoticeVoided', data: { noticeId: 'n-1', reason: 'never sent' } }])
      .when(correction())
      .thenThrows('rule_violation', 'manufacturer notice n-1 was voided and cannot be corrected', 'noticeId');
  });
});
