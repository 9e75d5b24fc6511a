import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, MAX_DESCRIPTION_LENGTH } from '../../validation';
import { RecordOutOfServiceRequest } from './record-out-of-service.request.dto';

/** Correction of an out-of-service interval: a full replacement of its fields plus why. */
export class CorrectOutOfServiceRequest extends RecordOutOfServiceRequest {
  @ApiProperty({
    description: 'Why the record is corrected.',
    example: 'The vehicle was returned on the 11th, not the 12th.',
    maxLength: MAX_DESCRIPTION_LENGTH,
  })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  correctionReason: string;
}
