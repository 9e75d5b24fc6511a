/**
 * Correcting a note (its text or who may read it). Notes are commentary, not history, so like
 * adding one this is allowed on a resolved case too.
 */
import type { CorrectNote } from './case.commands';
import type { NoteCorrected } from './case.events';
import type { ExistingCaseState } from './case.state';
import { assertNotBlank, assertReasonGiven } from './case.guards';
import { requireLiveNote } from './void-note.decide';
import { ruleViolation } from '../shared/domain-error';

export const correctNote = (command: CorrectNote, state: ExistingCaseState): NoteCorrected => {
  const { noteId, text, visibility, correctionReason } = command.data;
  const note = requireLiveNote(state, noteId, 'corrected');
  assertReasonGiven(correctionReason, 'corrected');
  assertNotBlank(text, 'text', 'a note');
  if (text === note.text && visibility === note.visibility)
    throw ruleViolation('the corrected note is the same as the one on record: change its text or its visibility', 'text');
  return { type: 'NoteCorrected', data: { noteId, text, visibility, correctionReason } };
};
