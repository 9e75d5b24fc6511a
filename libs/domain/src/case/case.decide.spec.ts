import type { CaseCommand, ReportOdometer, ResolveCase } from './case.commands';
import { foldCase } from './case.state';
import { decideCase } from './case.decide';
import {
  BRAKES,
  DELIVERY_DATE,
  TODAY,
  brakesReported,
  caseOpened,
  caseResolved,
  givenCase,
  intervalData,
  openCaseData,
  openWithRepair,
  repairData,
  today,
} from './case.spec-helpers';

/** One valid command of every type except OpenCase, for the lifecycle checks. */
const everyCommandButOpenCase: CaseCommand[] = [
  { type: 'ReportNonconformity', data: { nonconformityId: 'nc-x', description: 'Transmission slips', safetyCritical: true } },
  { type: 'RecordRepairAttempt', data: repairData({ dateIn: '2024-09-03', dateOut: '2024-09-05', mileageIn: 9000, mileageOut: 9010 }) },
  { type: 'CorrectRepairAttempt', data: { ...repairData(), correctionReason: 'typo in RO' } },
  { type: 'VoidRepairAttempt', data: { repairAttemptId: 'ra-1', reason: 'duplicate entry' } },
  { type: 'RecordOutOfService', data: intervalData({ from: '2024-09-03', to: '2024-09-05' }) },
  { type: 'CorrectOutOfService', data: { ...intervalData(), correctionReason: 'wrong end date' } },
  { type: 'VoidOutOfService', data: { intervalId: 'oos-1', reason: 'duplicate entry' } },
  { type: 'ReportOdometer', data: { readingId: 'r-9', readOn: '2024-09-20', mileage: 9500 } },
  { type: 'NotifyManufacturer', data: { noticeId: 'n-1', sentOn: '2024-09-04', method: 'certified_mail', nonconformityIds: [BRAKES] } },
  { type: 'OfferFinalRepairOpportunity', data: { opportunityId: 'op-1', offeredOn: '2024-09-10', nonconformityIds: [BRAKES] } },
  { type: 'CompleteFinalRepairOpportunity', data: { opportunityId: 'op-1', completedOn: '2024-09-12', outcome: 'fixed' } },
  { type: 'FileDisputeClaim', data: { claimId: 'c-9', program: 'BBB_AUTO_LINE', filedOn: '2024-09-10', manufacturerContactedFirst: true } },
  { type: 'RequestDisputeInspection', data: { claimId: 'c-1', requestedOn: '2024-09-11', additionalDays: 10 } },
  { type: 'IssueDisputeDecision', data: { claimId: 'c-1', decidedOn: '2024-09-12', award: 'repair' } },
  { type: 'AcceptDisputeDecision', data: { claimId: 'c-1', acceptedOn: '2024-09-13' } },
  { type: 'RejectDisputeDecision', data: { claimId: 'c-1', rejectedOn: '2024-09-13' } },
  { type: 'RecordManufacturerCompliance', data: { claimId: 'c-1', compliedOn: '2024-09-14' } },
  { type: 'ResolveCase', data: { resolvedOn: '2024-09-15', resolution: 'settlement', amount: 25000 } },
  { type: 'AddNote', data: { noteId: 'note-1', text: 'Client prefers email.' } },
];

