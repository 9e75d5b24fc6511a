import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { DISPUTE_AWARDS, type DisputeAward, type IssueDisputeDecision } from '@lemon/domain';
import { IsLegalDate, IsNotBlank, IsOmittable, LEGAL_DATE_PATTERN_SOURCE, MAX_NOTE_LENGTH } from '../../validation';

/** `POST /cases/{id}/dispute-claims/{claimId}/decision` */
export class IssueDisputeDecisionRequest implements Omit<IssueDisputeDecision['data'], 'claimId'> {
  @ApiProperty({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-06-20' })
  @IsLegalDate()
  decidedOn: string;

  @ApiProperty({ enum: [...DISPUTE_AWARDS], example: 'repurchase' })
  @IsIn(DISPUTE_AWARDS)
  award: DisputeAward;

  @ApiPropertyOptional({ example: 'Arbitrator ordered repurchase less a reasonable allowance for use.', maxLength: MAX_NOTE_LENGTH })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NOTE_LENGTH)
  summary?: string;
}
