import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDate } from 'class-validator';
import { IsOmittable, parseInstant } from '../validation';

/** `?asOf=<instant>`: the case file as it stood then (events recorded up to that instant). */
export class AsOfInstantRequest {
  @ApiPropertyOptional({
    example: '2024-06-01T12:00:00Z',
    description: 'an ISO 8601 instant with a time zone: what the file said at that moment',
  })
  @IsOmittable()
  // An impossible instant (2024-02-30T…) stays a string, so @IsDate refuses it with a 400.
  @Transform(({ value }) => parseInstant(value) ?? value)
  @IsDate({ message: 'asOf must be an ISO 8601 instant with a time zone, e.g. 2024-06-01T12:00:00Z' })
  asOf?: Date;
}
