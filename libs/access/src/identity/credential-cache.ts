import { epochMillisecondsOf, type Clock } from '@lemon/platform';
import { LRUCache } from 'lru-cache';

/** Most credentials (API keys, sessions) remembered at once. */
const MAX_CREDENTIALS = 10_000;

/**
 * Who a credential (an API key's hash, a session's hash) authenticated as, remembered for a few
 * seconds so that most requests need no identity lookup. The bound on staleness: a revocation
 * made through this process applies at once (the revoking call forgets the entry); one made
 * through another process or instance applies to this process within `ttlMs`. `ttlMs` 0 turns
 * the cache off. Ages come from the injected clock, so tests move past them without waiting.
 */
export class CredentialCache<V> {
  private readonly entries = new LRUCache<string, { value: V; until: number }>({ max: MAX_CREDENTIALS });

  constructor(
    private readonly ttlMs: number,
    private readonly clock: Clock,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: V): void {
    if (this.ttlMs > 0) this.entries.set(key, { value, until: this.now() + this.ttlMs });
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets every entry whose value matches (e.g. all sessions of a user whose password was reset). */
  forgetWhere(matches: (value: V) => boolean): void {
    for (const [key, entry] of this.entries.entries()) if (matches(entry.value)) this.entries.delete(key);
  }

  private now(): number {
    return epochMillisecondsOf(this.clock);
  }
}
