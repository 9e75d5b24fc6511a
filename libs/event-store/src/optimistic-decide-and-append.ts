import { ConcurrencyError } from './event-store.errors';
import type { AppendResult, Decide, DecideAndAppendOptions, EventStore, RecordedEvent } from './event-store.port';

/** Enough for dozens of simultaneous writers on one stream; each retry re-reads and decides again. */
const MAX_ATTEMPTS = 25;

/**
 * decideAndAppend for stores without a stream lock (KurrentDB, in memory): read, decide, append
 * at the version read; when another writer got there first, read and decide again (with jitter,
 * so the losers do not collide again). After MAX_ATTEMPTS the ConcurrencyError is thrown with
 * `expected: 'any'`: the caller pinned no version.
 */
export async function decideAndAppendOptimistically(
  store: Pick<EventStore, 'readStream' | 'appendToStream'>,
  streamId: string,
  decide: Decide,
  { known = [] }: DecideAndAppendOptions = {},
): Promise<AppendResult> {
  for (let attempt = 1; ; attempt++) {
    const stream = await readAfter(store, streamId, known);
    const decision = await decide(stream);
    if ('alreadyAppended' in decision) return decision.alreadyAppended;
    try {
      return await store.appendToStream(streamId, decision.append, {
        expected: stream.version === 0 ? 'no_stream' : stream.version,
        recordedAt: decision.recordedAt,
      });
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new ConcurrencyError(streamId, 'any', error.actual);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 3 * attempt));
    }
  }
}

/** The whole stream, reading only what follows the `known` prefix. */
export async function readAfter(
  store: Pick<EventStore, 'readStream'>,
  streamId: string,
  known: readonly RecordedEvent[],
): Promise<{ events: RecordedEvent[]; version: number }> {
  if (known.length === 0) return store.readStream(streamId);
  const rest = await store.readStream(streamId, { after: known.length });
  return { events: [...known, ...rest.events], version: rest.version };
}
