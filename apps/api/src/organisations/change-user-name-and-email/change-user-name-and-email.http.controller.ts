import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  ForbiddenException,
  NotFoundException,
  Param,
  Patch,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdentityService, type Principal } from '@lemon/access';
import { CurrentPrincipal } from '../../auth/auth.decorators';
import { ChangeUserNameAndEmailRequest } from './change-user-name-and-email.request.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = (userId: string) => new NotFoundException({ message: `user ${userId} not found`, code: 'not_found' });

/**
 * An organisation's admins correct a user's name and email; each change is in the administration
 * log (old -> new). Admins only, the user included: an email is how one signs in, so a user who
 * could change their own could hand their account to another address. Sessions and keys stay.
 */
@ApiTags('organisations')
@Controller()
export class ChangeUserNameAndEmailHttpController {
  constructor(private readonly identity: IdentityService) {}

  @Patch('users/:userId/name-and-email')
  @ApiOperation({
    summary:
      'Correct a user’s name and/or email (the organisation’s admins; logged old -> new). 409 email_taken when another user has the email. Sessions and API keys are unaffected.',
  })
  async handle(@Param('userId') userId: string, @Body() body: ChangeUserNameAndEmailRequest, @CurrentPrincipal() principal: Principal) {
    const user = UUID.test(userId) ? await this.identity.user(userId) : undefined;
    if (!user || user.organisationId !== principal.organisationId) throw notFound(userId);
    if (principal.role !== 'admin')
      throw new ForbiddenException({ message: 'only admins change a user’s name or email', code: 'forbidden' });
    if (body.name === undefined && body.email === undefined) {
      const messages = ['give a name, an email, or both'];
      throw new BadRequestException({ message: messages[0], code: 'validation_failed', errors: [{ field: 'name', messages }] });
    }
    const result = await this.identity.changeNameAndEmail(principal, user.id, { name: body.name, email: body.email });
    if (result.outcome === 'not_found') throw notFound(userId);
    if (result.outcome === 'email_taken') {
      const message = 'another user already has this email address';
      throw new ConflictException({ message, code: 'email_taken', errors: [{ field: 'email', messages: [message] }] });
    }
    return result.user;
  }
}
