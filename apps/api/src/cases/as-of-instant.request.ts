import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDate } from 'class-validator';
import { IsOmittable } from '../validation';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `?asOf=<instant>`: the case file as it stood then (events recorded up to that instant). */
export class AsOfInstantRequest {
  @ApiPropertyOptional({
    example: '2024-06-01T12:00:00Z',
    description: 'an ISO 8601 instant with a time zone: what the file said at that moment',
  })
  @IsOmittable()
  @Transform(({ value }) =>
    typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value) : value,
  )
  @IsDate({ message: 'asOf must be an ISO 8601 instant with a time zone, e.g. 2024-06-01T12:00:00Z' })
  asOf?: Date;
}
