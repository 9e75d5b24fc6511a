import { ApiProperty } from '@nestjs/swagger';
import type { RecordManufacturerCompliance } from '@lemon/domain';
import { IsLegalDate, LEGAL_DATE_PATTERN_SOURCE } from '../../validation';

/** `POST /cases/{id}/dispute-claims/{claimId}/compliance` */
export class RecordManufacturerComplianceRequest implements Omit<RecordManufacturerCompliance['data'], 'claimId'> {
  @ApiProperty({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-07-15' })
  @IsLegalDate()
  compliedOn: string;
}
