import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SignInService } from '@lemon/access';
import { doubleCsrf, type DoubleCsrfUtilities } from 'csrf-csrf';
import type { CookieOptions, Request, Response } from 'express';

/** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over https. */
export const SESSION_COOKIE = 'll_session';
const CSRF_COOKIE = 'll_csrf';

type SessionRequest = Request & { sessionTokenForCsrf?: string };

const sessionTokenOf = (request: Request): string | undefined => {
  const value = (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && value ? value : undefined;
};

export const presentedSessionToken = sessionTokenOf;

export const sessionCookieOptions = (request: Request): CookieOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  secure: request.secure,
  path: '/',
});

/**
 * CSRF for cookie-authenticated writes: an Origin check (a browser's cross-site write carries a
 * foreign Origin) plus csrf-csrf's signed double-submit token bound to the session id; the web
 * app sends the token in `X-CSRF-Token`. API-key requests carry no ambient credential and skip it.
 */
@Injectable()
export class CsrfProtection implements OnModuleInit {
  private csrf?: DoubleCsrfUtilities;
  constructor(private readonly signIn: SignInService) {}

  async onModuleInit(): Promise<void> {
    const secret = await this.signIn.csrfSecret();
    this.csrf = doubleCsrf({
      getSecret: () => secret,
      getSessionIdentifier: (request) => (request as SessionRequest).sessionTokenForCsrf ?? sessionTokenOf(request) ?? '',
      cookieName: CSRF_COOKIE,
      cookieOptions: { sameSite: 'lax', path: '/', secure: false, httpOnly: true },
      getCsrfTokenFromRequest: (request) => request.headers['x-csrf-token'],
    });
  }

  /** A token for this session (also sets its cookie); `sessionToken` when the session was made by this request. */
  issueToken(request: Request, response: Response, sessionToken?: string): string {
    if (sessionToken) (request as SessionRequest).sessionTokenForCsrf = sessionToken;
    return this.utilities().generateCsrfToken(request, response, {
      overwrite: true,
      cookieOptions: { sameSite: 'lax', path: '/', secure: request.secure, httpOnly: true },
    });
  }

  /** Same origin (when the browser says where the request came from) and a valid token. */
  validWrite(request: Request): boolean {
    return this.sameOrigin(request) && this.utilities().validateRequest(request);
  }

  /** A browser names the page's origin on every cross-origin request and on same-origin POSTs. */
  sameOrigin(request: Request): boolean {
    const origin = request.headers.origin;
    if (origin === undefined) return request.headers['sec-fetch-site'] !== 'cross-site';
    const host = request.headers.host;
    return origin === `${request.protocol}://${host}`;
  }

  clearCookie(response: Response, request: Request): void {
    response.clearCookie(CSRF_COOKIE, { path: '/', sameSite: 'lax', secure: request.secure, httpOnly: true });
  }

  private utilities(): DoubleCsrfUtilities {
    if (!this.csrf) throw new Error('CSRF protection used before its secret was loaded');
    return this.csrf;
  }
}
