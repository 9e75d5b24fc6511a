import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  type AllStreamResolvedEvent,
  type JSONType,
} from '@kurrent/kurrentdb-client';
import { ConcurrencyError, EventIdConflictError } from '../event-store.errors';
import { decideAndAppendOptimistically } from '../optimistic-decide-and-append';
import type {
  AppendOptions,
  AppendResult,
  Checkpoint,
  Decide,
  DecideAndAppendOptions,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '../event-store.port';
import {
  actualVersionOf,
  allStreamFilter,
  fromKurrentCheckpoint,
  isOwnEvent,
  namespacePrefix,
  toKurrentEvent,
  toNextVersion,
  toRecordedEvent,
  toServerStreamName,
  toStreamState,
  type KurrentRecord,
} from './kurrentdb-mapping';

export interface KurrentDbEventStoreOptions {
  /** Puts every stream under `<namespace>.` on the server (see namespacePrefix); none by default. */
  streamNamespace?: string;
  /**
   * How many of a stream's newest events are searched for an append's ids when the append cannot
   * say where they would be ('any', 'stream_exists', or after a version conflict). Default 500.
   */
  retryWindow?: number;
}

/**
 * The EventStore port on KurrentDB (`@kurrent/kurrentdb-client`). Version and position mapping:
 * see kurrentdb-mapping.ts. Reading $all needs a user with read access to it (admin by default).
 *
 * Idempotent appends. Event ids are passed through (jsonEvent({ id })). The server de-duplicates a
 * retried append only in a limited way:
 * - with an exact expected state, when the same ids sit right after that revision;
 * - with ANY, only while the ids are still in its recent-writes cache;
 * - never across streams. KurrentDB has no unique index on event ids.
 * The port also wants `duplicate: true` and the first append's result. So before writing, the
 * adapter reads where the ids would be: n events at the expected revision, or the newest
 * `retryWindow` events for 'any'/'stream_exists'. If all the ids are there, it returns the stored
 * result. A version conflict searches the window again: a concurrent identical retry may have landed.
 * Limits:
 * - an id reused in ANOTHER stream is not detected (the contract's cross-stream case fails here);
 * - ids older than the window are not found for 'any'/'stream_exists';
 * - every append costs two small extra reads: this check, and reading back the last event's $all
 *   position. The server reports (commit, commit) for a whole write, not the last event's (commit, prepare).
 */
export class KurrentDbEventStore implements EventStore {
  private readonly prefix: string;
  private readonly retryWindow: number;

  /** A client passed in stays the caller's to dispose; `connect` makes one that close() disposes. */
  constructor(
    private readonly client: KurrentDBClient,
    options: KurrentDbEventStoreOptions = {},
    private readonly ownsClient = false,
  ) {
    this.prefix = namespacePrefix(options.streamNamespace);
    this.retryWindow = options.retryWindow ?? 500;
  }

  /**
   * `kurrentdb://user:pass@host:2113?tls=false` and the other schemes the client accepts. Never run with
   * DEBUG=kdb*: the client then logs the connection string, password included.
   */
  static connect(connectionString: string, options: KurrentDbEventStoreOptions = {}): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString), options, true);
  }

  async readStream(streamId: string, { after = 0 }: ReadStreamOptions = {}) {
    // Version n is revision n - 1: the events after version `after` start at revision `after`.
    const events = await this.readRange(this.serverName(streamId), after > 0 ? BigInt(after) : START, Number.MAX_SAFE_INTEGER, FORWARDS);
    // Version from the last revision, not the count: the two differ only if a stream was truncated.
    return { events, version: events.at(-1)?.streamVersion ?? after };
  }

  /** KurrentDB has no stream lock: optimistic retries. */
  decideAndAppend(streamId: string, decide: Decide, options?: DecideAndAppendOptions): Promise<AppendResult> {
    return decideAndAppendOptimistically(this, streamId, decide, options);
  }

  async appendToStream(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const { expected, recordedAt } = options;
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    const name = this.serverName(streamId);
    const proposed = events.map((event) =>
      jsonEvent(toKurrentEvent(event, recordedAt) as { id: string; type: string; data: JSONType; metadata: JSONType }),
    );

    const retried = await this.findStored(streamId, events, await this.whereIdsWouldBe(name, events.length, expected));
    if (retried) return retried;

    let nextExpectedRevision: bigint;
    try {
      ({ nextExpectedRevision } = await this.client.appendToStream(name, proposed, { streamState: toStreamState(expected) }));
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const landed = await this.findStored(streamId, events, await this.newest(name));
      if (landed) return landed;
      throw new ConcurrencyError(streamId, expected, actualVersionOf(error.actualState));
    }
    const [last] = await this.readRange(name, nextExpectedRevision, 1, FORWARDS);
    if (!last) throw new Error(`stream ${streamId}: the event just appended at revision ${nextExpectedRevision} cannot be read back`);
    // Either we wrote these events, or the server de-duplicated an identical append that raced with
    // ours (it reports success then). Both leave the same events, so both report the stored position.
    return { nextVersion: toNextVersion(nextExpectedRevision), position: last.position, duplicate: false };
  }

  async readAll({ after, limit, streamPrefix }: ReadAllOptions): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    if (limit <= 0) return out;
    // A $all read includes the event AT fromPosition (a subscription starts after it): read one more, drop it.
    const reads = this.client.readAll({
      fromPosition: after === undefined ? START : fromKurrentCheckpoint(after),
      direction: FORWARDS,
      maxCount: limit + 1,
      filter: allStreamFilter(this.prefix, streamPrefix),
    });
    for await (const resolved of reads) {
      const event = this.accept(resolved, streamPrefix);
      if (!event || (after !== undefined && event.position <= after)) continue;
      out.push(event);
      if (out.length === limit) break;
    }
    return out;
  }

  /**
   * A catch-up subscription to $all, filtered on the server. It yields what the client has
   * buffered, up to batchSize events. The next event is pulled only when the consumer asks for the
   * next batch, so handlers never overlap, and the stream's buffer (highWaterMark = batchSize)
   * pushes back on the server. Push-based, so pollIntervalMs does not apply. A dropped
   * subscription throws; resubscribe from the last stored checkpoint.
   */
  async *subscribe({ after, streamPrefix, batchSize = 500, signal }: SubscribeOptions): AsyncGenerator<RecordedEvent[]> {
    if (signal?.aborted) return;
    const subscription = this.client.subscribeToAll(
      { fromPosition: after === undefined ? START : fromKurrentCheckpoint(after), filter: allStreamFilter(this.prefix, streamPrefix) },
      { highWaterMark: batchSize },
    );
    const iterator = subscription[Symbol.asyncIterator]();
    let onAbort: () => void = () => undefined;
    const aborted = new Promise<'aborted'>((resolve) => {
      onAbort = () => resolve('aborted');
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    let last = after;
    try {
      while (!signal?.aborted) {
        const pending = iterator.next();
        pending.catch(() => undefined); // if abort wins the race, the cancelled read must not surface as unhandled
        const first = await Promise.race([pending, aborted]);
        if (first === 'aborted' || first.done) return;
        const buffered: AllStreamResolvedEvent[] = [first.value];
        while (buffered.length < batchSize && subscription.readableLength > 0) {
          const next = await iterator.next();
          if (next.done) break;
          buffered.push(next.value);
        }
        const batch: RecordedEvent[] = [];
        for (const resolved of buffered) {
          const event = this.accept(resolved, streamPrefix);
          // The start is exclusive and positions only grow; this guard makes that a checked promise.
          if (!event || (last !== undefined && event.position <= last)) continue;
          batch.push(event);
          last = event.position;
        }
        if (batch.length > 0) yield batch;
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await subscription.unsubscribe().catch(() => undefined);
      subscription.destroy();
    }
  }

  /** Exact, by reading the filtered log once: O(log size), meant for progress bars, not hot paths. */
  async countEvents(streamPrefix?: string): Promise<number> {
    let count = 0;
    for await (const resolved of this.client.readAll({
      fromPosition: START,
      direction: FORWARDS,
      filter: allStreamFilter(this.prefix, streamPrefix),
    })) {
      if (this.accept(resolved, streamPrefix)) count++;
    }
    return count;
  }

  async headPosition(): Promise<Checkpoint | undefined> {
    for await (const resolved of this.client.readAll({
      fromPosition: END,
      direction: BACKWARDS,
      maxCount: 1,
      filter: allStreamFilter(this.prefix),
    })) {
      const event = this.accept(resolved);
      if (event) return event.position;
    }
    return undefined;
  }

  /** KurrentDB's log has no in-flight gap: its head is what was committed. */
  async lastCommittedPosition(): Promise<Checkpoint | undefined> {
    return this.headPosition();
  }

  async close(): Promise<void> {
    if (this.ownsClient) await this.client.dispose();
  }

  private serverName(streamId: string): string {
    return toServerStreamName(this.prefix, streamId);
  }

  private accept(resolved: { event?: KurrentRecord }, streamPrefix?: string): RecordedEvent | undefined {
    const record = resolved.event;
    if (!record || !isOwnEvent(record, this.prefix, streamPrefix)) return undefined;
    return toRecordedEvent(record, this.prefix);
  }

  /** Events of one stream from a revision (or START/END); a missing stream reads as none. */
  private async readRange(
    name: string,
    from: bigint | typeof START | typeof END,
    maxCount: number,
    direction: typeof FORWARDS | typeof BACKWARDS,
  ) {
    const out: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(name, { fromRevision: from, maxCount, direction })) {
        if (resolved.event) out.push(toRecordedEvent(resolved.event, this.prefix));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return out;
  }

  private newest(name: string): Promise<RecordedEvent[]> {
    return this.readRange(name, END, this.retryWindow, BACKWARDS);
  }

  /** An exact expected version says where a retry's events must be; otherwise look at the newest ones. */
  private whereIdsWouldBe(name: string, count: number, expected: ExpectedVersion): Promise<RecordedEvent[]> {
    if (expected === 'no_stream') return this.readRange(name, 0n, count, FORWARDS);
    if (typeof expected === 'number') return this.readRange(name, BigInt(expected), count, FORWARDS);
    return this.newest(name);
  }

  /** Same rule as the other adapters: all ids stored in this stream = a retry; some = a conflict. */
  private async findStored(streamId: string, events: NewEvent[], candidates: RecordedEvent[]): Promise<AppendResult | undefined> {
    const byId = new Map(candidates.map((event) => [event.id, event]));
    const stored = events.map((event) => byId.get(event.id)).filter((event): event is RecordedEvent => event !== undefined);
    if (stored.length === 0) return undefined;
    if (stored.length < events.length)
      throw new EventIdConflictError(
        streamId,
        stored.map((event) => event.id),
      );
    const last = stored.reduce((a, b) => (a.streamVersion > b.streamVersion ? a : b));
    return { nextVersion: last.streamVersion, position: last.position, duplicate: true };
  }
}
