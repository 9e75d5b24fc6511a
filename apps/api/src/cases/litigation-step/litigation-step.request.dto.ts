import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { LITIGATION_STEP_KINDS, NOTICE_METHODS, type LitigationStepKind, type NoticeMethod } from '@lemon/domain';
import { IsLegalDate, IsNotBlank, IsOmittable, IsOnOrAfter, LEGAL_DATE_PATTERN_SOURCE, MAX_NAME_LENGTH } from '../../validation';
import { CorrectionReason } from '../amendments/correction-reason';

/**
 * `POST /cases/{id}/litigation-steps`: a pre-suit notice sent, or a complaint or answer filed. The
 * field rules between kinds (a court only on a filing, a receipt only on a notice) are the decider's.
 */
export class RecordLitigationStepRequest {
  @ApiProperty({
    enum: [...LITIGATION_STEP_KINDS],
    example: 'answer_filed',
    description:
      "`presuit_notice`: the consumer's written notice before suit (Cal. Code Civ. Proc. 871.24(a)); `complaint_filed`: stops the time to file; `answer_filed`: starts the 871.26 disclosure and mediation clocks.",
  })
  @IsIn(LITIGATION_STEP_KINDS)
  kind: LitigationStepKind;

  @ApiProperty({
    description: 'Day the notice was sent or the pleading filed.',
    format: 'date',
    pattern: LEGAL_DATE_PATTERN_SOURCE,
    example: '2026-03-02',
  })
  @IsLegalDate()
  on: string;

  @ApiPropertyOptional({
    description: 'Pre-suit notice only: the day the manufacturer received it (on or after `on`).',
    format: 'date',
    pattern: LEGAL_DATE_PATTERN_SOURCE,
    example: '2026-03-04',
  })
  @IsOmittable()
  @IsLegalDate()
  @IsOnOrAfter('on')
  receivedOn?: string;

  @ApiPropertyOptional({ description: 'Pre-suit notice only: how it was sent.', enum: [...NOTICE_METHODS], example: 'certified_mail' })
  @IsOmittable()
  @IsIn(NOTICE_METHODS)
  method?: NoticeMethod;

  @ApiPropertyOptional({
    description: 'Complaint or answer: the court.',
    example: 'Superior Court of California, County of Los Angeles',
    maxLength: MAX_NAME_LENGTH,
  })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  court?: string;

  @ApiPropertyOptional({ description: "Complaint or answer: the court's case number.", example: '26STCV04512', maxLength: MAX_NAME_LENGTH })
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  caseNumber?: string;
}

/** `POST /cases/{id}/litigation-steps/{stepId}/corrections`: the full corrected step + `correctionReason`. */
export class CorrectLitigationStepRequest extends RecordLitigationStepRequest {
  @CorrectionReason()
  correctionReason: string;
}
