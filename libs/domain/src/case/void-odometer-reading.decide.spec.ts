import { foldCaseFile } from './case.state';
import { BRAKES, caseHistory, givenCase } from './case.spec-helpers';

/** The fixture case with its first repair (2,412 miles on 2024-02-27), then 31,500 typed for 3,150 on 2024-03-15. */
const withTypo = () =>
  caseHistory()
    .nonconformity(BRAKES, { safetyCritical: true, description: 'Brake warning light', firstReportedOn: '2024-02-12', mileage: 2140 })
    .repair('ra-1', {
      repairOrderNumber: 'RO-1',
      dateIn: '2024-02-20',
      dateOut: '2024-02-27',
      mileageIn: 2400,
      mileageOut: 2412,
      nc: BRAKES,
    })
    .odometer('2024-03-15', 31500, 'r-1');
const voidIt = (reason = 'Entered 31,500 for 3,150') => ({ type: 'VoidOdometerReading' as const, data: { readingId: 'r-1', reason } });
const nextRepair = {
  type: 'RecordRepairAttempt' as const,
  data: {
    repairAttemptId: 'ra-2',
    repairOrderNumber: 'RO-2',
    dateIn: '2024-04-02',
    mileageIn: 4100,
    nonconformityIds: [BRAKES],
    outcome: 'not_fixed' as const,
  },
};

describe('void-odometer-reading', () => {
  it('voids a reading, whose mileage then no longer blocks anything', () => {
    givenCase(withTypo())
      .when(voidIt())
      .then([{ type: 'OdometerReadingVoided', data: voidIt().data }]);
    givenCase(withTypo()).when(nextRepair).thenThrows('rule_violation', 'is below 31,500', 'mileageIn');
    const voided = withTypo().voidOdometer('r-1', 'Entered 31,500 for 3,150');
    givenCase(voided)
      .when(nextRepair)
      .then([{ type: 'RepairAttemptRecorded', data: nextRepair.data }]);
    const state = foldCaseFile(voided.envelopes);
    expect(state.status !== 'none' && state.odometerReadings.get('r-1')?.trail.voided).toEqual({
      eventId: '#5',
      reason: 'Entered 31,500 for 3,150',
    });
  });

  it('refuses a second void, an unknown reading and a blank reason', () => {
    givenCase(withTypo().voidOdometer('r-1'))
      .when(voidIt())
      .thenThrows('rule_violation', 'odometer reading r-1 was already voided', 'readingId');
    givenCase(caseHistory()).when(voidIt()).thenThrows('rule_violation', 'there is no odometer reading r-1', 'readingId');
    givenCase(withTypo()).when(voidIt('')).thenThrows('rule_violation', 'the reason for voiding must not be blank', 'reason');
  });
});
