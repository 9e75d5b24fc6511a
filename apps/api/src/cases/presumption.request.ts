import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsLegalDate, IsOmittable } from '../validation';

export class PresumptionRequest {
  @ApiPropertyOptional({ example: '2024-07-10', description: 'legal date to evaluate on (default: today); later facts do not count' })
  @IsOmittable()
  @IsLegalDate()
  asOf?: string;
}
