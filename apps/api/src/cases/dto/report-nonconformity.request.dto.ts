import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ReportNonconformity } from '@lemon/domain';
import { IsLegalDate, IsNotBlank, IsOmittable, LEGAL_DATE_PATTERN_SOURCE, MAX_DESCRIPTION_LENGTH, MAX_MILEAGE } from '../../validation';

/** `POST /cases/{id}/nonconformities` */
export class ReportNonconformityRequest implements Omit<ReportNonconformity['data'], 'nonconformityId'> {
  @ApiProperty({
    description: 'The defect as the consumer reports it.',
    example: 'Engine stalls at highway speed; warning lights flash before it stalls.',
    maxLength: MAX_DESCRIPTION_LENGTH,
  })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description: string;

  @ApiProperty({ description: 'Whether the defect is likely to cause death or serious bodily injury.', example: true })
  @IsBoolean()
  safetyCritical: boolean;

  @ApiPropertyOptional({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-02-03' })
  @IsOmittable()
  @IsLegalDate()
  firstReportedOn?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'Odometer when first reported.', example: 1840, minimum: 0, maximum: MAX_MILEAGE })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(MAX_MILEAGE)
  mileage?: number;
}
