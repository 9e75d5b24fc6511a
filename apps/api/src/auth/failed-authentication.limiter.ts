import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@lemon/platform';
import type { Response } from 'express';

const WINDOW_MS = 60_000;
const FAILURES = 'auth-failures';
/** Looks at the address's block without counting anything (its limit is never reached). */
const PROBE = 'auth-probe';

/**
 * Brute force on API keys: failed attempts are counted per client address (in @nestjs/throttler's
 * storage); past the limit in a minute, the address gets 429 with Retry-After for a minute,
 * whatever key it presents, so a right guess during the block is not confirmed either.
 */
@Injectable()
export class FailedAuthenticationLimiter {
  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'authFailuresPerMinute'>,
  ) {}

  /** Before a presented key is checked at all. */
  async refuseWhileBlocked(address: string, response: Response): Promise<void> {
    const record = await this.storage.increment(this.key(address), WINDOW_MS, Number.MAX_SAFE_INTEGER, WINDOW_MS, PROBE);
    if (record.isBlocked) this.refuse(record.timeToBlockExpire, response);
  }

  /** After a presented key turned out wrong: counts, and refuses once the limit is passed. */
  async recordFailure(address: string, response: Response): Promise<void> {
    const record = await this.storage.increment(this.key(address), WINDOW_MS, this.config.authFailuresPerMinute, WINDOW_MS, FAILURES);
    if (record.isBlocked) this.refuse(record.timeToBlockExpire, response);
  }

  private key(address: string): string {
    return `failed-authentication:${address}`;
  }

  private refuse(secondsLeft: number, response: Response): never {
    response.setHeader('Retry-After', String(Math.max(1, secondsLeft)));
    throw new HttpException(
      { message: 'too many failed authentication attempts from this address; retry later', code: 'too_many_failed_attempts' },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
