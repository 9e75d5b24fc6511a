import { ApiProperty } from '@nestjs/swagger';
import type { RejectDisputeDecision } from '@lemon/domain';
import { IsLegalDate, LEGAL_DATE_PATTERN_SOURCE } from '../../validation';

/** `POST /cases/{id}/dispute-claims/{claimId}/rejection` */
export class RejectDisputeDecisionRequest implements Omit<RejectDisputeDecision['data'], 'claimId'> {
  @ApiProperty({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-06-25' })
  @IsLegalDate()
  rejectedOn: string;
}
