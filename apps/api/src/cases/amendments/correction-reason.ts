import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, MAX_DESCRIPTION_LENGTH } from '../../validation';

/** `correctionReason`: why a record is corrected (every correction carries one, as repair attempts' do). */
export const CorrectionReason = () =>
  applyDecorators(
    ApiProperty({ description: 'Why the record is corrected.', example: 'Typed 91,500 for 9,150.', maxLength: MAX_DESCRIPTION_LENGTH }),
    IsString(),
    IsNotEmpty(),
    IsNotBlank(),
    MaxLength(MAX_DESCRIPTION_LENGTH),
  );
