import {
  Body,
  ConflictException,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Patch,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdentityService, SignInService, type Principal, type UserView } from '@lemon/access';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { ChangeRoleRequest } from './organisations.requests';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An organisation's admins change their users' roles and deactivate or reactivate them; every
 * change is in the organisation's administration log. Users of other organisations are "not
 * found" (the operator's admins included: they create organisations, they do not run them). The
 * organisation always keeps one active admin, and nobody deactivates themselves.
 */
@ApiTags('organisations')
@Controller()
export class UserAdministrationHttpController {
  constructor(
    private readonly identity: IdentityService,
    private readonly signIn: SignInService,
  ) {}

  /** Applies the change, then forgets the user's remembered sessions so it holds on their next request. */
  private async administer(principal: Principal, user: UserView, change: { role: UserView['role'] } | { active: boolean }) {
    const changed = await this.identity.administerUser(principal, user.id, change);
    this.signIn.forgetUser(user.id);
    return changed ?? user;
  }

  @Patch('users/:userId/role')
  @ApiOperation({ summary: 'Change a user’s role: admin, attorney, staff or auditor (the organisation’s admins; logged)' })
  async changeRole(@Param('userId') userId: string, @Body() body: ChangeRoleRequest, @CurrentPrincipal() principal: Principal) {
    const user = await this.administeredUser(userId, principal);
    if (user.role === 'admin' && body.role !== 'admin' && user.deactivatedAt === null)
      await this.keepAnAdmin(user, 'take the admin role from');
    return this.administer(principal, user, { role: body.role });
  }

  @Post('users/:userId/deactivate')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Deactivate a user (the organisation’s admins; logged): their sessions end and their API keys stop working at once; what they recorded keeps their name',
  })
  async deactivate(@Param('userId') userId: string, @CurrentPrincipal() principal: Principal) {
    const user = await this.administeredUser(userId, principal);
    if (user.id === principal.userId)
      throw new ConflictException({ message: 'you cannot deactivate yourself: another admin can', code: 'self_deactivation' });
    if (user.role === 'admin' && user.deactivatedAt === null) await this.keepAnAdmin(user, 'deactivate');
    return this.administer(principal, user, { active: false });
  }

  @Post('users/:userId/reactivate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reactivate a deactivated user (the organisation’s admins; logged): they sign in again; unrevoked API keys work again',
  })
  async reactivate(@Param('userId') userId: string, @CurrentPrincipal() principal: Principal) {
    const user = await this.administeredUser(userId, principal);
    return this.administer(principal, user, { active: true });
  }

  @Get('organisations/:organisationId/admin-log')
  @ApiOperation({
    summary:
      'The organisation’s administration log: role changes, deactivations, reactivations, name and email corrections (old -> new), who did them, when (its admins)',
  })
  async adminLog(@Param('organisationId') organisationId: string, @CurrentPrincipal() principal: Principal) {
    if (organisationId !== principal.organisationId)
      throw new NotFoundException({ message: `organisation ${organisationId} not found`, code: 'not_found' });
    this.requireAdmin(principal);
    return { items: await this.identity.adminActions(organisationId) };
  }

  private requireAdmin(principal: Principal) {
    if (principal.role !== 'admin') throw new ForbiddenException({ message: 'only admins manage users and keys', code: 'forbidden' });
  }

  /** A user of the caller's own organisation (else not found), and the caller is its admin (else forbidden). */
  private async administeredUser(userId: string, principal: Principal): Promise<UserView> {
    const user = UUID.test(userId) ? await this.identity.user(userId) : undefined;
    if (!user || user.organisationId !== principal.organisationId)
      throw new NotFoundException({ message: `user ${userId} not found`, code: 'not_found' });
    this.requireAdmin(principal);
    return user;
  }

  private async keepAnAdmin(user: UserView, what: string) {
    if ((await this.identity.activeAdmins(user.organisationId)) <= 1)
      throw new ConflictException({
        message: `cannot ${what} ${user.name}: the organisation must keep at least one active admin`,
        code: 'last_admin',
      });
  }
}
