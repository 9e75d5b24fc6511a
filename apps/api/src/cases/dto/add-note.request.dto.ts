import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { AddNote } from '@lemon/domain';
import { IsNotBlank, MAX_NOTE_LENGTH } from '../../validation';

/** `POST /cases/{id}/notes` */
export class AddNoteRequest implements Omit<AddNote['data'], 'noteId'> {
  @ApiProperty({ example: 'Client called: the car stalled again on I-80, towed to the dealer.', maxLength: MAX_NOTE_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NOTE_LENGTH)
  text: string;
}
