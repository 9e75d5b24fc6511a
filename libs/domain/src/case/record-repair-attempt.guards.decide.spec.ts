import type { CaseEvent } from './case.events';
import { givenCase, odometerReported, openWithRepair, repairData } from './case.spec-helpers';
import { DomainError } from '../shared/domain-error';

const another = (overrides: Parameters<typeof repairData>[0] = {}) =>
  repairData({
    repairAttemptId: 'ra-2',
    repairOrderNumber: 'RO-2',
    dateIn: '2024-04-02',
    dateOut: '2024-04-19',
    mileageIn: 4100,
    mileageOut: 4115,
    ...overrides,
  });
const record = (data: ReturnType<typeof repairData>, confirm?: { confirmDuplicate?: boolean; confirmImplausible?: boolean }) => ({
  type: 'RecordRepairAttempt' as const,
  data,
  ...(confirm ? { confirm } : {}),
});

describe('record-repair-attempt: guards at entry (issue 10 §3)', () => {
  describe('the same repair order twice', () => {
    it('is refused by repair order number, naming the attempt already on record', () => {
      const error = givenCase(openWithRepair())
        .when(record(another({ repairOrderNumber: ' ro-1 ' })))
        .thenThrows('duplicate_repair_order', 'repair attempt ra-1 already has the same repair order number', 'repairOrderNumber');
      expect(error.details).toEqual({ existingRepairAttemptId: 'ra-1' });
    });

    it('is refused by dealer, date in and the same defects when the number differs or is missing', () => {
      givenCase(openWithRepair())
        .when(
          record(
            another({
              repairOrderNumber: undefined,
              dealer: 'PACIFIC BMW, Glendale',
              dateIn: '2024-02-20',
              dateOut: '2024-02-27',
              mileageIn: 2400,
              mileageOut: 2412,
            }),
          ),
        )
        .thenThrows('duplicate_repair_order', 'dealer PACIFIC BMW, Glendale, date in 2024-02-20 and the same nonconformities', 'dateIn');
    });

    it('is accepted when the user confirms it is another visit', () => {
      const data = another({ repairOrderNumber: 'RO-1' });
      givenCase(openWithRepair())
        .when(record(data, { confirmDuplicate: true }))
        .then([{ type: 'RepairAttemptRecorded', data }]);
    });

    it('does not count a voided attempt, nor an attempt against itself when corrected', () => {
      const voided: CaseEvent = { type: 'RepairAttemptVoided', data: { repairAttemptId: 'ra-1', reason: 'wrong case' } };
      const data = another({ repairOrderNumber: 'RO-1' });
      givenCase([...openWithRepair(), voided])
        .when(record(data))
        .then([{ type: 'RepairAttemptRecorded', data }]);
      const correction = { ...repairData({ mileageOut: 2413 }), correctionReason: 'mileage out was 2,413' };
      givenCase(openWithRepair())
        .when({ type: 'CorrectRepairAttempt', data: correction })
        .then([{ type: 'RepairAttemptCorrected', data: correction }]);
    });
  });

  describe('an implausible mileage (default bound 1,000 miles a day)', () => {
    // 2,412 on 2024-02-27; 40,000 on 2024-04-02 is 1,074 miles a day over 35 days.
    const far = another({ mileageIn: 40000, mileageOut: 40010 });

    it('is refused with a message naming the readings compared', () => {
      givenCase(openWithRepair())
        .when(record(far))
        .thenThrows(
          'implausible_mileage',
          'mileage in 40,000 on 2024-04-02 means 1,074 miles a day since 2,412 recorded on 2024-02-27 (repair attempt RO-1), more than the plausible 1,000 a day',
          'mileageIn',
        );
    });

    it('is accepted when confirmed, or under a higher configured bound', () => {
      givenCase(openWithRepair())
        .when(record(far, { confirmImplausible: true }))
        .then([{ type: 'RepairAttemptRecorded', data: far }]);
      givenCase(openWithRepair())
        .when(record(far), { today: '2024-09-30', implausibleMilesPerDay: 1500 })
        .then([{ type: 'RepairAttemptRecorded', data: far }]);
    });

    it('also judges a later fact: a reading far below the next one is implausible', () => {
      // 2,500 on 2024-04-01, then 60,000 on 2024-05-02: 1,855 miles a day in between.
      givenCase([...openWithRepair(), odometerReported('r-9', '2024-05-02', 60000)])
        .when({ type: 'ReportOdometer', data: { readingId: 'r-1', readOn: '2024-04-01', mileage: 2500 } })
        .thenThrows(
          'implausible_mileage',
          'odometer 2,500 on 2024-04-01 means 1,855 miles a day until 60,000 recorded on 2024-05-02',
          'mileage',
        );
    });

    it('refuses mileage out far beyond mileage in over the days in the shop', () => {
      givenCase(openWithRepair())
        .when(record(another({ mileageOut: 40000 })))
        .thenThrows(
          'implausible_mileage',
          'mileage out 40,000 on 2024-04-19 means 2,112 miles a day since 4,100 recorded on 2024-04-02',
          'mileageOut',
        );
    });

    it('is not a guard against going backwards: that stays a rule violation, whatever is confirmed', () => {
      const backwards = another({ mileageIn: 2000, mileageOut: 2010 });
      expect(() =>
        givenCase(openWithRepair())
          .when(record(backwards, { confirmImplausible: true }))
          .then([]),
      ).toThrow(DomainError);
    });
  });
});
