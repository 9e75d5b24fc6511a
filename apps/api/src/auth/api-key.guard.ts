import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IdentityService, SignInService, type Principal } from '@lemon/access';
import type { Request, Response } from 'express';
import { PUBLIC_ROUTE, REQUIREMENTS, type Requirements } from './auth.decorators';
import { FailedAuthenticationLimiter } from './failed-authentication.limiter';
import { CsrfProtection, presentedSessionToken } from './web-session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `Authorization: Bearer <key>` (or `X-API-Key: <key>`). */
const presentedKey = (request: Request): string | undefined => {
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return match?.[1];
  }
  const header = request.headers['x-api-key'];
  return typeof header === 'string' ? header.trim() : undefined;
};

/**
 * Every request is authenticated (except @Public routes) before anything else runs: by API key
 * (integrations) or, without one, by a signed-in person's session cookie, whose writes must also
 * pass the CSRF check.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
    private readonly signIn: SignInService,
    private readonly csrf: CsrfProtection,
    private readonly failures: FailedAuthenticationLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const key = presentedKey(request);
    const sessionToken = key ? undefined : presentedSessionToken(request);
    if (sessionToken) {
      const principal = await this.signIn.authenticateSession(sessionToken);
      if (!principal) throw new UnauthorizedException({ message: 'your session has ended: sign in again', code: 'session_expired' });
      if (!SAFE_METHODS.has(request.method) && !this.csrf.validWrite(request)) {
        throw new ForbiddenException({ message: 'the request lacks a valid CSRF token or comes from another site', code: 'csrf' });
      }
      request.principal = principal;
      return true;
    }
    if (!key) {
      throw new UnauthorizedException({ message: 'an API key is required: Authorization: Bearer <key>', code: 'unauthenticated' });
    }
    const address = String(request.ip);
    const response = context.switchToHttp().getResponse<Response>();
    await this.failures.refuseWhileBlocked(address, response);
    const principal = await this.identity.authenticate(key);
    if (!principal) await this.failures.recordFailure(address, response);
    if (!principal) throw new UnauthorizedException({ message: 'the API key is not valid or was revoked', code: 'unauthenticated' });
    request.principal = principal;
    return true;
  }
}

/** Route-level requirements (@Requires): role, organisation kind, operator. */
@Injectable()
export class RequirementsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const requirements = this.reflector.getAllAndOverride<Requirements | undefined>(REQUIREMENTS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!requirements) return true;
    const { principal } = context.switchToHttp().getRequest<{ principal?: Principal }>();
    if (!principal) return true; // public route
    const refuse = (why: string) => {
      throw new ForbiddenException({ message: why, code: 'forbidden' });
    };
    if (requirements.operator && !principal.operator) refuse('only the operator organisation may do this');
    if (requirements.kinds && !requirements.kinds.includes(principal.organisationKind)) {
      refuse(`only ${requirements.kinds.join(' or ')} organisations may do this`);
    }
    if (requirements.roles && !requirements.roles.includes(principal.role)) refuse(`your role (${principal.role}) may not do this`);
    return true;
  }
}
