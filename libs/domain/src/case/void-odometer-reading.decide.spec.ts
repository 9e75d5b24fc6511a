import { foldCase } from './case.state';
import { givenCase, odometerReported, openWithRepair, repairData } from './case.spec-helpers';

const voidReading = (reason = 'Entered 91,500 for 9,150') => ({ type: 'VoidOdometerReading' as const, data: { readingId: 'r-1', reason } });

describe('void-odometer-reading', () => {
  it('voids a reading, whose mileage then no longer blocks anything', () => {
    const history = [...openWithRepair(), odometerReported('r-1', '2024-03-15', 31500)];
    givenCase(history)
      .when(voidReading())
      .then([{ type: 'OdometerReadingVoided', data: voidReading().data }]);
    const next = {
      type: 'RecordRepairAttempt' as const,
      data: repairData({
        repairAttemptId: 'ra-2',
        repairOrderNumber: 'RO-2',
        dateIn: '2024-04-02',
        dateOut: undefined,
        mileageIn: 4100,
        mileageOut: undefined,
      }),
    };
    givenCase(history).when(next).thenThrows('rule_violation', 'is below 31,500', 'mileageIn');
    givenCase([...history, { type: 'OdometerReadingVoided', data: voidReading().data }])
      .when(next)
      .then([{ type: 'RepairAttemptRecorded', data: next.data }]);
    const state = foldCase([...history, { type: 'OdometerReadingVoided', data: voidReading().data }]);
    expect(state.status !== 'none' && state.odometerReadings.get('r-1')?.trail.voided).toEqual({
      eventId: '#6',
      reason: 'Entered 91,500 for 9,150',
    });
  });

  it('refuses a second void, an unknown reading and a blank reason', () => {
    const history = [...openWithRepair(), odometerReported('r-1', '2024-03-15', 31500)];
    givenCase([...history, { type: 'OdometerReadingVoided', data: voidReading().data }])
      .when(voidReading())
      .thenThrows('rule_violation', 'odometer reading r-1 was already voided', 'readingId');
    givenCase(openWithRepair()).when(voidReading()).thenThrows('rule_violation', 'there is no odometer reading r-1', 'readingId');
    givenCase(history).when(voidReading('')).thenThrows('rule_violation', 'the reason for voiding must not be blank', 'reason');
  });
});
