import 'reflect-metadata';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import type { AcquisitionType, ClientDetails, VehicleDetails, WarrantyTerms } from '@lemon/domain';
import { MANUFACTURER_DIRECTORY } from '@lemon/manufacturers';
import {
  IsJurisdictionCode,
  IsLegalDate,
  IsNotBlank,
  IsOmittable,
  IsVin,
  JURISDICTION_CODES,
  LEGAL_DATE_PATTERN_SOURCE,
  NestedObject,
  MAX_DESCRIPTION_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_MILEAGE,
  MAX_MODEL_YEAR,
  MAX_MONEY,
  MAX_NAME_LENGTH,
  MAX_PHONE_LENGTH,
  MAX_WARRANTY_MILES,
  MAX_WARRANTY_MONTHS,
  MIN_MODEL_YEAR,
  MIN_WARRANTY_MILES,
  MIN_WARRANTY_MONTHS,
  ToUpperCase,
  VIN_CHECK_DIGIT_FIRST_MODEL_YEAR,
  type JurisdictionCode,
} from '../../validation';

export const ACQUISITION_TYPES: readonly AcquisitionType[] = ['purchase', 'lease'];

export class ClientDetailsRequest implements ClientDetails {
  @ApiProperty({ description: 'Full name of the consumer.', example: 'Maria Lopez', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  name: string;

  @ApiPropertyOptional({ format: 'email', example: 'maria.lopez@example.com', maxLength: MAX_EMAIL_LENGTH })
  @IsOmittable()
  @IsString()
  @IsEmail()
  @MaxLength(MAX_EMAIL_LENGTH)
  email?: string;

  @ApiPropertyOptional({ example: '+1 415 555 0142', maxLength: MAX_PHONE_LENGTH })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_PHONE_LENGTH)
  phone?: string;

  @ApiPropertyOptional({ example: '1200 Market St, San Francisco, CA 94102', maxLength: MAX_DESCRIPTION_LENGTH })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  address?: string;
}

export class VehicleDetailsRequest implements VehicleDetails {
  @ApiProperty({
    description:
      'Vehicle Identification Number: 17 capital letters and digits, never I, O or Q. Case-insensitive on input ' +
      '(trimmed and converted to capitals before validation). The check digit in position 9 (49 CFR 565.15) is ' +
      `verified for model years ${VIN_CHECK_DIGIT_FIRST_MODEL_YEAR} and later.`,
    example: '1M8GDM9AXKP042788',
    minLength: 17,
    maxLength: 17,
    pattern: '^[A-HJ-NPR-Z0-9]{17}$',
  })
  @ToUpperCase()
  @IsVin({ modelYearProperty: 'modelYear' })
  vin: string;

  @ApiProperty({ example: 'BMW', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  make: string;

  @ApiProperty({ example: 'X5 xDrive40i', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  model: string;

  @ApiProperty({ type: 'integer', example: 2024, minimum: MIN_MODEL_YEAR, maximum: MAX_MODEL_YEAR })
  @IsInt()
  @Min(MIN_MODEL_YEAR)
  @Max(MAX_MODEL_YEAR)
  modelYear: number;
}

export class AcquisitionRequest {
  @ApiProperty({ enum: [...ACQUISITION_TYPES], example: 'purchase' })
  @IsIn(ACQUISITION_TYPES)
  type: AcquisitionType;

  @ApiProperty({
    description: 'Date the consumer took delivery (YYYY-MM-DD).',
    format: 'date',
    pattern: LEGAL_DATE_PATTERN_SOURCE,
    example: '2024-01-10',
  })
  @IsLegalDate()
  deliveryDate: string;

  @ApiProperty({ type: 'integer', description: 'Miles on the odometer at delivery.', example: 12, minimum: 0, maximum: MAX_MILEAGE })
  @IsInt()
  @Min(0)
  @Max(MAX_MILEAGE)
  odometerAtDelivery: number;

  @ApiPropertyOptional({
    description: 'Purchase price or total lease price, in US dollars (at most 2 decimals).',
    example: 68950,
    minimum: 0,
    maximum: MAX_MONEY,
  })
  @IsOmittable()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_MONEY)
  price?: number;

  @ApiPropertyOptional({
    description: 'Collateral charges paid: sales tax, licence and registration fees, other official fees (US dollars, at most 2 decimals).',
    example: 6205.5,
    minimum: 0,
    maximum: MAX_MONEY,
  })
  @IsOmittable()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_MONEY)
  collateralCharges?: number;

  @ApiPropertyOptional({
    description: 'For a lease: the lease payments made so far (US dollars, at most 2 decimals); restitution refunds these.',
    example: 9800,
    minimum: 0,
    maximum: MAX_MONEY,
  })
  @IsOmittable()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_MONEY)
  leasePaymentsMade?: number;
}

export class WarrantyTermsRequest implements WarrantyTerms {
  @ApiProperty({
    type: 'integer',
    description: 'Warranty term in months.',
    example: 48,
    minimum: MIN_WARRANTY_MONTHS,
    maximum: MAX_WARRANTY_MONTHS,
  })
  @IsInt()
  @Min(MIN_WARRANTY_MONTHS)
  @Max(MAX_WARRANTY_MONTHS)
  months: number;