describe('decideCase', () => {
  describe('when no case exists', () => {
    it('opens the case', () => {
      givenCase([])
        .when({ type: 'OpenCase', data: openCaseData() })
        .then([{ type: 'CaseOpened', data: openCaseData() }]);
    });

    it('accepts a delivery today and a model year two years ahead of delivery', () => {
      const data = openCaseData();
      const command: CaseCommand = {
        type: 'OpenCase',
        data: { ...data, vehicle: { ...data.vehicle, modelYear: 2026 }, acquisition: { ...data.acquisition, deliveryDate: TODAY } },
      };
      givenCase([])
        .when(command)
        .then([{ type: 'CaseOpened', data: command.data }]);
    });

    it.each([
      [
        'acquisition.deliveryDate',
        { acquisition: { ...openCaseData().acquisition, deliveryDate: '2024-10-01' } },
        'delivery date 2024-10-01 is in the future (today is 2024-09-30)',
      ],
      [
        'acquisition.odometerAtDelivery',
        { acquisition: { ...openCaseData().acquisition, odometerAtDelivery: -5 } },
        'odometer at delivery -5 cannot be negative',
      ],
      ['warranty.months', { warranty: { months: 0, miles: 50000 } }, 'warranty term of 0 months must be positive'],
      ['warranty.miles', { warranty: { months: 48, miles: -1 } }, 'warranty term of -1 miles must be positive'],
      [
        'vehicle.modelYear',
        { vehicle: { ...openCaseData().vehicle, modelYear: 2027 } },
        'model year 2027 is implausible for a vehicle delivered on 2024-01-10',
      ],
      [
        'acquisition.deliveryDate',
        { acquisition: { ...openCaseData().acquisition, deliveryDate: '2024-02-30' } },
        '"2024-02-30" is not a calendar date',
      ],
    ])('refuses to open a case with an impossible %s', (field, override, message) => {
      givenCase([])
        .when({ type: 'OpenCase', data: { ...openCaseData(), ...override } })
        .thenThrows('rule_violation', message, field);
    });

    it.each(everyCommandButOpenCase.map((command) => [command.type, command] as const))(
      'refuses %s with case_not_found',
      (type, command) => {
        givenCase([]).when(command).thenThrows('case_not_found', `open the case before ${type}`);
      },
    );
  });

  describe('when the case is open', () => {
    it('refuses to open it again', () => {
      givenCase([caseOpened()])
        .when({ type: 'OpenCase', data: openCaseData() })
        .thenThrows('case_already_exists', `case ${openCaseData().caseId} already exists`, 'caseId');
    });

    it('adds a note', () => {
      const data = { noteId: 'note-1', text: 'Client reports the brake light again on the freeway.' };
      givenCase([caseOpened()])
        .when({ type: 'AddNote', data })
        .then([{ type: 'NoteAdded', data }]);
    });

    describe('ReportNonconformity', () => {
      const data = {
        nonconformityId: 'nc-trans',
        description: 'Harsh 2-3 upshift',
        safetyCritical: false,
        firstReportedOn: '2024-03-01',
        mileage: 3000,
      };

      it('records the nonconformity', () => {
        givenCase(openWithRepair())
          .when({ type: 'ReportNonconformity', data })
          .then([{ type: 'NonconformityReported', data }]);
      });

      it('accepts a nonconformity without a date or mileage', () => {
        const bare = { nonconformityId: 'nc-trans', description: 'Harsh 2-3 upshift', safetyCritical: false };
        givenCase([caseOpened()])
          .when({ type: 'ReportNonconformity', data: bare })
          .then([{ type: 'NonconformityReported', data: bare }]);
      });

      it('refuses a reused nonconformity id', () => {
        givenCase([caseOpened(), brakesReported()])
          .when({ type: 'ReportNonconformity', data: { ...data, nonconformityId: BRAKES } })
          .thenThrows('rule_violation', 'nonconformity nc-brakes already exists', 'nonconformityId');
      });

      it('refuses a first-reported date in the future', () => {
        givenCase([caseOpened()])
          .when({ type: 'ReportNonconformity', data: { ...data, firstReportedOn: '2024-10-02' } })
          .thenThrows('rule_violation', 'first-reported date 2024-10-02 is in the future', 'firstReportedOn');
      });

      it('refuses a mileage the odometer history contradicts', () => {
        givenCase(openWithRepair())
          .when({ type: 'ReportNonconformity', data: { ...data, firstReportedOn: '2024-03-01', mileage: 2300 } })
          .thenThrows(
            'rule_violation',
            'mileage 2,300 on 2024-03-01 is below 2,412 recorded on 2024-02-27 (repair attempt RO-1)',
            'mileage',
          );
      });
    });

    describe('ReportOdometer', () => {
      const reading = (readOn: string, mileage: number): ReportOdometer => ({
        type: 'ReportOdometer',
        data: { readingId: 'r-2', readOn, mileage, source: 'dealer invoice' },
      });

      it('records a reading consistent with the history', () => {
        const command = reading('2024-03-02', 2900);
        givenCase(openWithRepair())
          .when(command)
          .then([{ type: 'OdometerReported', data: command.data }]);
      });

      it('accepts a different mileage on the same day as another fact', () => {
        givenCase(openWithRepair())
          .when(reading('2024-02-27', 2405))
          .then([{ type: 'OdometerReported', data: reading('2024-02-27', 2405).data }]);
      });

      it('refuses a reading below an earlier fact, naming it', () => {
        givenCase(openWithRepair())
          .when(reading('2024-03-02', 2399))
          .thenThrows(
            'rule_violation',
            'odometer 2,399 on 2024-03-02 is below 2,412 recorded on 2024-02-27 (repair attempt RO-1)',
            'mileage',
          );
      });

      it('refuses a reading above a later fact, naming it', () => {
        givenCase(openWithRepair())
          .when(reading('2024-02-15', 2500))
          .thenThrows(
            'rule_violation',
            'odometer 2,500 on 2024-02-15 is above 2,400 recorded later, on 2024-02-20 (repair attempt RO-1)',
            'mileage',
          );
      });

      it('refuses a reading below the odometer at delivery, even on the delivery day', () => {
        givenCase([caseOpened()])
          .when(reading(DELIVERY_DATE, 5))
          .thenThrows('rule_violation', 'odometer 5 on 2024-01-10 is below 12 recorded on 2024-01-10 (delivery)', 'mileage');
      });

      it('refuses a reading in the future', () => {
        givenCase([caseOpened()])
          .when(reading('2024-10-01', 9000))
          .thenThrows('rule_violation', 'odometer reading date 2024-10-01 is in the future', 'readOn');
      });

      it('refuses a reused reading id', () => {
        givenCase([caseOpened(), { type: 'OdometerReported', data: { readingId: 'r-2', readOn: '2024-02-01', mileage: 900 } }])
          .when(reading('2024-03-02', 2900))
          .thenThrows('rule_violation', 'odometer reading r-2 already exists', 'readingId');
      });
    });

    describe('ResolveCase', () => {
      const resolve = (resolvedOn: string): ResolveCase => ({
        type: 'ResolveCase',
        data: { resolvedOn, resolution: 'settlement', amount: 25000, summary: 'Cash and keep' },
      });

      it('resolves the case', () => {
        givenCase(openWithRepair())
          .when(resolve(TODAY))
          .then([{ type: 'CaseResolved', data: resolve(TODAY).data }]);
      });

      it('refuses a resolution in the future', () => {
        givenCase([caseOpened()])
          .when(resolve('2024-10-01'))
          .thenThrows('rule_violation', 'resolution date 2024-10-01 is in the future', 'resolvedOn');
      });

      it('refuses a resolution before delivery', () => {
        givenCase([caseOpened()])
          .when(resolve('2024-01-09'))
          .thenThrows('rule_violation', 'resolution date 2024-01-09 is before the vehicle was delivered on 2024-01-10', 'resolvedOn');
      });
    });
  });

  describe('when the case is resolved', () => {
    const resolvedCase = () => [...openWithRepair(), caseResolved()];

    it.each(everyCommandButOpenCase.filter((c) => c.type !== 'AddNote').map((command) => [command.type, command] as const))(
      'refuses %s',
      (_type, command) => {
        givenCase(resolvedCase())
          .when(command)
          .thenThrows('rule_violation', 'case is resolved (repurchase on 2024-09-02); no further changes are accepted');
      },
    );

    it('still accepts notes', () => {
      const data = { noteId: 'note-2', text: 'Repurchase check received by client.' };
      givenCase(resolvedCase())
        .when({ type: 'AddNote', data })
        .then([{ type: 'NoteAdded', data }]);
    });

    it('refuses to open it again', () => {
      givenCase(resolvedCase())
        .when({ type: 'OpenCase', data: openCaseData() })
        .thenThrows('case_already_exists', 'already exists', 'caseId');
    });
  });

  it('is pure: the same input gives the same events and leaves the state untouched', () => {
    const state = foldCase(openWithRepair());
    const snapshot = JSON.stringify([...(state.status === 'none' ? [] : state.odometerFacts)]);
    const command: CaseCommand = { type: 'ReportOdometer', data: { readingId: 'r-5', readOn: '2024-05-01', mileage: 5000 } };
    expect(decideCase(command, state, today)).toEqual(decideCase(command, state, today));
    expect(JSON.stringify([...(state.status === 'none' ? [] : state.odometerFacts)])).toBe(snapshot);
  });
});
