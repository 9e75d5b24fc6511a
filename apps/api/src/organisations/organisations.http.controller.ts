import {
  Body,
  ConflictException,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdentityService, SignInService, type CredentialLinkPurpose, type Principal } from '@lemon/access';
import { APP_CONFIG, type AppConfig } from '@lemon/platform';
import type { Request } from 'express';
import { CurrentPrincipal, Requires } from '../auth/auth.decorators';
import { CreateApiKeyRequest, CreateOrganisationRequest, CreateUserRequest, ListOrganisationsRequest } from './organisations.requests';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = (what: string) => new NotFoundException({ message: `${what} not found`, code: 'not_found' });

/**
 * Who may manage whom: the operator's admins create organisations and each one's FIRST admin
 * (who gets the organisation's first key); after that an organisation's own admins manage its
 * users and keys. The operator never creates keys for, nor acts as, another organisation's users.
 * Anyone may revoke their own key. Other organisations' things are "not found".
 */
const operatorLimit = (message: string) => new ForbiddenException({ message, code: 'operator_limit' });
/** People sign in by email: an address another user has is refused at the invitation, not when the invitee accepts. */
const emailTaken = () => {
  const message = 'another user already has this email address';
  return new ConflictException({ message, code: 'email_taken', errors: [{ field: 'email', messages: [message] }] });
};

