import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { HISTORY_DEFAULT_PAGE_SIZE, HISTORY_MAX_PAGE_SIZE } from '@lemon/cases';
import { IsOmittable } from '../validation';
import { CaseCutRequest } from './case-cut.request';

/** `GET /cases/{id}/history?asOf=|version=&page=&pageSize=`: a page of the events, oldest first. */
export class CaseHistoryRequest extends CaseCutRequest {
  @ApiPropertyOptional({ default: 1, description: 'page number, from 1 (page 1 holds the oldest events)' })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ default: HISTORY_DEFAULT_PAGE_SIZE, maximum: HISTORY_MAX_PAGE_SIZE })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(HISTORY_MAX_PAGE_SIZE)
  pageSize?: number;
}
