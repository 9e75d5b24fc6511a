import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IsOmittable } from '../../validation';

/** `confirmDuplicate`: record the repair order even though the same one is already on the case (409 `duplicate_repair_order` otherwise). */
export const ConfirmDuplicate = () =>
  applyDecorators(
    ApiPropertyOptional({
      description:
        'Set to true to record a repair order although one with the same number, or the same dealer, date in and nonconformities, is on the case (otherwise 409 duplicate_repair_order). Not stored.',
      type: 'boolean',
      example: false,
    }),
    IsOmittable(),
    IsBoolean(),
  );

/** `confirmImplausible`: record a mileage far off the odometer trend (422 `implausible_mileage` otherwise). */
export const ConfirmImplausible = () =>
  applyDecorators(
    ApiPropertyOptional({
      description:
        'Set to true to record a mileage implying more than IMPLAUSIBLE_MILES_PER_DAY (default 1,000) miles a day against the nearest readings (otherwise 422 implausible_mileage). Not stored.',
      type: 'boolean',
      example: false,
    }),
    IsOmittable(),
    IsBoolean(),
  );
