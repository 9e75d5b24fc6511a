import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, MAX_DESCRIPTION_LENGTH } from '../../validation';
import { RecordRepairAttemptRequest } from './record-repair-attempt.request.dto';

/**
 * Correction of a recorded repair attempt: a full replacement of its fields (every field of
 * RecordRepairAttemptRequest, omitted optional fields become absent) plus why it was corrected.
 */
export class CorrectRepairAttemptRequest extends RecordRepairAttemptRequest {
  @ApiProperty({
    description: 'Why the record is corrected.',
    example: 'Date out was misread from the repair order.',
    maxLength: MAX_DESCRIPTION_LENGTH,
  })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  correctionReason: string;
}
