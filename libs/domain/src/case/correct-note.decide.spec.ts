import { foldCase } from './case.state';
import { caseOpened, caseResolved, givenCase, openWithRepair } from './case.spec-helpers';

const added = { type: 'NoteAdded' as const, data: { noteId: 'n-1', text: 'Inspection booked for Friday', visibility: 'shared' as const } };
const correction = (overrides: Record<string, unknown> = {}) => ({
  type: 'CorrectNote' as const,
  data: { noteId: 'n-1', text: 'Inspection booked for Monday', visibility: 'shared' as const, correctionReason: 'Wrong day', ...overrides },
});

describe('correct-note', () => {
  it('corrects the text and the visibility; the note keeps its place and remembers each version’s visibility', () => {
    givenCase([caseOpened(), added])
      .when(correction({ visibility: 'firm' }))
      .then([{ type: 'NoteCorrected', data: correction({ visibility: 'firm' }).data }]);
    const state = foldCase([
      caseOpened(),
      added,
      { type: 'NoteAdded', data: { noteId: 'n-2', text: 'Strategy' } },
      { type: 'NoteCorrected', data: correction({ visibility: 'firm' }).data },
    ]);
    if (state.status === 'none') throw new Error('not opened');
    expect(state.notes.map((n) => [n.noteId, n.text, n.visibility, n.eventId])).toEqual([
      ['n-1', 'Inspection booked for Monday', 'firm', '#2'],
      ['n-2', 'Strategy', 'firm', '#3'],
    ]);
    expect(state.notes[0].trail).toMatchObject({ currentEventId: '#4', corrections: [{ eventId: '#4', reason: 'Wrong day' }] });
    expect([...state.notes[0].visibilityByEvent]).toEqual([
      ['#2', 'shared'],
      ['#4', 'firm'],
    ]);
  });

  it('is allowed on a resolved case, like adding a note', () => {
    givenCase([...openWithRepair(), added, caseResolved()])
      .when(correction())
      .then([{ type: 'NoteCorrected', data: correction().data }]);
  });

  it('refuses an unknown or voided note, blank text, a blank reason and a correction that changes nothing', () => {
    givenCase([caseOpened()]).when(correction()).thenThrows('rule_violation', 'there is no note n-1 on this case', 'noteId');
    givenCase([caseOpened(), added, { type: 'NoteVoided', data: { noteId: 'n-1', reason: 'Wrong case' } }])
      .when(correction())
      .thenThrows('rule_violation', 'note n-1 was voided and cannot be corrected', 'noteId');
    givenCase([caseOpened(), added])
      .when(correction({ text: '  ' }))
      .thenThrows('rule_violation', 'a note must not be blank', 'text');
    givenCase([caseOpened(), added])
      .when(correction({ correctionReason: '' }))
      .thenThrows('rule_violation', 'the reason for the correction must not be blank', 'correctionReason');
    givenCase([caseOpened(), added])
      .when(correction({ text: added.data.text }))
      .thenThrows('rule_violation', 'the same as the one on record', 'text');
  });
});
