import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import type { RecordManufacturerDisclosure } from '@lemon/domain';
import { IsOmittable, MAX_NOTE_LENGTH } from '../../validation';

/** `POST /cases/{id}/manufacturer-disclosure` */
export class RecordManufacturerDisclosureRequest implements Omit<RecordManufacturerDisclosure['data'], never> {
  @ApiProperty({
    example: true,
    description:
      'whether the manufacturer clearly and conspicuously disclosed the duty to notify it directly (Cal. Civ. Code 1793.22(b)(3))',
  })
  @IsBoolean()
  noticeRequirementDisclosed: boolean;

  @ApiPropertyOptional({ example: 'warranty booklet page 12', maxLength: MAX_NOTE_LENGTH })
  @IsOmittable()
  @IsString()
  @MaxLength(MAX_NOTE_LENGTH)
  note?: string;
}
