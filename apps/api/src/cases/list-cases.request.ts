import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CASE_LIST_SORT_KEYS } from '@lemon/cases';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** Every accepted `sort` value: a key, ascending, or `-key`, descending. */
export const CASE_LIST_SORTS = CASE_LIST_SORT_KEYS.flatMap((key) => [key, `-${key}`]);

export class ListCasesRequest {
  @ApiPropertyOptional({ example: 'CA' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'jurisdiction must be a two-letter code such as CA' })
  jurisdiction?: string;

  @ApiPropertyOptional({ enum: ['open', 'resolved'] })
  @IsOptional()
  @IsIn(['open', 'resolved'])
  status?: string;

  @ApiPropertyOptional({ enum: ['MET', 'NOT_MET', 'PERIOD_EXPIRED', 'INSUFFICIENT_DATA'], description: 'presumption status today' })
  @IsOptional()
  @IsIn(['MET', 'NOT_MET', 'PERIOD_EXPIRED', 'INSUFFICIENT_DATA'])
  presumption?: string;

  @ApiPropertyOptional({ description: 'matches client name, VIN, make, model, manufacturer, repair-order numbers' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    example: 'BMW',
    description: 'manufacturer name or vehicle make (contains, any case), or a manufacturer directory id (exact)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  manufacturer?: string;

  @ApiPropertyOptional({ example: 30, description: 'only cases with an open deadline due between today and today + N days' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'dueWithinDays must be a whole number of days' })
  @Min(0)
  @Max(3650)
  dueWithinDays?: number;

  @ApiPropertyOptional({
    enum: CASE_LIST_SORTS,
    default: '-opened',
    description:
      'order of the list: a key, or -key for descending (ties by case id; cases with no value, e.g. no open deadline, come last either way)',
  })
  @IsOptional()
  @IsIn(CASE_LIST_SORTS, { message: `sort must be one of ${CASE_LIST_SORT_KEYS.join(', ')}, each optionally prefixed by - for descending` })
  sort?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;

  @ApiPropertyOptional({ description: 'a command response position: wait until the list includes that write' })
  @IsOptional()
  @Matches(/^[0-9:]{1,60}$/, { message: 'minPosition must be a position returned by a command' })
  minPosition?: string;
}
