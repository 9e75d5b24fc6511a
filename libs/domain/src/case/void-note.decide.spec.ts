import { foldCase } from './case.state';
import { caseOpened, caseResolved, givenCase, openWithRepair } from './case.spec-helpers';

const added = { type: 'NoteAdded' as const, data: { noteId: 'n-1', text: 'Client called', visibility: 'firm' as const } };
const voiding = (reason = 'Written on the wrong case') => ({ type: 'VoidNote' as const, data: { noteId: 'n-1', reason } });

describe('void-note', () => {
  it('voids a note: it stays in the file, marked, and no longer counts', () => {
    givenCase([caseOpened(), added])
      .when(voiding())
      .then([{ type: 'NoteVoided', data: voiding().data }]);
    const state = foldCase([caseOpened(), added, { type: 'NoteVoided', data: voiding().data }]);
    expect(state).toMatchObject({
      notesCount: 0,
      notes: [
        { noteId: 'n-1', text: 'Client called', voided: true, trail: { voided: { eventId: '#3', reason: 'Written on the wrong case' } } },
      ],
    });
  });

  it('is allowed on a resolved case', () => {
    givenCase([...openWithRepair(), added, caseResolved()])
      .when(voiding())
      .then([{ type: 'NoteVoided', data: voiding().data }]);
  });

  it('refuses an unknown note, a second void and a blank reason', () => {
    givenCase([caseOpened()]).when(voiding()).thenThrows('rule_violation', 'there is no note n-1', 'noteId');
    givenCase([caseOpened(), added, { type: 'NoteVoided', data: voiding().data }])
      .when(voiding())
      .thenThrows('rule_violation', 'note n-1 was already voided', 'noteId');
    givenCase([caseOpened(), added]).when(voiding(' ')).thenThrows('rule_violation', 'the reason for voiding must not be blank', 'reason');
  });
});
