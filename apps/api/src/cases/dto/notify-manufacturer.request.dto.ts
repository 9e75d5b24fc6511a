import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NOTICE_METHODS, type NoticeMethod, type NotifyManufacturer } from '@lemon/domain';
import {
  IsLegalDate,
  IsOmittable,
  IsOnOrAfter,
  LEGAL_DATE_PATTERN_SOURCE,
  MAX_ID_LENGTH,
  MAX_LIST_SIZE,
  EACH_WHEN_ARRAY,
  WHEN_ARRAY,
} from '../../validation';

/** `POST /cases/{id}/manufacturer-notices`: written notice to the manufacturer. */
export class NotifyManufacturerRequest implements Omit<NotifyManufacturer['data'], 'noticeId'> {
  @ApiProperty({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-04-15' })
  @IsLegalDate()
  sentOn: string;

  @ApiProperty({ enum: [...NOTICE_METHODS], example: 'certified_mail' })
  @IsIn(NOTICE_METHODS)
  method: NoticeMethod;

  @ApiPropertyOptional({ description: 'On or after sentOn.', format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE, example: '2024-04-18' })
  @IsOmittable()
  @IsLegalDate()
  @IsOnOrAfter('sentOn')
  receivedOn?: string;

  @ApiPropertyOptional({
    description: 'Ids of the nonconformities the notice describes; may be empty; [] when omitted.',
    type: [String],
    default: [],
    example: ['0f8e7c1a-4f55-4c1e-9a55-2f0c3b7d9e11'],
    maxItems: MAX_LIST_SIZE,
    uniqueItems: true,
  })
  @IsArray()
  @ArrayMaxSize(MAX_LIST_SIZE, WHEN_ARRAY)
  @ArrayUnique(WHEN_ARRAY)
  @IsString(EACH_WHEN_ARRAY)
  @IsNotEmpty(EACH_WHEN_ARRAY)
  @MaxLength(MAX_ID_LENGTH, EACH_WHEN_ARRAY)
  nonconformityIds: string[] = [];
}
