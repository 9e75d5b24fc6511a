import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { IsJurisdictionCode, JURISDICTION_CODES, ToUpperCase, type JurisdictionCode } from '../../validation';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/jurisdiction/corrections`: the state the case belongs to + `correctionReason`. */
export class CorrectJurisdictionRequest {
  @ApiProperty({
    description:
      'Two-letter USPS code of one of the 50 states or DC; case-insensitive on input. The presumption, deadlines and restitution are judged again under its rules.',
    enum: [...JURISDICTION_CODES],
    example: 'NV',
  })
  @ToUpperCase()
  @IsString()
  @IsJurisdictionCode()
  jurisdiction: JurisdictionCode;

  @CorrectionReason()
  correctionReason: string;
}
