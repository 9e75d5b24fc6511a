import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, IsOmittable } from '../../validation';

const trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** `PATCH /users/{id}/name-and-email`: omitted fields stay; at least one is given. */
export class ChangeUserNameAndEmailRequest {
  @ApiPropertyOptional({ example: 'Dana Whitfield', maxLength: 200, description: 'As letters print it and the history shows it.' })
  @IsOmittable()
  @trimmed()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @IsNotBlank()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    example: 'dana@example-firm.com',
    maxLength: 254,
    description: 'The address the user signs in with: no other user may have it (letter case aside).',
  })
  @IsOmittable()
  @trimmed()
  @IsEmail({}, { message: 'email must be an email address, like name@example.com' })
  @MaxLength(254)
  email?: string;
}
