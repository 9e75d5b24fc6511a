import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NOTE_VISIBILITIES, type NoteVisibility } from '@lemon/domain';
import { IsNotBlank, MAX_NOTE_LENGTH } from '../../validation';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/notes/{noteId}/corrections`: the full corrected note (text and visibility) + `correctionReason`. */
export class CorrectNoteRequest {
  @ApiProperty({ example: 'Client called: the car stalled again on I-80, towed to the dealer.', maxLength: MAX_NOTE_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NOTE_LENGTH)
  text: string;

  @ApiProperty({
    description:
      'firm: only the firm that owns the case reads it (made firm-private, the note and its corrections disappear from organisations the case is shared with); shared: they read it too.',
    enum: [...NOTE_VISIBILITIES],
    example: 'firm',
  })
  @IsIn(NOTE_VISIBILITIES)
  visibility: NoteVisibility;

  @CorrectionReason()
  correctionReason: string;
}