@ApiTags('organisations')
@Controller()
export class OrganisationsHttpController {
  constructor(
    private readonly identity: IdentityService,
    private readonly signIn: SignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('me')
  @ApiOperation({ summary: 'The caller: user, organisation, role' })
  async me(@CurrentPrincipal() principal: Principal) {
    return {
      ...principal,
      organisation: await this.identity.organisation(principal.organisationId),
      user: await this.identity.user(principal.userId),
    };
  }

  @Post('organisations')
  @HttpCode(201)
  @Requires({ operator: true, roles: ['admin'] })
  @ApiOperation({ summary: 'Create a law firm or manufacturer organisation (operator admins)' })
  createOrganisation(@Body() body: CreateOrganisationRequest) {
    return this.identity.createOrganisation(body.name, body.kind);
  }

  @Get('organisations')
  @ApiOperation({
    summary:
      'Organisations the caller may see: all for operator admins, else its own; ?kind=manufacturer lists every manufacturer by name (id, name) for law firms picking a share target',
  })
  async organisations(@Query() query: ListOrganisationsRequest, @CurrentPrincipal() principal: Principal) {
    if (this.isOperatorAdmin(principal)) {
      const all = await this.identity.organisations();
      return { items: query.kind ? all.filter((o) => o.kind === query.kind) : all };
    }
    if (query.kind === 'manufacturer' && principal.organisationKind === 'law_firm') {
      return { items: await this.identity.organisationsOfKind('manufacturer') };
    }
    const own = await this.identity.organisations([principal.organisationId]);
    return { items: query.kind ? own.filter((o) => o.kind === query.kind) : own };
  }

  @Get('organisations/:organisationId')
  @ApiOperation({ summary: 'One organisation' })
  async organisation(@Param('organisationId') id: string, @CurrentPrincipal() principal: Principal) {
    return this.visibleOrganisation(id, principal);
  }

  @Post('organisations/:organisationId/users')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Add a user with a role: admin, attorney, staff or auditor (the organisation’s admins). The operator’s admins add only another organisation’s first admin: the response then carries that admin’s first API key (apiKey.key, shown once). Every answer carries a one-time invitation link (invitation.url, 72 h) that sets the person’s password: copy it to them. 409 email_taken when another user already has the email (people sign in by it).',
  })
  async createUser(
    @Param('organisationId') id: string,
    @Body() body: CreateUserRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ) {
    await this.managedOrganisation(id, principal);
    if (id === principal.organisationId) {
      const created = await this.identity.createUser(id, body);
      if (created.outcome === 'email_taken') throw emailTaken();
      return { ...created.user, invitation: await this.credentialLink(created.user.id, 'invitation', request) };
    }
    // The operator, for another organisation: its first admin only.
    if (body.role !== 'admin') throw operatorLimit('the operator creates only an organisation’s first admin; its admins add the others');
    const created = await this.identity.createFirstAdmin(id, { name: body.name, email: body.email });
    if (created.outcome === 'has_users') throw operatorLimit('the organisation already has users: its own admins add the others');
    if (created.outcome === 'email_taken') throw emailTaken();
    return { ...created.user, apiKey: created.apiKey, invitation: await this.credentialLink(created.user.id, 'invitation', request) };
  }

  @Post('users/:userId/password-reset')
  @HttpCode(201)
  @ApiOperation({ summary: 'A one-time password-reset link (72 h) for a user of your organisation (admins): copy it to them' })
  async passwordReset(@Param('userId') userId: string, @CurrentPrincipal() principal: Principal, @Req() request: Request) {
    const user = await this.managedUser(userId, principal);
    return this.credentialLink(user.id, 'password_reset', request);
  }

  /** No mail server: the admin copies the link. Its token is in the fragment, so it never reaches a server log. */
  private async credentialLink(userId: string, purpose: CredentialLinkPurpose, request: Request) {
    const { token, expiresAt } = await this.signIn.issueCredentialLink(userId, purpose);
    const base = this.config.publicUrl ?? `${request.protocol}://${request.get('host')}`;
    return { url: `${base}/app/invitation#token=${token}`, token, expiresAt, purpose };
  }

  @Get('organisations/:organisationId/users')
  @ApiOperation({ summary: 'The organisation’s users (its admins)' })
  async users(@Param('organisationId') id: string, @CurrentPrincipal() principal: Principal) {
    await this.managedOrganisation(id, principal);
    return { items: await this.identity.users(id) };
  }

  @Post('users/:userId/api-keys')
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue an API key for a user: the key is in this response only; it is stored hashed' })
  async createKey(@Param('userId') userId: string, @Body() body: CreateApiKeyRequest, @CurrentPrincipal() principal: Principal) {
    const user = await this.managedUser(userId, principal);
    // A key is a way to act as its user: only the user's own organisation issues one.
    if (user.organisationId !== principal.organisationId) {
      throw operatorLimit('the operator does not issue keys for another organisation’s users; that organisation’s admins do');
    }
    return this.identity.createApiKey(userId, body.label);
  }

  @Get('users/:userId/api-keys')
  @ApiOperation({ summary: 'A user’s keys: prefix, label, created, last used, revoked (never the key)' })
  async keys(@Param('userId') userId: string, @CurrentPrincipal() principal: Principal) {
    await this.managedUser(userId, principal, true);
    return { items: await this.identity.apiKeys(userId) };
  }

  @Delete('api-keys/:keyId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key (the organisation’s admins, or its own user)' })
  async revokeKey(@Param('keyId') keyId: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    const key = UUID.test(keyId) ? await this.identity.apiKey(keyId) : undefined;
    if (!key || (key.organisationId !== principal.organisationId && !this.isOperatorAdmin(principal))) throw notFound(`API key ${keyId}`);
    if (key.userId !== principal.userId && principal.role !== 'admin')
      throw new ForbiddenException({ message: 'only admins revoke other users’ keys', code: 'forbidden' });
    await this.identity.revokeApiKey(keyId);
  }

  private isOperatorAdmin(principal: Principal): boolean {
    return principal.operator && principal.role === 'admin';
  }

  private async visibleOrganisation(id: string, principal: Principal) {
    const organisation = UUID.test(id) ? await this.identity.organisation(id) : undefined;
    if (!organisation || (organisation.id !== principal.organisationId && !this.isOperatorAdmin(principal)))
      throw notFound(`organisation ${id}`);
    return organisation;
  }

  private async managedOrganisation(id: string, principal: Principal) {
    const organisation = await this.visibleOrganisation(id, principal);
    if (principal.role !== 'admin') throw new ForbiddenException({ message: 'only admins manage users and keys', code: 'forbidden' });
    return organisation;
  }

  /** `selfMayRead`: a user may list their own keys. */
  private async managedUser(userId: string, principal: Principal, selfMayRead = false) {
    const user = UUID.test(userId) ? await this.identity.user(userId) : undefined;
    if (!user || (user.organisationId !== principal.organisationId && !this.isOperatorAdmin(principal))) throw notFound(`user ${userId}`);
    if (principal.role !== 'admin' && !(selfMayRead && user.id === principal.userId)) {
      throw new ForbiddenException({ message: 'only admins manage users and keys', code: 'forbidden' });
    }
    return user;
  }
}
