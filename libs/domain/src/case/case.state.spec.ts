import type { CaseEvent } from './case.events';
import {
  envelopesOf,
  evolveCase,
  foldCase,
  foldCaseFile,
  initialCaseState,
  isDisputeClaimOpen,
  type CaseState,
  type ExistingCaseState,
} from './case.state';
import { caseDecider } from './case.decider';
import { foldEvents } from '../shared/decider';
import {
  BRAKES,
  claimFiled,
  caseOpened,
  caseResolved,
  decisionAccepted,
  decisionIssued,
  decisionRejected,
  inspectionRequested,
  intervalData,
  intervalRecorded,
  manufacturerComplied,
  openWithRepair,
  repairData,
  secondRepairRecorded,
  today,
} from './case.spec-helpers';

const existing = (state: CaseState): ExistingCaseState => {
  if (state.status === 'none') throw new Error('expected an existing case');
  return state;
};
const fold = (events: CaseEvent[]) => existing(foldCase(events));
const corrected: CaseEvent = {
  type: 'RepairAttemptCorrected',
  data: {
    ...repairData({ dateOut: '2024-02-28', mileageIn: 2398, mileageOut: 2420, outcome: 'no_problem_found' }),
    correctionReason: 'Per RO-1 invoice',
  },
};
const voided: CaseEvent = { type: 'RepairAttemptVoided', data: { repairAttemptId: 'ra-1', reason: 'Entered on the wrong case' } };

