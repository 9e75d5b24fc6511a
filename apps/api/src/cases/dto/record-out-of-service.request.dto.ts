import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { OutOfServiceFields } from '@lemon/domain';
import {
  IsLegalDate,
  IsNotBlank,
  IsOmittable,
  IsOnOrAfter,
  LEGAL_DATE_PATTERN_SOURCE,
  MAX_DESCRIPTION_LENGTH,
  MAX_LIST_SIZE,
  EACH_WHEN_ARRAY,
  WHEN_ARRAY,
} from '../../validation';

/** `POST /cases/{id}/out-of-service` */
export class RecordOutOfServiceRequest implements OutOfServiceFields {
  @ApiProperty({ description: 'First day out of service.', format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-03-01' })
  @IsLegalDate()
  from: string;

  @ApiProperty({
    description: 'Last day out of service; on or after from.',
    format: 'date',
    pattern: LEGAL_DATE_PATTERN_SOURCE,
    example: '2024-03-12',
  })
  @IsLegalDate()
  @IsOnOrAfter('from')
  to: string;

  @ApiProperty({ example: 'Waiting for a replacement fuel pump', maxLength: MAX_DESCRIPTION_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  reason: string;

  @ApiPropertyOptional({
    description: "Days inside [from, to] that do not count (beyond the manufacturer's control), each listed once.",
    type: 'array',
    items: { type: 'string', format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE },
    example: ['2024-03-04'],
    maxItems: MAX_LIST_SIZE,
    uniqueItems: true,
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_LIST_SIZE, WHEN_ARRAY)
  @ArrayUnique(WHEN_ARRAY)
  @IsLegalDate(EACH_WHEN_ARRAY)
  excludedDays?: string[];
}
