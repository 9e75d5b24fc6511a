import { foldCase } from './case.state';
import { caseOpened, givenCase } from './case.spec-helpers';

describe('add-note', () => {
  it('stores the visibility on the note; a note without one is firm-private', () => {
    const shared = { type: 'AddNote' as const, data: { noteId: 'n-1', text: 'Inspection booked', visibility: 'shared' as const } };
    givenCase([caseOpened()])
      .when(shared)
      .then([{ type: 'NoteAdded', data: shared.data }]);
    const state = foldCase([
      caseOpened(),
      { type: 'NoteAdded', data: shared.data },
      { type: 'NoteAdded', data: { noteId: 'n-2', text: 'Strategy' } },
    ]);
    expect(state.status !== 'none' && state.notes.map((n) => [n.noteId, n.visibility])).toEqual([
      ['n-1', 'shared'],
      ['n-2', 'firm'],
    ]);
  });

  it('refuses a blank note', () => {
    givenCase([caseOpened()])
      .when({ type: 'AddNote', data: { noteId: 'n-1', text: '  ' } })
      .thenThrows('rule_violation', 'a note must not be blank', 'text');
  });
});
