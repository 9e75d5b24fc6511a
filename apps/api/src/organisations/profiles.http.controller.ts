import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, Patch } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IdentityService, type Principal } from '@lemon/access';
import { ProfileService } from '@lemon/cases';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { IsNotBlank } from '../validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `PATCH /organisations/{id}`: the letterhead. Omitted fields stay; null clears one. */
export class UpdateOrganisationProfileRequest {
  @ApiPropertyOptional({ type: String, nullable: true, example: '1200 Wilshire Blvd, Suite 400, Los Angeles, CA 90017', maxLength: 300 })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsString()
  @IsNotBlank()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '(213) 555-0142', maxLength: 40 })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsString()
  @IsNotBlank()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "The firm's bar or registration number, if any.", maxLength: 40 })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsString()
  @IsNotBlank()
  @MaxLength(40)
  barNumber?: string | null;
}

/** `PATCH /users/{id}`: the attorney's signature block. */
export class UpdateUserSignatureRequest {
  @ApiPropertyOptional({ type: [String], example: ['Attorney for Maria Delgado', 'State Bar No. 123456'], maxItems: 6 })
  @ValidateIf((_, v) => v !== undefined)
  @IsArray()
  @ArrayMaxSize(6)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  signatureLines?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '123456', maxLength: 40 })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsString()
  @IsNotBlank()
  @MaxLength(40)
  barNumber?: string | null;
}

/** Letterhead per organisation and signature lines per user, printed on generated letters. */
@ApiTags('organisations')
@Controller()
export class ProfilesHttpController {
  constructor(
    private readonly identity: IdentityService,
    private readonly profiles: ProfileService,
  ) {}

  @Patch('organisations/:organisationId')
  @ApiOperation({ summary: 'Update the organisation’s letterhead profile: address, phone, bar number (its admins)' })
  async updateOrganisation(
    @Param('organisationId') id: string,
    @Body() body: UpdateOrganisationProfileRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    const organisation = await this.ownOrganisation(id, principal);
    if (principal.role !== 'admin')
      throw new ForbiddenException({ message: 'only admins change the organisation profile', code: 'forbidden' });
    return { ...organisation, profile: await this.profiles.updateOrganisationProfile(organisation.id, body) };
  }

  @Get('organisations/:organisationId/profile')
  @ApiOperation({ summary: 'The organisation’s letterhead profile' })
  async organisationProfile(@Param('organisationId') id: string, @CurrentPrincipal() principal: Principal) {
    const organisation = await this.ownOrganisation(id, principal);
    return { organisationId: organisation.id, name: organisation.name, ...(await this.profiles.organisationProfile(organisation.id)) };
  }

  @Patch('users/:userId')
  @ApiOperation({ summary: 'Update a user’s signature lines and bar number (the user, or the organisation’s admins)' })
  async updateUser(@Param('userId') userId: string, @Body() body: UpdateUserSignatureRequest, @CurrentPrincipal() principal: Principal) {
    const user = await this.signer(userId, principal, 'changes');
    return { ...user, signature: await this.profiles.updateUserSignature(user.id, body) };
  }

  @Get('users/:userId/signature')
  @ApiOperation({ summary: 'A user’s signature lines and bar number as letters print them (the user, or the organisation’s admins)' })
  async userSignature(@Param('userId') userId: string, @CurrentPrincipal() principal: Principal) {
    const user = await this.signer(userId, principal, 'reads');
    return { userId: user.id, name: user.name, ...(await this.profiles.userSignature(user.id)) };
  }

  /** A signature is its user's own: they, or their organisation's admins, read and change it. */
  private async signer(userId: string, principal: Principal, action: 'reads' | 'changes') {
    const user = UUID.test(userId) ? await this.identity.user(userId) : undefined;
    if (!user || user.organisationId !== principal.organisationId)
      throw new NotFoundException({ message: `user ${userId} not found`, code: 'not_found' });
    if (user.id !== principal.userId && principal.role !== 'admin')
      throw new ForbiddenException({ message: `only the user or an admin ${action} a signature`, code: 'forbidden' });
    return user;
  }

  private async ownOrganisation(id: string, principal: Principal) {
    const organisation = UUID.test(id) ? await this.identity.organisation(id) : undefined;
    if (!organisation || organisation.id !== principal.organisationId)
      throw new NotFoundException({ message: `organisation ${id} not found`, code: 'not_found' });
    return organisation;
  }
}
