import type { OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** One caller's hits in the window: expiry instants, oldest first, from `head` on (a queue without shifting). */
interface HitLog {
  expiries: number[];
  head: number;
  /** When the current window's "X-RateLimit-Reset" ends. */
  expiresAt: number;
  isBlocked: boolean;
  blockExpiresAt: number;
}

/** Past this many expired entries at the front (and half the array), the log is compacted. */
const COMPACT_AFTER = 1_024;

/**
 * The rate limiter's memory: the same sliding window and blocking as @nestjs/throttler's own
 * in-memory storage (the answers are the same, hit for hit), at a constant cost per request.
 * The library's storage copies the caller's whole list of hits in the window on every request
 * (`filter` of every hit not yet expired): at the default 1,200 a minute that is cheap, but a
 * key allowed more pays for every hit of the last minute on each request (at 1,000 requests/s,
 * 60,000 entries filtered and copied per request). Hits expire in the order they were made, so
 * here the expired ones are dropped from the front of a queue instead.
 */
export class SlidingWindowThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logs = new Map<string, HitLog>();
  private sweep?: NodeJS.Timeout;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sweepEveryMs = 60_000,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    this.startSweep();
    const now = this.now();
    const id = `${throttlerName}\u0000${key}`;
    let log = this.logs.get(id);
    if (!log) this.logs.set(id, (log = { expiries: [], head: 0, expiresAt: now + ttl, isBlocked: false, blockExpiresAt: 0 }));
    dropExpired(log, now);
    if (log.expiresAt <= now) log.expiresAt = now + ttl;
    const timeToExpire = Math.ceil((log.expiresAt - now) / 1000);
    const hits = () => log.expiries.length - log.head;

    if (blockDuration <= 0) {
      // Without a block, a hit over the limit is refused and not counted (the library's incrementWithoutBlock).
      const isBlocked = hits() >= limit;
      if (!isBlocked) log.expiries.push(now + ttl);
      const oldest = log.expiries[log.head];
      return {
        totalHits: hits() + (isBlocked ? 1 : 0),
        timeToExpire,
        isBlocked,
        timeToBlockExpire: isBlocked ? (oldest === undefined ? timeToExpire : Math.ceil((oldest - now) / 1000)) : 0,
      };
    }

    if (!log.isBlocked) log.expiries.push(now + ttl);
    if (hits() > limit && !log.isBlocked) {
      log.isBlocked = true;
      log.blockExpiresAt = now + blockDuration;
    }
    const timeToBlockExpire = Math.ceil((log.blockExpiresAt - now) / 1000);
    if (timeToBlockExpire <= 0 && log.isBlocked) {
      // The block is over: the window starts again with this hit.
      log.isBlocked = false;
      log.expiries = [now + ttl];
      log.head = 0;
    }
    return { totalHits: hits(), timeToExpire, isBlocked: log.isBlocked, timeToBlockExpire };
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
    this.sweep = undefined;
    this.logs.clear();
  }

  /** Callers seen once and gone: forgotten once nothing of theirs is live. */
  private startSweep(): void {
    if (this.sweep) return;
    this.sweep = setInterval(() => {
      const now = this.now();
      for (const [id, log] of this.logs) {
        dropExpired(log, now);
        if (log.head === log.expiries.length && log.expiresAt <= now && !(log.isBlocked && log.blockExpiresAt > now)) this.logs.delete(id);
      }
    }, this.sweepEveryMs);
    this.sweep.unref();
  }
}

function dropExpired(log: HitLog, now: number): void {
  const { expiries } = log;
  while (log.head < expiries.length && expiries[log.head] <= now) log.head++;
  if (log.head > COMPACT_AFTER && log.head * 2 > expiries.length) {
    log.expiries = expiries.slice(log.head);
    log.head = 0;
  }
}
