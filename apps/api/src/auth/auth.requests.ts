import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsOmittable } from '../validation';

export class LoginRequest {
  @ApiProperty({ example: 'dana@example-firm.com' })
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MaxLength(256)
  password: string;
}

export class AcceptInvitationRequest {
  @ApiProperty({ description: 'at least 12 characters, not a commonly used password', example: 'correct horse battery staple' })
  @IsString()
  @MaxLength(256)
  password: string;

  @ApiPropertyOptional({
    description: 'only for an account without an email yet (the first-start setup link)',
    example: 'admin@example-firm.com',
  })
  @IsOmittable()
  @IsString()
  @MaxLength(254)
  email?: string;
}
