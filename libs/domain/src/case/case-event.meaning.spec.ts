import { CASE_EVENT_LABELS, caseEventEnvelopeOf, occurredOnOf, recordKeyOf, recordOf } from './case-event.meaning';
import { CASE_EVENT_TYPES, type CaseEvent } from './case.events';
import { caseOpened, caseResolved, claimFiled, decisionAccepted, repairData, repairRecorded } from './case.spec-helpers';

describe('what each event means to a reader', () => {
  it('labels every event type, and nothing else', () => {
    expect(Object.keys(CASE_EVENT_LABELS).sort()).toEqual([...CASE_EVENT_TYPES].sort());
    for (const label of Object.values(CASE_EVENT_LABELS)) {
      expect(label.trim()).not.toBe('');
      // Sentence case: a capital opens the label; after it, only acronyms (AB 1755) are capitalised.
      expect(label).toMatch(/^[A-Z]/);
      expect(
        label
          .split(' ')
          .slice(1)
          .filter((word) => /^[A-Z][a-z]/.test(word)),
      ).toEqual([]);
    }
  });

  it.each<[string, CaseEvent, string | undefined]>([
    ['a case: its delivery date', caseOpened(), '2024-01-10'],
    ['a repair attempt: its date in', repairRecorded(), '2024-02-20'],
    ['a dispute claim: its filing date', claimFiled(), '2024-06-03'],
    ['an acceptance: its date', decisionAccepted(), '2024-07-30'],
    ['a resolution: its date', caseResolved(), '2024-09-02'],
    ['a void: no legal date of its own', { type: 'RepairAttemptVoided', data: { repairAttemptId: 'ra-1', reason: 'typo' } }, undefined],
    ['a note: none', { type: 'NoteAdded', data: { noteId: 'n', text: 't' } }, undefined],
  ])('dates %s', (_what, event, expected) => {
    expect(occurredOnOf(event)).toBe(expected);
  });

  it('names the record a correction changes with the same key as its record', () => {
    const recorded = recordOf(repairRecorded());
    const corrected = recordOf({ type: 'RepairAttemptCorrected', data: { ...repairData(), correctionReason: 'typo' } });
    expect(corrected.change).toBe('corrected');
    expect(recordKeyOf(corrected)).toBe(recordKeyOf(recorded));
    expect(recordKeyOf(recordOf(decisionAccepted()))).toBe('dispute_claim:c-1:acceptance');
  });

  it('turns a stored event into the envelope the fold reads', () => {
    const stored = {
      id: 'e-1',
      type: 'CaseOpened',
      data: caseOpened().data,
      streamVersion: 1,
      recordedAt: new Date('2024-01-10T15:00:00Z'),
    };
    expect(caseEventEnvelopeOf(stored)).toEqual({
      event: caseOpened(),
      eventId: 'e-1',
      version: 1,
      recordedAt: '2024-01-10T15:00:00.000Z',
    });
  });
});
