import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@lemon/platform';
import type { Response } from 'express';

const WINDOW_MS = 60_000;
const FAILURES = 'auth-failures';

/**
 * Brute force on API keys: failed attempts are counted per client address (in @nestjs/throttler's
 * storage); past the limit in a minute, the address gets 429 with Retry-After for a minute,
 * whatever key it presents, so a right guess during the block is not confirmed either.
 */
@Injectable()
export class FailedAuthenticationLimiter {
  /**
   * Addresses under a block, until when (ms). The throttler counts failures; this map only lets
   * the many successful requests check a block without adding to the throttler's per-hit records.
   */
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'authFailuresPerMinute'>,
  ) {}

  /** Before a presented key is checked at all. */
  async refuseWhileBlocked(address: string, response: Response): Promise<void> {
    const until = this.blockedUntil.get(address);
    if (until === undefined) return;
    const secondsLeft = Math.ceil((until - Date.now()) / 1000);
    if (secondsLeft > 0) this.refuse(secondsLeft, response);
    this.blockedUntil.delete(address);
  }

  /** After a presented key turned out wrong: counts, and refuses once the limit is passed. */
  async recordFailure(address: string, response: Response): Promise<void> {
    const record = await this.storage.increment(this.key(address), WINDOW_MS, this.config.authFailuresPerMinute, WINDOW_MS, FAILURES);
    if (!record.isBlocked) return;
    this.forgetExpiredBlocks();
    this.blockedUntil.set(address, Date.now() + record.timeToBlockExpire * 1000);
    this.refuse(record.timeToBlockExpire, response);
  }

  /** Keeps the map as small as the set of addresses blocked right now. */
  private forgetExpiredBlocks(): void {
    const now = Date.now();
    for (const [address, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(address);
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
