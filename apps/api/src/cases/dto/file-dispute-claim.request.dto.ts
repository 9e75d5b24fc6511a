import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import { DISPUTE_PROGRAMS, type DisputeProgram, type FileDisputeClaim } from '@lemon/domain';
import { IsLegalDate, LEGAL_DATE_PATTERN_SOURCE } from '../../validation';

/** `POST /cases/{id}/dispute-claims`: a claim with an informal dispute program. */
export class FileDisputeClaimRequest implements Omit<FileDisputeClaim['data'], 'claimId'> {
  @ApiProperty({ enum: [...DISPUTE_PROGRAMS], example: 'BBB_AUTO_LINE' })
  @IsIn(DISPUTE_PROGRAMS)
  program: DisputeProgram;

  @ApiProperty({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-05-10' })
  @IsLegalDate()
  filedOn: string;

  @ApiProperty({ description: 'Whether the consumer contacted the manufacturer before filing.', example: true })
  @IsBoolean()
  manufacturerContactedFirst: boolean;
}