describe('evolveCase', () => {
  it('starts with no case', () => {
    expect(initialCaseState).toEqual({ status: 'none' });
    expect(caseDecider.initialState()).toBe(initialCaseState);
  });

  it('ignores anything but CaseOpened before the case exists', () => {
    expect(evolveCase(initialCaseState, envelopesOf([secondRepairRecorded()])[0])).toBe(initialCaseState);
  });

  it('opens the case with the delivery as the first odometer fact', () => {
    const state = fold([caseOpened()]);
    expect(state).toMatchObject({
      status: 'open',
      caseId: '0f9c1b6e-3d4a-4c55-9a1e-6f2b8d7c5e10',
      jurisdiction: 'CA',
      acquisition: { deliveryDate: '2024-01-10', odometerAtDelivery: 12 },
      warranty: { months: 48, miles: 50000 },
      notesCount: 0,
    });
    expect(state.odometerFacts).toEqual([{ on: '2024-01-10', mileage: 12, origin: { kind: 'delivery' } }]);
  });

  it('records every (date, mileage) fact: nonconformity, repair in and out, readings', () => {
    const state = fold([
      ...openWithRepair(),
      { type: 'OdometerReported', data: { readingId: 'r-1', readOn: '2024-05-15', mileage: 5020 } },
    ]);
    expect(state.odometerFacts.map((f) => [f.on, f.mileage, f.origin.kind])).toEqual([
      ['2024-01-10', 12, 'delivery'],
      ['2024-02-12', 2140, 'nonconformity'],
      ['2024-02-20', 2400, 'repair_in'],
      ['2024-02-27', 2412, 'repair_out'],
      ['2024-05-15', 5020, 'reading'],
    ]);
    expect(state.nonconformities.get(BRAKES)).toMatchObject({ safetyCritical: true, firstReportedOn: '2024-02-12' });
  });

  it('replaces a repair attempt’s fields when it is corrected, and its odometer facts with them', () => {
    const state = fold([...openWithRepair(), corrected]);
    expect(state.repairAttempts.get('ra-1')).toEqual({
      ...repairData({ dateOut: '2024-02-28', mileageIn: 2398, mileageOut: 2420, outcome: 'no_problem_found' }),
      voided: false,
      trail: {
        recordedEventId: '#4',
        recordedVersion: 4,
        currentEventId: '#5',
        eventIds: ['#4', '#5'],
        corrections: [{ eventId: '#5', reason: 'Per RO-1 invoice' }],
      },
    });
    expect(state.repairAttempts.get('ra-1')).not.toHaveProperty('correctionReason');
    const repairFacts = state.odometerFacts.filter((f) => f.origin.kind.startsWith('repair'));
    expect(repairFacts.map((f) => [f.on, f.mileage])).toEqual([
      ['2024-02-20', 2398],
      ['2024-02-28', 2420],
    ]);
  });

  it('marks a voided repair attempt as voided and drops its odometer facts', () => {
    const state = fold([...openWithRepair(), voided]);
    expect(state.repairAttempts.get('ra-1')).toMatchObject({ repairOrderNumber: 'RO-1', voided: true });
    expect(state.repairAttempts.get('ra-1')?.trail).toMatchObject({
      currentEventId: '#4',
      eventIds: ['#4', '#5'],
      voided: { eventId: '#5', reason: 'Entered on the wrong case' },
    });
    expect(state.odometerFacts.some((f) => f.origin.kind === 'repair_in' || f.origin.kind === 'repair_out')).toBe(false);
  });

  it('lets new readings ignore a voided attempt’s mileage', () => {
    const events = [...openWithRepair(), voided];
    const reading = { type: 'ReportOdometer' as const, data: { readingId: 'r-1', readOn: '2024-03-01', mileage: 2200 } };
    expect(caseDecider.decide(reading, foldCase(events), today)).toEqual([{ type: 'OdometerReported', data: reading.data }]);
    expect(() => caseDecider.decide(reading, foldCase(openWithRepair()), today)).toThrow('below 2,412 recorded on 2024-02-27');
  });

  it('corrects and voids out-of-service intervals', () => {
    const correctedInterval: CaseEvent = {
      type: 'OutOfServiceCorrected',
      data: { ...intervalData({ to: '2024-02-28', excludedDays: ['2024-02-24'] }), correctionReason: 'Pickup on the 28th' },
    };
    const afterCorrection = fold([caseOpened(), intervalRecorded(), correctedInterval]);
    expect(afterCorrection.outOfService.get('oos-1')).toEqual({
      ...intervalData({ to: '2024-02-28', excludedDays: ['2024-02-24'] }),
      voided: false,
      trail: expect.objectContaining({ corrections: [{ eventId: '#3', reason: 'Pickup on the 28th' }], currentEventId: '#3' }),
    });
    const afterVoid = fold([
      caseOpened(),
      intervalRecorded(),
      { type: 'OutOfServiceVoided', data: { intervalId: 'oos-1', reason: 'Duplicate' } },
    ]);
    expect(afterVoid.outOfService.get('oos-1')?.voided).toBe(true);
  });

  it('tracks a dispute claim through inspection, decision, acceptance and compliance', () => {
    const claim = (events: CaseEvent[]) => fold([caseOpened(), ...events]).disputeClaims.get('c-1')!;
    expect(isDisputeClaimOpen(claim([claimFiled()]))).toBe(true);
    const complied = claim([claimFiled(), inspectionRequested(), decisionIssued(), decisionAccepted(), manufacturerComplied()]);
    expect(complied).toEqual({
      claimId: 'c-1',
      program: 'BBB_AUTO_LINE',
      filedOn: '2024-06-03',
      manufacturerContactedFirst: true,
      inspection: { requestedOn: '2024-06-20', additionalDays: 20 },
      decision: { decidedOn: '2024-07-25', award: 'repurchase', summary: 'Repurchase less a reasonable offset for use' },
      acceptedOn: '2024-07-30',
      compliedOn: '2024-08-29',
      voided: false,
      trail: expect.objectContaining({ recordedEventId: '#2' }),
      steps: {
        inspection: expect.objectContaining({ recordedEventId: '#3' }),
        decision: expect.objectContaining({ recordedEventId: '#4' }),
        acceptance: expect.objectContaining({ recordedEventId: '#5' }),
        compliance: expect.objectContaining({ recordedEventId: '#6' }),
      },
    });
    expect(isDisputeClaimOpen(complied)).toBe(false);
    expect(isDisputeClaimOpen(claim([claimFiled(), decisionIssued(), decisionRejected()]))).toBe(false);
    expect(isDisputeClaimOpen(claim([claimFiled(), decisionIssued(), decisionAccepted()]))).toBe(true);
  });

  it('tracks notices, final repair opportunities, notes and the resolution', () => {
    const state = fold([
      ...openWithRepair(),
      {
        type: 'ManufacturerNotified',
        data: { noticeId: 'n-1', sentOn: '2024-05-06', method: 'certified_mail', nonconformityIds: [BRAKES] },
      },
      { type: 'FinalRepairOpportunityOffered', data: { opportunityId: 'op-1', offeredOn: '2024-05-20', nonconformityIds: [BRAKES] } },
      { type: 'FinalRepairOpportunityCompleted', data: { opportunityId: 'op-1', completedOn: '2024-06-04', outcome: 'not_fixed' } },
      { type: 'NoteAdded', data: { noteId: 'note-1', text: 'Client called.' } },
      caseResolved(),
      { type: 'NoteAdded', data: { noteId: 'note-2', text: 'Check received.' } },
    ]);
    expect(state.manufacturerNotices.get('n-1')).toMatchObject({ sentOn: '2024-05-06', method: 'certified_mail' });
    expect(state.finalRepairOpportunities.get('op-1')?.completion).toEqual({
      completedOn: '2024-06-04',
      outcome: 'not_fixed',
      trail: expect.objectContaining({ recordedEventId: '#7' }),
    });
    expect(state.notes.map((n) => [n.noteId, n.visibility, n.eventId])).toEqual([
      ['note-1', 'firm', '#8'],
      ['note-2', 'firm', '#10'],
    ]);
    expect(state).toMatchObject({ status: 'resolved', notesCount: 2, resolution: { resolvedOn: '2024-09-02', resolution: 'repurchase' } });
  });

  it('never mutates the state it is given', () => {
    const before = fold(openWithRepair());
    const facts = before.odometerFacts;
    const attempts = before.repairAttempts;
    evolveCase(before, envelopesOf([voided], 99)[0]);
    expect(before.odometerFacts).toBe(facts);
    expect(facts).toHaveLength(4);
    expect(attempts.get('ra-1')?.voided).toBe(false);
  });

  it('folds the same way through the generic decider fold', () => {
    expect(foldEvents(caseDecider, envelopesOf(openWithRepair()))).toEqual(foldCase(openWithRepair()));
  });
});

