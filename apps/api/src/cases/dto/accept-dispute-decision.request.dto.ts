import { ApiProperty } from '@nestjs/swagger';
import type { AcceptDisputeDecision } from '@lemon/domain';
import { IsLegalDate, LEGAL_DATE_PATTERN_SOURCE } from '../../validation';

/** `POST /cases/{id}/dispute-claims/{claimId}/acceptance` */
export class AcceptDisputeDecisionRequest implements Omit<AcceptDisputeDecision['data'], 'claimId'> {
  @ApiProperty({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-06-25' })
  @IsLegalDate()
  acceptedOn: string;
}
