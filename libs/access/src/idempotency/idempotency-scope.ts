import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

/**
 * While a request with an Idempotency-Key runs, the ids it creates (the case, the repair attempt…)
 * and the ids of the events it appends are derived from (user, key, request) instead of drawn at
 * random. A retry of the same request after a crash therefore proposes the very same ids: the
 * command handler finds its events already stored and answers with them (the committed result),
 * or appends them exactly once.
 */
interface IdempotencyScope {
  seed: string;
  nextId: number;
}

const storage = new AsyncLocalStorage<IdempotencyScope>();

/** A UUID (version 5 layout) from a hash: stable for the same inputs. */
const uuidFrom = (...parts: string[]): string => {
  const hash = createHash('sha256').update(parts.join('\u0000')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

/** Runs `work` with ids derived from this request's identity (user, key, method, path, body hash). */
export const runIdempotently = <T>(
  request: { userId: string; key: string; method: string; path: string; bodyHash: string },
  work: () => T,
): T => storage.run({ seed: uuidFrom(request.userId, request.key, request.method, request.path, request.bodyHash), nextId: 0 }, work);

/** The next id a request creates: derived under an Idempotency-Key, else from `random`. */
export const nextRequestId = (random: () => string): string => {
  const scope = storage.getStore();
  return scope ? uuidFrom(scope.seed, 'id', String(scope.nextId++)) : random();
};

/** Ids for the events a command appends: derived under an Idempotency-Key, undefined otherwise. */
export const idempotentEventIds = (count: number): string[] | undefined => {
  const scope = storage.getStore();
  return scope ? Array.from({ length: count }, (_, i) => uuidFrom(scope.seed, 'event', String(i))) : undefined;
};
