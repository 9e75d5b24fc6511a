import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import type { RecordAb1755Election } from '@lemon/domain';
import { IsLegalDate, IsOmittable, LEGAL_DATE_PATTERN_SOURCE, MAX_NOTE_LENGTH } from '../../validation';

/** `POST /cases/{id}/ab1755-election`: whether the manufacturer elected the Code Civ. Proc. 871.20 et seq. procedure. */
export class RecordAb1755ElectionRequest implements Omit<RecordAb1755Election['data'], never> {
  @ApiProperty({
    example: true,
    description:
      'whether the manufacturer elected to proceed under Cal. Code Civ. Proc. 871.20 et seq. (AB 1755; election under 871.29). false records that it did not.',
  })
  @IsBoolean()
  elected: boolean;

  @ApiPropertyOptional({
    description: 'Date of the election, if known.',
    format: 'date',
    pattern: LEGAL_DATE_PATTERN_SOURCE,
    example: '2025-01-02',
  })
  @IsOmittable()
  @IsLegalDate()
  electedOn?: string;

  @ApiPropertyOptional({ example: 'Notice of election filed with the Judicial Council, January 2025', maxLength: MAX_NOTE_LENGTH })
  @IsOmittable()
  @IsString()
  @MaxLength(MAX_NOTE_LENGTH)
  source?: string;
}
