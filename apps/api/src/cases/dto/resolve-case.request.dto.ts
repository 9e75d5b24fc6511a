import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { RESOLUTIONS, type Resolution, type ResolveCase } from '@lemon/domain';
import { IsLegalDate, IsNotBlank, IsOmittable, LEGAL_DATE_PATTERN_SOURCE, MAX_MONEY, MAX_NOTE_LENGTH } from '../../validation';

type ResolveCaseData = ResolveCase['data'];

/** `POST /cases/{id}/resolution` */
export class ResolveCaseRequest implements ResolveCaseData {
  @ApiProperty({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-08-01' })
  @IsLegalDate()
  resolvedOn: string;

  @ApiProperty({ enum: [...RESOLUTIONS], example: 'repurchase' })
  @IsIn(RESOLUTIONS)
  resolution: Resolution;

  @ApiPropertyOptional({ description: 'Amount in US dollars (at most 2 decimals).', example: 61250.5, minimum: 0, maximum: MAX_MONEY })
  @IsOmittable()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_MONEY)
  amount?: number;

  @ApiPropertyOptional({ example: 'Manufacturer repurchased the vehicle; collateral charges refunded.', maxLength: MAX_NOTE_LENGTH })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NOTE_LENGTH)
  summary?: string;
}
