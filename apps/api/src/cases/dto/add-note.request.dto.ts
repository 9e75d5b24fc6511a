import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NOTE_VISIBILITIES, type AddNote, type NoteVisibility } from '@lemon/domain';
import { IsNotBlank, IsOmittable, MAX_NOTE_LENGTH } from '../../validation';

/** `POST /cases/{id}/notes` */
export class AddNoteRequest implements Omit<AddNote['data'], 'noteId'> {
  @ApiProperty({ example: 'Client called: the car stalled again on I-80, towed to the dealer.', maxLength: MAX_NOTE_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NOTE_LENGTH)
  text: string;

  @ApiPropertyOptional({
    description: 'firm (default): only the firm that owns the case reads it; shared: organisations the case is shared with read it too.',
    enum: [...NOTE_VISIBILITIES],
    default: 'firm',
    example: 'firm',
  })
  @IsOmittable()
  @IsIn(NOTE_VISIBILITIES)
  visibility?: NoteVisibility;
}
