import {
  BadRequestException,
  Body,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Inject,
  NotFoundException,
  Param,
  Post,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdentityService, SignInService, type Principal } from '@lemon/access';
import { APP_CONFIG, type AppConfig } from '@lemon/platform';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Public } from './auth.decorators';
import { AcceptInvitationRequest, LoginRequest } from './auth.requests';
import { CsrfProtection, presentedSessionToken, SESSION_COOKIE, sessionCookieOptions } from './web-session';

/** The one answer to every failed sign-in, whether or not the account exists. */
const REFUSED = { message: 'The email or password is not correct.', code: 'invalid_credentials' };

/** People sign in to the web app: sessions by cookie, one-time links that set a password. */
@ApiTags('sign-in')
@Controller('auth')
export class AuthHttpController {
  constructor(
    private readonly signIn: SignInService,
    private readonly identity: IdentityService,
    private readonly csrf: CsrfProtection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password: sets an HttpOnly session cookie; returns who you are and a CSRF token' })
  async login(@Body() body: LoginRequest, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    if (!this.csrf.sameOrigin(request)) throw new ForbiddenException({ message: 'sign-in from another site is refused', code: 'csrf' });
    const result = await this.signIn.login(body.email, body.password, String(request.ip ?? request.socket.remoteAddress));
    if (result.outcome === 'locked_out') {
      response.setHeader('Retry-After', String(result.retryAfterSeconds));
      throw new HttpException(
        {
          message: `Too many failed sign-ins for this account or from this address. Try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes, or ask an administrator for a password reset link.`,
          code: 'locked_out',
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    if (result.outcome === 'refused') throw new UnauthorizedException(REFUSED);
    // A new session id on every sign-in; the one the browser held before (if any) ends.
    const previous = presentedSessionToken(request);
    if (previous) await this.signIn.logout(previous);
    response.cookie(SESSION_COOKIE, result.sessionToken, sessionCookieOptions(request));
    const csrfToken = this.csrf.issueToken(request, response, result.sessionToken);
    return { ...(await this.describe(result.principal)), csrfToken };
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends the session and clears its cookie' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = presentedSessionToken(request);
    if (token && this.csrf.sameOrigin(request)) await this.signIn.logout(token);
    response.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
    this.csrf.clearCookie(response, request);
  }

  @Get('session')
  @ApiOperation({ summary: 'Who is signed in, and a fresh CSRF token for cookie-authenticated writes (X-CSRF-Token)' })
  async session(@CurrentPrincipal() principal: Principal, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const csrfToken = principal.sessionId ? this.csrf.issueToken(request, response) : undefined;
    return { ...(await this.describe(principal)), csrfToken };
  }

  @Post('invitations/:token/accept')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Set your password from a one-time invitation, password-reset or setup link (valid 72 hours)' })
  async accept(@Param('token') token: string, @Body() body: AcceptInvitationRequest) {
    const result = await this.signIn.acceptCredentialLink(token, body);
    if (result.outcome === 'not_found')
      throw new NotFoundException({
        message:
          'This link is not valid: it was already used, has expired (72 hours), or was replaced by a newer one. Ask an administrator for a new link.',
        code: 'not_found',
      });
    if (result.outcome === 'invalid') throw new BadRequestException({ message: 'the password cannot be set', errors: result.errors });
    return { email: result.email, message: 'Your password is set: sign in with your email address.' };
  }

  private async describe(principal: Principal) {
    const [user, organisation] = await Promise.all([
      this.identity.user(principal.userId),
      this.identity.organisation(principal.organisationId),
    ]);
    return {
      user: user && { id: user.id, name: user.name, email: user.email, role: user.role },
      organisation: organisation && {
        id: organisation.id,
        name: organisation.name,
        kind: organisation.kind,
        operator: organisation.operator,
      },
      sessionIdleHours: this.config.sessionIdleHours,
    };
  }
}
