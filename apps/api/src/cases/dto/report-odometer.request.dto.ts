import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ReportOdometer } from '@lemon/domain';
import { IsLegalDate, IsNotBlank, IsOmittable, LEGAL_DATE_PATTERN_SOURCE, MAX_MILEAGE, MAX_NAME_LENGTH } from '../../validation';
import { ConfirmImplausible } from '../amendments/entry-confirmations';

/** `POST /cases/{id}/odometer-readings` */
export class ReportOdometerRequest implements Omit<ReportOdometer['data'], 'readingId'> {
  @ApiProperty({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-04-01' })
  @IsLegalDate()
  readOn: string;

  @ApiProperty({ type: 'integer', example: 3120, minimum: 0, maximum: MAX_MILEAGE })
  @IsInt()
  @Min(0)
  @Max(MAX_MILEAGE)
  mileage: number;

  @ApiPropertyOptional({
    description: 'Where the reading comes from.',
    example: 'photo of the instrument cluster',
    maxLength: MAX_NAME_LENGTH,
  })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  source?: string;

  @ConfirmImplausible()
  confirmImplausible?: boolean;
}
