import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { OfferFinalRepairOpportunity } from '@lemon/domain';
import { EACH_WHEN_ARRAY, IsLegalDate, LEGAL_DATE_PATTERN_SOURCE, MAX_ID_LENGTH, MAX_LIST_SIZE, WHEN_ARRAY } from '../../validation';

/** The manufacturer offers a final repair opportunity. */
export class OfferFinalRepairOpportunityRequest implements Omit<OfferFinalRepairOpportunity['data'], 'opportunityId'> {
  @ApiProperty({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-04-25' })
  @IsLegalDate()
  offeredOn: string;

  @ApiPropertyOptional({
    description: 'Ids of the nonconformities the opportunity covers; [] when omitted.',
    type: [String],
    default: [],
    example: ['0f8e7c1a-4f55-4c1e-9a55-2f0c3b7d9e11'],
    maxItems: MAX_LIST_SIZE,
    uniqueItems: true,
  })
  @IsArray()
  @ArrayMaxSize(MAX_LIST_SIZE, WHEN_ARRAY)
  @ArrayUnique(WHEN_ARRAY)
  @IsString(EACH_WHEN_ARRAY)
  @IsNotEmpty(EACH_WHEN_ARRAY)
  @MaxLength(MAX_ID_LENGTH, EACH_WHEN_ARRAY)
  nonconformityIds: string[] = [];
}