describe('foldCaseFile', () => {
  it('folds envelopes by version, whatever order they arrive in, and keeps the last version', () => {
    const envelopes = envelopesOf(openWithRepair());
    const state = existing(foldCaseFile([...envelopes].reverse()));
    expect(state).toEqual(existing(foldCaseFile(envelopes)));
    expect(state.version).toBe(4);
    expect(state.openedEventId).toBe('#1');
  });

  it('names events that do not fit the history instead of refusing them', () => {
    const state = fold([
      caseOpened(),
      { type: 'RepairAttemptVoided', data: { repairAttemptId: 'ra-9', reason: 'typo' } },
      secondRepairRecorded(),
      secondRepairRecorded(),
    ]);
    expect(state.anomalies).toEqual([
      'Void #2 names repair attempt ra-9, which was never recorded.',
      'Repair attempt ra-2 was recorded twice; the later record is used.',
    ]);
    expect(state.repairAttempts.get('ra-2')?.trail.recordedEventId).toBe('#4');
  });

  it('keeps a voided record voided even if a correction follows', () => {
    const state = fold([...openWithRepair(), voided, corrected]);
    expect(state.repairAttempts.get('ra-1')).toMatchObject({ voided: true, mileageIn: 2398 });
    expect(state.odometerFacts.some((f) => f.origin.kind === 'repair_in')).toBe(false);
  });
});
