import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, MAX_DESCRIPTION_LENGTH } from '../../validation';

/** `POST /cases/{id}/reopen`: `{reason}`. */
export class ReopenCaseRequest {
  @ApiProperty({ description: 'Why the case is reopened.', example: 'Settlement check bounced.', maxLength: MAX_DESCRIPTION_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  reason: string;
}
