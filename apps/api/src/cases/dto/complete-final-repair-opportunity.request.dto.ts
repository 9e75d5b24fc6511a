import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { REPAIR_OUTCOMES, type CompleteFinalRepairOpportunity, type RepairOutcome } from '@lemon/domain';
import { IsLegalDate, LEGAL_DATE_PATTERN_SOURCE } from '../../validation';

/** The final repair opportunity took place, with its outcome. */
export class CompleteFinalRepairOpportunityRequest implements Omit<CompleteFinalRepairOpportunity['data'], 'opportunityId'> {
  @ApiProperty({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-05-02' })
  @IsLegalDate()
  completedOn: string;

  @ApiProperty({ enum: [...REPAIR_OUTCOMES], example: 'not_fixed' })
  @IsIn(REPAIR_OUTCOMES)
  outcome: RepairOutcome;
}