  @ApiProperty({
    type: 'integer',
    description: 'Warranty term in miles.',
    example: 50000,
    minimum: MIN_WARRANTY_MILES,
    maximum: MAX_WARRANTY_MILES,
  })
  @IsInt()
  @Min(MIN_WARRANTY_MILES)
  @Max(MAX_WARRANTY_MILES)
  miles: number;
}

export class ManufacturerDetailsRequest {
  @ApiProperty({ example: 'BMW of North America, LLC', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  name: string;

  @ApiPropertyOptional({
    description:
      'Whether the manufacturer clearly and conspicuously disclosed the duty to notify it directly ' +
      '(e.g. Cal. Civ. Code 1793.22(b)(3)). Omitted means not stated; the command handler applies the default.',
    example: true,
  })
  @IsOmittable()
  @IsBoolean()
  noticeRequirementDisclosed?: boolean;
}

/** `"manufacturer": "BMW"` is shorthand for `{ "name": "BMW" }`; objects are left to @Type. */
export const normaliseManufacturer = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? plainToInstance(ManufacturerDetailsRequest, { name: value }) : value;

/** `POST /cases` */
@ApiExtraModels(ManufacturerDetailsRequest)
export class OpenCaseRequest {
  @ApiProperty({ type: () => ClientDetailsRequest })
  @NestedObject(() => ClientDetailsRequest)
  client: ClientDetailsRequest;

  @ApiProperty({ type: () => VehicleDetailsRequest })
  @NestedObject(() => VehicleDetailsRequest)
  vehicle: VehicleDetailsRequest;

  @ApiProperty({
    description: 'Two-letter USPS code of one of the 50 states or DC; case-insensitive on input (converted to capitals).',
    enum: [...JURISDICTION_CODES],
    example: 'CA',
  })
  @ToUpperCase()
  @IsString()
  @IsJurisdictionCode()
  jurisdiction: JurisdictionCode;

  @ApiProperty({ type: () => AcquisitionRequest })
  @NestedObject(() => AcquisitionRequest)
  acquisition: AcquisitionRequest;

  @ApiProperty({ type: () => WarrantyTermsRequest })
  @NestedObject(() => WarrantyTermsRequest)
  warranty: WarrantyTermsRequest;

  @ApiPropertyOptional({
    description:
      'The manufacturer: either its name as a string (shorthand for { name }) or an object. Always normalised to the object form.',
    oneOf: [
      { type: 'string', maxLength: MAX_NAME_LENGTH, example: 'BMW of North America, LLC' },
      { $ref: getSchemaPath(ManufacturerDetailsRequest) },
    ],
    example: { name: 'BMW of North America, LLC', noticeRequirementDisclosed: true },
  })
  @IsOmittable()
  @NestedObject(() => ManufacturerDetailsRequest, {
    normalise: normaliseManufacturer,
    message: '$property must be the manufacturer name or an object { name, noticeRequirementDisclosed? }',
  })
  manufacturer?: ManufacturerDetailsRequest;

  @ApiPropertyOptional({
    description:
      'Id of a manufacturer directory entry (`GET /manufacturers`): the notice address, dispute program and participating states come from it. ' +
      'Omit it for makers not listed (the free-text `manufacturer` still works).',
    enum: MANUFACTURER_DIRECTORY.map((m) => m.id),
    example: 'bmw',
  })
  @IsOmittable()
  @IsIn(MANUFACTURER_DIRECTORY.map((m) => m.id), {
    message: `manufacturerId must be the id of a manufacturer directory entry (${MANUFACTURER_DIRECTORY.map((m) => m.id).join(', ')})`,
  })
  manufacturerId?: string;
}
