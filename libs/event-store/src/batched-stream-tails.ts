import type { EventStore, RecordedEvent, StreamVersion } from './event-store.port';

/** One caller's question: the events of `streamId` after version `after`. */
interface TailRequest {
  streamId: string;
  after: StreamVersion;
  resolve: (events: RecordedEvent[]) => void;
  reject: (error: unknown) => void;
}

/** Streams per round trip at most (the query sends two arrays of this length). */
const MAX_STREAMS_PER_BATCH = 500;

/**
 * `readStream(id, { after })` for many concurrent callers, in one round trip per batch
 * (DataLoader-style, like the access log's group commit): the first question is sent on the next
 * turn of the event loop with whatever else arrived in that turn; questions that arrive while a
 * batch is in flight wait and go together in the next one.
 *
 * Freshness is the same as a query of one's own: a caller only ever joins a batch that has not
 * been sent yet, so its answer is read after it asked and includes every append committed before
 * that (through any process or instance). A batch in flight is never joined.
 *
 * The batch is one `readStreams(ids, { after })`; stores without bulk reads (KurrentDB) are asked
 * one stream at a time, as before.
 */
export class BatchedStreamTails {
  private waiting: TailRequest[] = [];
  private sending = false;
  private scheduled = false;

  constructor(private readonly store: EventStore) {}

  /** The stream's events after version `after`, oldest first (empty when nothing is newer or the stream is absent). */
  read(streamId: string, after: StreamVersion): Promise<RecordedEvent[]> {
    if (!this.store.readStreams) return this.store.readStream(streamId, { after }).then((r) => r.events);
    return new Promise<RecordedEvent[]>((resolve, reject) => {
      this.waiting.push({ streamId, after, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.sending || this.scheduled) return;
    this.scheduled = true;
    // setImmediate, not a microtask: requests parsed in the same turn of the event loop join in.
    setImmediate(() => {
      this.scheduled = false;
      void this.sendWaiting();
    });
  }

  /** Sends batches until nothing waits; one batch in flight at a time, so waiting questions gather into the next. */
  private async sendWaiting(): Promise<void> {
    this.sending = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.takeBatch();
        // The oldest version any caller holds of each stream: one range read answers them all.
        const from = new Map<string, StreamVersion>();
        for (const { streamId, after } of batch) from.set(streamId, Math.min(after, from.get(streamId) ?? after));
        try {
          const tails = await this.store.readStreams!([...from.keys()], { after: from });
          for (const request of batch) {
            const events = tails.get(request.streamId) ?? [];
            request.resolve(events[0]?.streamVersion > request.after ? events : events.filter((e) => e.streamVersion > request.after));
          }
        } catch (error) {
          for (const request of batch) request.reject(error);
        }
      }
    } finally {
      this.sending = false;
    }
  }

  private takeBatch(): TailRequest[] {
    const streams = new Set<string>();
    let take = 0;
    while (take < this.waiting.length) {
      const { streamId } = this.waiting[take];
      if (!streams.has(streamId) && streams.size === MAX_STREAMS_PER_BATCH) break;
      streams.add(streamId);
      take++;
    }
    return this.waiting.splice(0, take);
  }
}
