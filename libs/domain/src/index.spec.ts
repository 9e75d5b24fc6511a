import {
  CASE_EVENT_TYPES,
  DomainError,
  caseDecider,
  envelopesOf,
  foldEvents,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type DecisionContext,
} from '@lemon/domain';
import { BRAKES, openCaseData } from './case/case.spec-helpers';

/** A whole case, told as commands, each decided against the history folded so far. */
const story: [CaseCommand, DecisionContext][] = [
  [{ type: 'OpenCase', data: openCaseData() }, { today: '2024-02-01' }],
  [
    {
      type: 'ReportNonconformity',
      data: {
        nonconformityId: BRAKES,
        description: 'Loss of brake assist',
        safetyCritical: true,
        firstReportedOn: '2024-02-12',
        mileage: 2140,
      },
    },
    { today: '2024-02-12' },
  ],
  [
    {
      type: 'RecordRepairAttempt',
      data: {
        repairAttemptId: 'ra-1',
        repairOrderNumber: 'RO-1',
        dealer: 'Pacific BMW',
        dateIn: '2024-02-20',
        dateOut: '2024-02-27',
        mileageIn: 2400,
        mileageOut: 2412,
        nonconformityIds: [BRAKES],
        outcome: 'not_fixed',
      },
    },
    { today: '2024-02-28' },
  ],
  [
    { type: 'RecordOutOfService', data: { intervalId: 'oos-1', from: '2024-02-20', to: '2024-02-27', reason: 'Brake repair RO-1' } },
    { today: '2024-02-28' },
  ],
  [
    {
      type: 'CorrectRepairAttempt',
      data: {
        repairAttemptId: 'ra-1',
        correctionReason: 'Mileage out misread',
        repairOrderNumber: 'RO-1',
        dealer: 'Pacific BMW',
        dateIn: '2024-02-20',
        dateOut: '2024-02-27',
        mileageIn: 2400,
        mileageOut: 2421,
        nonconformityIds: [BRAKES],
        outcome: 'not_fixed',
      },
    },
    { today: '2024-03-01' },
  ],
  [
    { type: 'ReportOdometer', data: { readingId: 'r-1', readOn: '2024-04-30', mileage: 4800, source: 'client photo' } },
    { today: '2024-05-01' },
  ],
  [
    {
      type: 'NotifyManufacturer',
      data: { noticeId: 'n-1', sentOn: '2024-05-06', method: 'certified_mail', receivedOn: '2024-05-09', nonconformityIds: [BRAKES] },
    },
    { today: '2024-05-10' },
  ],
  [
    { type: 'OfferFinalRepairOpportunity', data: { opportunityId: 'op-1', offeredOn: '2024-05-20', nonconformityIds: [BRAKES] } },
    { today: '2024-05-20' },
  ],
  [
    { type: 'CompleteFinalRepairOpportunity', data: { opportunityId: 'op-1', completedOn: '2024-06-01', outcome: 'not_fixed' } },
    { today: '2024-06-01' },
  ],
  [
    {
      type: 'FileDisputeClaim',
      data: { claimId: 'c-1', program: 'BBB_AUTO_LINE', filedOn: '2024-06-03', manufacturerContactedFirst: true },
    },
    { today: '2024-06-03' },
  ],
  [{ type: 'RequestDisputeInspection', data: { claimId: 'c-1', requestedOn: '2024-06-20', additionalDays: 20 } }, { today: '2024-06-20' }],
  [{ type: 'IssueDisputeDecision', data: { claimId: 'c-1', decidedOn: '2024-07-25', award: 'repurchase' } }, { today: '2024-07-25' }],
  [{ type: 'AcceptDisputeDecision', data: { claimId: 'c-1', acceptedOn: '2024-07-30' } }, { today: '2024-07-30' }],
  [{ type: 'RecordManufacturerCompliance', data: { claimId: 'c-1', compliedOn: '2024-08-29' } }, { today: '2024-08-30' }],
  [{ type: 'ResolveCase', data: { resolvedOn: '2024-09-02', resolution: 'repurchase', amount: 68210.55 } }, { today: '2024-09-02' }],
  [{ type: 'AddNote', data: { noteId: 'note-1', text: 'File closed; keep for 4 years.' } }, { today: '2024-09-03' }],
];

describe('@lemon/domain', () => {
  it('decides a whole case, one event per command, each carrying the command data', () => {
    const history: CaseEvent[] = [];
    let state: CaseState = caseDecider.initialState();
    for (const [command, context] of story) {
      const events = caseDecider.decide(command, state, context);
      expect(events).toHaveLength(1);
      expect(events[0].data).toEqual(command.data);
      expect(CASE_EVENT_TYPES).toContain(events[0].type);
      state = envelopesOf(events, history.length + 1).reduce(caseDecider.evolve, state);
      history.push(...events);
    }
    expect(state).toEqual(foldEvents(caseDecider, envelopesOf(history)));
    expect(state).toMatchObject({ status: 'resolved', notesCount: 1 });
    expect(() => caseDecider.decide(story[5][0], state, { today: '2024-09-30' })).toThrow(DomainError);
  });
});
