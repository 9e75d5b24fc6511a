import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString, MaxLength, ValidateIf } from 'class-validator';
import { WEBHOOK_EVENT_TYPES } from '@lemon/webhooks';
import { IsOmittable, IsNotBlank } from '../validation';

const SUBSCRIBABLE = [...WEBHOOK_EVENT_TYPES.filter((t) => t !== 'webhook.test'), '*'];

export class CreateWebhookSubscriptionRequest {
  @ApiProperty({
    example: 'https://hooks.example-firm.com/lemon-ledger',
    description: 'https URL; private, loopback and link-local targets are refused',
  })
  @IsString()
  @IsNotBlank()
  @MaxLength(2000)
  url: string;

  @ApiProperty({ enum: SUBSCRIBABLE, isArray: true, example: ['deadline.approaching', 'deadline.missed'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(SUBSCRIBABLE, { each: true })
  eventTypes: string[];

  @ApiPropertyOptional({ example: 'docketing system' })
  @IsOmittable()
  @IsString()
  @MaxLength(500)
  description?: string;
}

/** `PATCH /webhook-subscriptions/{id}`: what is given changes, what is omitted stays; `description: null` clears it. */
export class UpdateWebhookSubscriptionRequest {
  @ApiPropertyOptional({
    example: 'https://hooks.example-firm.com/lemon-ledger/v2',
    description: 'https URL; private, loopback and link-local targets are refused (422 naming `url`)',
  })
  @IsOmittable()
  @IsString()
  @IsNotBlank()
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ enum: SUBSCRIBABLE, isArray: true, example: ['deadline.missed'] })
  @IsOmittable()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(SUBSCRIBABLE, { each: true })
  eventTypes?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'docketing system (new)' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsString()
  @MaxLength(500)
  description?: string | null;
}
