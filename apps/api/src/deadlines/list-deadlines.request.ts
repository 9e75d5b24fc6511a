import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { DEADLINE_KINDS, DEADLINE_STATUSES } from '@lemon/deadlines';
import { IsLegalDate, IsOmittable } from '../validation';

export class ListDeadlinesRequest {
  @ApiPropertyOptional({ example: '2025-07-01', description: 'only deadlines due before this date' })
  @IsOmittable()
  @IsLegalDate()
  dueBefore?: string;

  @ApiPropertyOptional({ example: '2025-06-01', description: 'only deadlines due on or after this date' })
  @IsOmittable()
  @IsLegalDate()
  dueAfter?: string;

  @ApiPropertyOptional({ enum: DEADLINE_STATUSES, description: 'status today' })
  @IsOmittable()
  @IsIn(DEADLINE_STATUSES)
  status?: string;

  @ApiPropertyOptional({ example: 'CA' })
  @IsOmittable()
  @Matches(/^[A-Z]{2}$/, { message: 'jurisdiction must be a two-letter code such as CA' })
  jurisdiction?: string;

  @ApiPropertyOptional({ enum: DEADLINE_KINDS })
  @IsOmittable()
  @IsIn(DEADLINE_KINDS)
  kind?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: 100 })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}
