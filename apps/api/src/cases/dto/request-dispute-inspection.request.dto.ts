import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_INSPECTION_ADDITIONAL_DAYS, type RequestDisputeInspection } from '@lemon/domain';
import { IsLegalDate, LEGAL_DATE_PATTERN_SOURCE } from '../../validation';

/** `POST /cases/{id}/dispute-claims/{claimId}/inspection` */
export class RequestDisputeInspectionRequest implements Omit<RequestDisputeInspection['data'], 'claimId'> {
  @ApiProperty({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-05-20' })
  @IsLegalDate()
  requestedOn: string;

  @ApiProperty({
    type: 'integer',
    description: 'Whole days the inspection adds to the decision period.',
    example: 30,
    minimum: 1,
    maximum: MAX_INSPECTION_ADDITIONAL_DAYS,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_INSPECTION_ADDITIONAL_DAYS)
  additionalDays: number;
}
