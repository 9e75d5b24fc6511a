import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength } from 'class-validator';
import { ORGANISATION_KINDS, ROLES, type OrganisationKind, type Role } from '@lemon/access';
import { IsNotBlank, IsOmittable } from '../validation';

export class CreateOrganisationRequest {
  @ApiProperty({ example: 'BMW of North America, Customer Relations' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'manufacturer' })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;
}

export class ListOrganisationsRequest {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS, example: 'manufacturer' })
  @IsOmittable()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;
}

export class CreateUserRequest {
  @ApiProperty({ example: 'Dana Whitfield' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'dana@example-firm.com' })
  @IsOmittable()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiProperty({ enum: ROLES, example: 'attorney' })
  @IsIn(ROLES)
  role: Role;
}

export class CreateApiKeyRequest {
  @ApiPropertyOptional({ example: 'docketing integration' })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  label?: string;
}

export class ShareCaseRequest {
  @ApiProperty({
    example: '3f0c6a0e-4a77-4f1d-9b0e-2a1f6c0d9b11',
    description: 'the organisation that may read the case: a manufacturer, or a law firm with as: "co_counsel"',
  })
  @IsString()
  @MaxLength(100)
  organisationId: string;

  @ApiPropertyOptional({
    enum: ['manufacturer', 'co_counsel'],
    default: 'manufacturer',
    description: 'co_counsel to share with a law firm',
  })
  @IsOmittable()
  @IsIn(['manufacturer', 'co_counsel'])
  as?: 'manufacturer' | 'co_counsel';
}

export class ChangeRoleRequest {
  @ApiProperty({ enum: ROLES, example: 'staff' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;
}
