import type {
  CaseCommand,
  CorrectOutOfService,
  CorrectRepairAttempt,
  RecordOutOfService,
  RecordRepairAttempt,
  VoidOutOfService,
  VoidRepairAttempt,
} from './case.commands';
import type { OutOfServiceFields, RepairAttemptFields } from './case.events';
import {
  BRAKES,
  INFOTAINMENT,
  brakesReported,
  caseOpened,
  givenCase,
  intervalData,
  intervalRecorded,
  odometerReported,
  openWithRepair,
  repairData,
  secondRepairRecorded,
} from './case.spec-helpers';

const record = (overrides: Partial<RepairAttemptFields> & { repairAttemptId?: string } = {}): RecordRepairAttempt => ({
  type: 'RecordRepairAttempt',
  data: {
    ...repairData({ repairOrderNumber: 'RO-2', dateIn: '2024-04-02', dateOut: '2024-04-19', mileageIn: 4100, mileageOut: 4115 }),
    repairAttemptId: 'ra-2',
    ...overrides,
  },
});
const correct = (
  overrides: Partial<RepairAttemptFields> & { correctionReason?: string; repairAttemptId?: string } = {},
): CorrectRepairAttempt => ({
  type: 'CorrectRepairAttempt',
  data: { ...repairData(), correctionReason: 'Mileage copied from the wrong line of RO-1', ...overrides },
});
const voidAttempt = (repairAttemptId = 'ra-1', reason = 'Entered twice'): VoidRepairAttempt => ({
  type: 'VoidRepairAttempt',
  data: { repairAttemptId, reason },
});

