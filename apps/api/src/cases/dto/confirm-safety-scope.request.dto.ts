import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { SAFETY_SCOPE_FACTS, type ConfirmSafetyScope, type SafetyScopeFact } from '@lemon/domain';
import { IsOmittable, MAX_NOTE_LENGTH } from '../../validation';

/** `POST /cases/{id}/nonconformities/{nonconformityId}/safety-scope` */
export class ConfirmSafetyScopeRequest implements Omit<ConfirmSafetyScope['data'], 'nonconformityId'> {
  @ApiProperty({
    enum: SAFETY_SCOPE_FACTS,
    isArray: true,
    example: ['brakes_or_steering'],
    description: 'narrower safety categories some statutes require (GA, MD, ID, MN); replaces an earlier confirmation',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(SAFETY_SCOPE_FACTS, { each: true })
  scopes: SafetyScopeFact[];

  @ApiPropertyOptional({ example: 'dealer RO notes total loss of power steering', maxLength: MAX_NOTE_LENGTH })
  @IsOmittable()
  @IsString()
  @MaxLength(MAX_NOTE_LENGTH)
  note?: string;
}
