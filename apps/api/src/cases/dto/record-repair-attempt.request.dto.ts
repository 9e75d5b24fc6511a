import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { REPAIR_OUTCOMES, type RepairAttemptFields, type RepairOutcome } from '@lemon/domain';
import {
  IsAtLeastField,
  IsLegalDate,
  IsNotBlank,
  IsOmittable,
  IsOnOrAfter,
  LEGAL_DATE_PATTERN_SOURCE,
  MAX_ID_LENGTH,
  MAX_LIST_SIZE,
  EACH_WHEN_ARRAY,
  WHEN_ARRAY,
  MAX_MILEAGE,
  MAX_NAME_LENGTH,
} from '../../validation';
import { ConfirmDuplicate, ConfirmImplausible } from '../amendments/entry-confirmations';

/** `POST /cases/{id}/repair-attempts` */
export class RecordRepairAttemptRequest implements RepairAttemptFields {
  @ApiPropertyOptional({ description: "The dealer's repair order number.", example: 'RO-448812', maxLength: MAX_ID_LENGTH })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_ID_LENGTH)
  repairOrderNumber?: string;

  @ApiPropertyOptional({ example: 'Bay Area BMW Service', maxLength: MAX_NAME_LENGTH })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  dealer?: string;

  @ApiProperty({
    description: 'Date the vehicle was delivered to the dealer for repair.',
    format: 'date',
    pattern: LEGAL_DATE_PATTERN_SOURCE,
    example: '2024-02-05',
  })
  @IsLegalDate()
  dateIn: string;

  @ApiPropertyOptional({
    description: 'Date the vehicle was returned; on or after dateIn. Omit while it is still at the dealer.',
    format: 'date',
    pattern: LEGAL_DATE_PATTERN_SOURCE,
    example: '2024-02-09',
  })
  @IsOmittable()
  @IsLegalDate()
  @IsOnOrAfter('dateIn')
  dateOut?: string;

  @ApiProperty({ type: 'integer', example: 1850, minimum: 0, maximum: MAX_MILEAGE })
  @IsInt()
  @Min(0)
  @Max(MAX_MILEAGE)
  mileageIn: number;

  @ApiPropertyOptional({ type: 'integer', description: 'At least mileageIn.', example: 1856, minimum: 0, maximum: MAX_MILEAGE })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(MAX_MILEAGE)
  @IsAtLeastField('mileageIn')
  mileageOut?: number;

  @ApiProperty({
    description: 'Ids of the reported nonconformities this visit addressed (at least one, no duplicates).',
    type: [String],
    example: ['0f8e7c1a-4f55-4c1e-9a55-2f0c3b7d9e11'],
    minItems: 1,
    maxItems: MAX_LIST_SIZE,
    uniqueItems: true,
  })
  @IsArray()
  @ArrayNotEmpty(WHEN_ARRAY)
  @ArrayMaxSize(MAX_LIST_SIZE, WHEN_ARRAY)
  @ArrayUnique(WHEN_ARRAY)
  @IsString(EACH_WHEN_ARRAY)
  @IsNotEmpty(EACH_WHEN_ARRAY)
  @MaxLength(MAX_ID_LENGTH, EACH_WHEN_ARRAY)
  nonconformityIds: string[];

  @ApiProperty({ enum: [...REPAIR_OUTCOMES], example: 'not_fixed' })
  @IsIn(REPAIR_OUTCOMES)
  outcome: RepairOutcome;

  @ConfirmDuplicate()
  confirmDuplicate?: boolean;

  @ConfirmImplausible()
  confirmImplausible?: boolean;
}
