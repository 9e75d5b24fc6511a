import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { EXPENSE_KINDS, type ExpenseKind } from '@lemon/domain';
import { MANUFACTURER_DIRECTORY } from '@lemon/manufacturers';
import { IsLegalDate, IsNotBlank, IsOmittable, LEGAL_DATE_PATTERN_SOURCE, MAX_DESCRIPTION_LENGTH, MAX_MONEY } from '../../validation';

const DIRECTORY_IDS = MANUFACTURER_DIRECTORY.map((m) => m.id);

/** `POST /cases/{id}/manufacturer-link` */
export class LinkManufacturerRequest {
  @ApiProperty({ description: 'Id of a manufacturer directory entry (`GET /manufacturers`).', enum: DIRECTORY_IDS, example: 'bmw' })
  @IsIn(DIRECTORY_IDS, { message: `manufacturerId must be the id of a manufacturer directory entry (${DIRECTORY_IDS.join(', ')})` })
  manufacturerId: string;
}

/** `POST /cases/{id}/expenses`: an incidental damage the buyer paid (restitution adds it). */
export class RecordExpenseRequest {
  @ApiProperty({ enum: [...EXPENSE_KINDS], example: 'towing' })
  @IsIn(EXPENSE_KINDS)
  kind: ExpenseKind;

  @ApiProperty({ description: 'US dollars, at most 2 decimals, not negative.', example: 185.5, minimum: 0, maximum: MAX_MONEY })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_MONEY)
  amount: number;

  @ApiProperty({ description: 'Date paid (YYYY-MM-DD).', format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-02-05' })
  @IsLegalDate()
  on: string;

  @ApiProperty({ example: 'Tow to BMW of Beverly Hills after the brake warning', maxLength: MAX_DESCRIPTION_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description: string;
}

/** The full corrected expense and why. */
export class CorrectExpenseRequest extends RecordExpenseRequest {
  @ApiProperty({ example: 'Receipt shows $195.50, not $185.50', maxLength: MAX_DESCRIPTION_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  correctionReason: string;
}

/** `GET /cases/{id}/restitution?asOf=&nonconformityId=` */
export class RestitutionRequest {
  @ApiPropertyOptional({ description: 'Legal date to compute as of (default today).', format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE })
  @IsOmittable()
  @IsLegalDate()
  asOf?: string;

  @ApiPropertyOptional({
    description: 'The nonconformity whose first repair visit fixes the offset mileage (default: the earliest first repair visit of any).',
  })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  nonconformityId?: string;
}
