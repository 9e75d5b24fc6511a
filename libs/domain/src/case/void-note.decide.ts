/** Voiding a note written in error (on the wrong case, say): it stays in the history, marked void. */
import type { VoidNote } from './case.commands';
import type { NoteVoided } from './case.events';
import type { CaseFile, NoteState } from './case.state';
import { assertReasonGiven, type AmendmentKind } from './case.guards';
import { ruleViolation } from '../shared/domain-error';

/** The note must exist and not be voided: a voided note can be neither corrected nor voided again. */
export const requireLiveNote = (state: CaseFile, noteId: string, amendment: AmendmentKind): NoteState => {
  const note = state.notes.find((n) => n.noteId === noteId);
  if (note === undefined) throw ruleViolation(`there is no note ${noteId} on this case`, 'noteId');
  if (note.voided)
    throw ruleViolation(
      amendment === 'voided' ? `note ${noteId} was already voided` : `note ${noteId} was voided and cannot be corrected`,
      'noteId',
    );
  return note;
};

export const voidNote = (command: VoidNote, state: CaseFile): NoteVoided => {
  const { noteId, reason } = command.data;
  requireLiveNote(state, noteId, 'voided');
  assertReasonGiven(reason, 'voided');
  return { type: 'NoteVoided', data: { noteId, reason } };
};
