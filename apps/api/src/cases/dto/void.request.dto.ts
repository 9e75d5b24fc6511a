import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, MAX_DESCRIPTION_LENGTH } from '../../validation';

/** Voiding a repair attempt or an out-of-service interval recorded in error. */
export class VoidRequest {
  @ApiProperty({ description: 'Why the record is void.', example: 'Entered on the wrong case.', maxLength: MAX_DESCRIPTION_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  reason: string;
}
