import type { CaseEvent } from './case.events';
import { foldCase } from './case.state';
import { givenCase, odometerReported, openWithRepair, secondRepairRecorded } from './case.spec-helpers';

/** 31,500 typed on 2024-03-15 for 3,150 (the car had 2,412 miles on 2024-02-27). */
const typo = (): CaseEvent => odometerReported('r-1', '2024-03-15', 31500);
const secondRepair = () => ({
  type: 'RecordRepairAttempt' as const,
  data: (secondRepairRecorded() as Extract<CaseEvent, { type: 'RepairAttemptRecorded' }>).data,
});
const correction = (mileage = 3150) => ({
  type: 'CorrectOdometerReading' as const,
  data: { readingId: 'r-1', readOn: '2024-03-15', mileage, source: 'client photo', correctionReason: 'Typed 31,500 for 3,150' },
});

describe('correct-odometer-reading', () => {
  it('corrects a typo, after which the case goes on: the next repair is judged on the corrected history', () => {
    givenCase([...openWithRepair(), typo()])
      .when(secondRepair())
      .thenThrows(
        'rule_violation',
        'mileage in 4,100 on 2024-04-02 is below 31,500 recorded on 2024-03-15 (odometer reading r-1 (client photo))',
        'mileageIn',
      );
    givenCase([...openWithRepair(), typo()])
      .when(correction())
      .then([{ type: 'OdometerReadingCorrected', data: correction().data }]);
    givenCase([...openWithRepair(), typo(), { type: 'OdometerReadingCorrected', data: correction().data }])
      .when(secondRepair())
      .then([secondRepairRecorded()]);
  });

  it('judges the corrected figure against every other fact, not against its own mistaken one', () => {
    givenCase([...openWithRepair(), typo()])
      .when(correction(2300))
      .thenThrows('rule_violation', 'odometer 2,300 on 2024-03-15 is below 2,412 recorded on 2024-02-27', 'mileage');
  });

  it('refuses an implausible corrected figure unless confirmed', () => {
    const implausible = correction(60000);
    givenCase([...openWithRepair(), typo()])
      .when(implausible)
      .thenThrows(
        'implausible_mileage',
        'odometer 60,000 on 2024-03-15 means 3,388 miles a day since 2,412 recorded on 2024-02-27',
        'mileage',
      );
    givenCase([...openWithRepair(), typo()])
      .when({ ...implausible, confirm: { confirmImplausible: true } })
      .then([{ type: 'OdometerReadingCorrected', data: implausible.data }]);
  });

  it('needs a reading on record, not voided, and a reason', () => {
    givenCase(openWithRepair())
      .when(correction())
      .thenThrows('rule_violation', 'there is no odometer reading r-1 on this case', 'readingId');
    givenCase([...openWithRepair(), typo(), { type: 'OdometerReadingVoided', data: { readingId: 'r-1', reason: 'typo' } }])
      .when(correction())
      .thenThrows('rule_violation', 'odometer reading r-1 was voided and cannot be corrected', 'readingId');
    givenCase([...openWithRepair(), typo()])
      .when({ ...correction(), data: { ...correction().data, correctionReason: ' ' } })
      .thenThrows('rule_violation', 'the reason for the correction must not be blank', 'correctionReason');
  });

  it('keeps the original in the case file beside its correction', () => {
    const state = foldCase([...openWithRepair(), typo(), { type: 'OdometerReadingCorrected', data: correction().data }]);
    if (state.status === 'none') throw new Error('expected a case');
    expect(state.odometerReadings.get('r-1')).toMatchObject({
      mileage: 3150,
      trail: { recordedEventId: '#5', currentEventId: '#6', corrections: [{ eventId: '#6', reason: 'Typed 31,500 for 3,150' }] },
    });
    expect(state.odometerFacts.filter((f) => f.origin.kind === 'reading').map((f) => f.mileage)).toEqual([3150]);
  });
});
