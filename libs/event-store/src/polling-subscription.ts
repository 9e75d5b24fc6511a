import type { EventStore, RecordedEvent, SubscribeOptions } from './event-store.port';

/** Registers `wake` with the adapter's signal (LISTEN, an emitter…) and returns how to stop. */
export type WakeSource = (wake: () => void) => () => Promise<void>;

/**
 * Shared subscription loop for adapters that read the log in batches: read until caught up, then
 * sleep until woken or the poll interval passes. The generator only reads the next batch when
 * the consumer asks for it (back-pressure, no overlapping handlers).
 */
export async function* pollingSubscription(
  store: Pick<EventStore, 'readAll'>,
  { after, streamPrefix, batchSize = 500, pollIntervalMs = 1000, signal }: SubscribeOptions,
  wakeSource: WakeSource,
): AsyncGenerator<RecordedEvent[]> {
  let woken = false;
  let resolveSleep: (() => void) | undefined;
  const wake = () => {
    woken = true;
    resolveSleep?.();
  };
  const stop = wakeSource(wake);
  signal?.addEventListener('abort', wake);
  let position = after;
  try {
    while (!signal?.aborted) {
      woken = false;
      const batch = await store.readAll({ after: position, limit: batchSize, streamPrefix });
      if (batch.length > 0) {
        position = batch[batch.length - 1].position;
        yield batch;
        if (batch.length === batchSize) continue;
      }
      if (woken || signal?.aborted) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollIntervalMs);
        resolveSleep = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      resolveSleep = undefined;
    }
  } finally {
    signal?.removeEventListener('abort', wake);
    await stop();
  }
}
