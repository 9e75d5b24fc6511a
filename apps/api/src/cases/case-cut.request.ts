import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, ValidateBy } from 'class-validator';
import { IsOmittable } from '../validation';
import { AsOfInstantRequest } from './as-of-instant.request';

/** One way to name a past state at a time: an instant or an event, not both. */
const NotWithAsOf = () =>
  ValidateBy({
    name: 'notWithAsOf',
    validator: {
      validate: (_value, args) => (args?.object as AsOfInstantRequest).asOf === undefined,
      defaultMessage: () => 'give either version (the file right after that event) or asOf (an instant), not both',
    },
  });

/** `?asOf=<instant>` or `?version=<N>`: the case file as it stood then, or right after its event N. */
export class CaseCutRequest extends AsOfInstantRequest {
  @ApiPropertyOptional({
    example: 7,
    description: 'the file right after its event N (the history’s `version`): exact even where events share a recorded instant',
  })
  @IsOmittable()
  @Type(() => Number)
  @IsInt({ message: 'version must be a whole number from 1' })
  @Min(1, { message: 'version must be a whole number from 1' })
  @Max(2_147_483_647)
  @NotWithAsOf()
  version?: number;
}