describe('repair history', () => {
  describe('when the case is open with a reported nonconformity', () => {
    const history = () => openWithRepair();

    it('records a repair attempt', () => {
      const command = record();
      givenCase(history())
        .when(command)
        .then([{ type: 'RepairAttemptRecorded', data: command.data }]);
    });

    it('records a repair still in the shop (no date or mileage out)', () => {
      const command = record({ dateOut: undefined, mileageOut: undefined, outcome: 'parts_on_order' });
      givenCase(history())
        .when(command)
        .then([{ type: 'RepairAttemptRecorded', data: command.data }]);
    });

    it('records a repair in and out on the same day', () => {
      const command = record({ dateIn: '2024-04-02', dateOut: '2024-04-02', mileageIn: 4100, mileageOut: 4100 });
      givenCase(history())
        .when(command)
        .then([{ type: 'RepairAttemptRecorded', data: command.data }]);
    });

    it.each<[string, Partial<RepairAttemptFields>, string]>([
      ['dateIn', { dateIn: '2024-10-01', dateOut: undefined }, 'repair date in 2024-10-01 is in the future (today is 2024-09-30)'],
      ['dateOut', { dateOut: '2024-10-03' }, 'repair date out 2024-10-03 is in the future'],
      ['dateOut', { dateOut: '2024-04-01' }, 'repair date out 2024-04-01 is before the vehicle was brought in on 2024-04-02'],
      ['mileageOut', { mileageOut: 4099 }, 'mileage out 4,099 is below mileage in 4,100'],
      ['dateIn', { dateIn: '2024-01-09' }, 'repair date in 2024-01-09 is before the vehicle was delivered on 2024-01-10'],
      ['nonconformityIds', { nonconformityIds: [] }, 'must name at least one reported nonconformity'],
      ['nonconformityIds', { nonconformityIds: [BRAKES, 'nc-ghost'] }, 'unknown nonconformity "nc-ghost"'],
      ['mileageIn', { mileageIn: 2300 }, 'mileage in 2,300 on 2024-04-02 is below 2,412 recorded on 2024-02-27 (repair attempt RO-1)'],
      [
        'mileageIn',
        { dateIn: '2024-02-10', dateOut: '2024-02-11', mileageIn: 2500, mileageOut: 2510 },
        'mileage in 2,500 on 2024-02-10 is above 2,140 recorded later, on 2024-02-12 (nonconformity nc-brakes)',
      ],
      [
        'mileageIn',
        { dateIn: '2024-01-15', dateOut: '2024-01-16', mileageIn: 10, mileageOut: 20 },
        'mileage in 10 on 2024-01-15 is below 12 recorded on 2024-01-10 (delivery)',
      ],
      ['dateIn', { dateIn: '2024-04-31' }, 'dateIn "2024-04-31" is not a calendar date'],
    ])('refuses an impossible %s', (field, overrides, message) => {
      givenCase(history()).when(record(overrides)).thenThrows('rule_violation', message, field);
    });

    it('refuses a mileage out contradicted by a later odometer reading', () => {
      givenCase([...history(), odometerReported('r-1', '2024-05-15', 5020)])
        .when(record({ mileageOut: 5100 }))
        .thenThrows(
          'rule_violation',
          'mileage out 5,100 on 2024-04-19 is above 5,020 recorded later, on 2024-05-15 (odometer reading r-1 (client photo))',
          'mileageOut',
        );
    });

    it('refuses a reused repair attempt id', () => {
      givenCase(history())
        .when(record({ repairAttemptId: 'ra-1' }))
        .thenThrows('rule_violation', 'repair attempt ra-1 already exists', 'repairAttemptId');
    });

    it.each<[string, CaseCommand]>([
      ['correct', correct({ repairAttemptId: 'ra-9' })],
      ['void', voidAttempt('ra-9')],
    ])('refuses to %s an unknown repair attempt', (_action, command) => {
      givenCase(history()).when(command).thenThrows('rule_violation', 'there is no repair attempt ra-9 on this case', 'repairAttemptId');
    });
  });

  describe('when a repair attempt is recorded', () => {
    const history = () => [...openWithRepair(), secondRepairRecorded()];

    it('corrects it', () => {
      const command = correct({ mileageIn: 2398, mileageOut: 2411 });
      givenCase(history())
        .when(command)
        .then([{ type: 'RepairAttemptCorrected', data: command.data }]);
    });

    it('lets a correction move its own facts freely (its old mileage does not constrain it)', () => {
      const command = correct({ dateIn: '2024-02-21', dateOut: '2024-02-28', mileageIn: 2300, mileageOut: 2310 });
      givenCase(history())
        .when(command)
        .then([{ type: 'RepairAttemptCorrected', data: command.data }]);
    });

    it('voids it', () => {
      givenCase(history())
        .when(voidAttempt())
        .then([{ type: 'RepairAttemptVoided', data: { repairAttemptId: 'ra-1', reason: 'Entered twice' } }]);
    });

    it.each([
      ['correctionReason', correct({ correctionReason: '   ' }), 'the reason for the correction must not be blank'],
      ['reason', voidAttempt('ra-1', ''), 'the reason for voiding must not be blank'],
    ])('refuses a blank %s', (field, command, message) => {
      givenCase(history()).when(command).thenThrows('rule_violation', message, field);
    });

    it.each<[string, Partial<RepairAttemptFields>, string]>([
      ['dateIn', { dateIn: '2024-10-01', dateOut: undefined }, 'repair date in 2024-10-01 is in the future'],
      ['dateOut', { dateOut: '2024-02-19' }, 'repair date out 2024-02-19 is before the vehicle was brought in on 2024-02-20'],
      ['mileageOut', { mileageOut: 2399 }, 'mileage out 2,399 is below mileage in 2,400'],
      ['dateIn', { dateIn: '2023-12-31' }, 'is before the vehicle was delivered on 2024-01-10'],
      ['nonconformityIds', { nonconformityIds: [] }, 'at least one reported nonconformity'],
      ['nonconformityIds', { nonconformityIds: [INFOTAINMENT, 'nc-ghost'] }, 'unknown nonconformity "nc-ghost"'],
      [
        'mileageOut',
        { mileageOut: 4200 },
        'mileage out 4,200 on 2024-02-27 is above 4,100 recorded later, on 2024-04-02 (repair attempt RO-2)',
      ],
    ])('re-checks the recording rules on correction: impossible %s', (field, overrides, message) => {
      givenCase(history()).when(correct(overrides)).thenThrows('rule_violation', message, field);
    });
  });

  describe('when a repair attempt was voided', () => {
    const history = () => [
      ...openWithRepair(),
      { type: 'RepairAttemptVoided' as const, data: { repairAttemptId: 'ra-1', reason: 'Wrong vehicle' } },
    ];

    it('refuses to correct it', () => {
      givenCase(history())
        .when(correct())
        .thenThrows('rule_violation', 'repair attempt ra-1 (repair order RO-1) was voided and cannot be corrected', 'repairAttemptId');
    });

    it('refuses to void it again', () => {
      givenCase(history())
        .when(voidAttempt())
        .thenThrows('rule_violation', 'repair attempt ra-1 (repair order RO-1) was already voided', 'repairAttemptId');
    });

    it('no longer constrains the odometer with its mileage', () => {
      const command = record({ dateIn: '2024-03-01', dateOut: '2024-03-02', mileageIn: 2200, mileageOut: 2210 });
      givenCase(history())
        .when(command)
        .then([{ type: 'RepairAttemptRecorded', data: command.data }]);
    });
  });

  describe('out-of-service intervals', () => {
    const recordInterval = (overrides: Partial<OutOfServiceFields> = {}): RecordOutOfService => ({
      type: 'RecordOutOfService',
      data: intervalData(overrides),
    });
    const correctInterval = (overrides: Partial<OutOfServiceFields> = {}): CorrectOutOfService => ({
      type: 'CorrectOutOfService',
      data: { ...intervalData(overrides), correctionReason: 'Dealer invoice shows pickup on the 28th' },
    });
    const voidInterval = (intervalId = 'oos-1', reason = 'Duplicate'): VoidOutOfService => ({
      type: 'VoidOutOfService',
      data: { intervalId, reason },
    });

    describe('when the case is open', () => {
      it('records an interval with days beyond the manufacturer’s control', () => {
        const command = recordInterval({ excludedDays: ['2024-02-22', '2024-02-23'], reason: 'Parts held up by port strike' });
        givenCase([caseOpened(), brakesReported()])
          .when(command)
          .then([{ type: 'OutOfServiceRecorded', data: command.data }]);
      });

      it.each<[string, Partial<OutOfServiceFields>, string]>([
        ['from', { from: '2024-10-01', to: '2024-10-02' }, 'out-of-service start 2024-10-01 is in the future'],
        ['to', { to: '2024-10-01' }, 'out-of-service end 2024-10-01 is in the future'],
        ['to', { from: '2024-02-20', to: '2024-02-19' }, 'out-of-service end 2024-02-19 is before its start on 2024-02-20'],
        ['from', { from: '2024-01-08' }, 'out-of-service start 2024-01-08 is before the vehicle was delivered on 2024-01-10'],
        [
          'excludedDays',
          { excludedDays: ['2024-02-28'] },
          'excluded day 2024-02-28 is outside the out-of-service interval 2024-02-20 to 2024-02-27',
        ],
        ['excludedDays', { excludedDays: ['2024-02-19'] }, 'excluded day 2024-02-19 is outside'],
        ['excludedDays', { excludedDays: ['2024-02-22', '2024-02-22'] }, 'excluded day 2024-02-22 is listed more than once'],
      ])('refuses an impossible %s', (field, overrides, message) => {
        givenCase([caseOpened()]).when(recordInterval(overrides)).thenThrows('rule_violation', message, field);
      });

      it.each<[string, CaseCommand]>([
        ['correct', correctInterval()],
        ['void', voidInterval()],
      ])('refuses to %s an unknown interval', (_action, command) => {
        givenCase([caseOpened()])
          .when(command)
          .thenThrows('rule_violation', 'there is no out-of-service interval oos-1 on this case', 'intervalId');
      });
    });

    describe('when an interval is recorded', () => {
      const history = () => [caseOpened(), intervalRecorded()];

      it('refuses a reused interval id', () => {
        givenCase(history())
          .when(recordInterval())
          .thenThrows('rule_violation', 'out-of-service interval oos-1 already exists', 'intervalId');
      });

      it('corrects it', () => {
        const command = correctInterval({ to: '2024-02-28' });
        givenCase(history())
          .when(command)
          .then([{ type: 'OutOfServiceCorrected', data: command.data }]);
      });

      it('re-checks the recording rules on correction', () => {
        givenCase(history())
          .when(correctInterval({ to: '2024-02-18' }))
          .thenThrows('rule_violation', 'out-of-service end 2024-02-18 is before its start', 'to');
      });

      it('refuses a blank correction reason', () => {
        givenCase(history())
          .when({ type: 'CorrectOutOfService', data: { ...intervalData(), correctionReason: '' } })
          .thenThrows('rule_violation', 'the reason for the correction must not be blank', 'correctionReason');
      });

      it('voids it', () => {
        givenCase(history())
          .when(voidInterval())
          .then([{ type: 'OutOfServiceVoided', data: { intervalId: 'oos-1', reason: 'Duplicate' } }]);
      });

      it('refuses a blank void reason', () => {
        givenCase(history())
          .when(voidInterval('oos-1', ' '))
          .thenThrows('rule_violation', 'the reason for voiding must not be blank', 'reason');
      });
    });

    describe('when an interval was voided', () => {
      const history = () => [
        caseOpened(),
        intervalRecorded(),
        { type: 'OutOfServiceVoided' as const, data: { intervalId: 'oos-1', reason: 'Duplicate' } },
      ];

      it('refuses to correct it', () => {
        givenCase(history())
          .when(correctInterval())
          .thenThrows('rule_violation', 'out-of-service interval oos-1 was voided and cannot be corrected', 'intervalId');
      });

      it('refuses to void it again', () => {
        givenCase(history())
          .when(voidInterval())
          .thenThrows('rule_violation', 'out-of-service interval oos-1 was already voided', 'intervalId');
      });
    });
  });
});
