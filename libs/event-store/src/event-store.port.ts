/**
 * The event store port. One meaning of "version" for every adapter: the number of events in the
 * stream, 0 = the stream does not exist (KurrentDB's 0-based revisions are converted by its adapter).
 * A Checkpoint is an adapter-specific opaque string whose text order is the global log order;
 * checkpoints never cross adapters.
 */

export type StreamVersion = number;
export type ExpectedVersion = StreamVersion | 'any' | 'no_stream' | 'stream_exists';
export type Checkpoint = string;

/** Who did it and why: travels from the request into every event. */
export interface EventMetadata {
  correlationId?: string;
  causationId?: string;
  actor?: { userId?: string; organisationId?: string; role?: string };
  /** Legal date of the fact, when the event has one (distinct from recordedAt). */
  occurredOn?: string;
  [key: string]: unknown;
}

export interface NewEvent {
  /** UUID chosen by the writer; a retried append with the same ids is not duplicated. */
  id: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
}

export interface RecordedEvent extends NewEvent {
  streamId: string;
  streamVersion: StreamVersion;
  position: Checkpoint;
  recordedAt: Date;
}

export interface AppendResult {
  nextVersion: StreamVersion;
  /** Position of the last appended event: a reader caught up to it has seen the append. */
  position: Checkpoint;
  /** True when every event id was already stored (a retried append): nothing new was written. */
  duplicate: boolean;
}

export interface AppendOptions {
  expected: ExpectedVersion;
  /** When the events were entered, from the application's clock; the store's own clock when omitted. */
  recordedAt?: Date;
}

export interface ReadAllOptions {
  /** Exclusive: return events after this checkpoint; omitted = from the start. */
  after?: Checkpoint;
  limit: number;
  streamPrefix?: string;
}

export interface SubscribeOptions {
  after?: Checkpoint;
  streamPrefix?: string;
  batchSize?: number;
  /** Upper bound on how long a subscriber sleeps without a wake-up signal. */
  pollIntervalMs?: number;
  signal?: AbortSignal;
}

/** What a decision over a stream's history comes to: events to append at the version read, or a
 * result already stored (an idempotent retry whose events are in the stream). */
export type StreamDecision = { append: NewEvent[]; recordedAt?: Date } | { alreadyAppended: AppendResult };

export type Decide = (stream: { events: RecordedEvent[]; version: StreamVersion }) => StreamDecision | Promise<StreamDecision>;

export interface ReadStreamsOptions {
  /** Per stream, the version after which to read (a stream not named here is read whole). */
  after?: ReadonlyMap<string, number>;
}

/** A page of whole streams, in stream-id order (see `EventStore.readStreamsPage`). */
export interface StreamsPageOptions {
  streamPrefix: string;
  /** Exclusive: streams whose id sorts after this one; omitted = from the first. */
  afterStreamId?: string;
  /** How many streams. */
  limit: number;
}

export interface ReadStreamOptions {
  /**
   * Only the events after this version: the caller already holds the stream's first `after`
   * events (streams are append-only, so a prefix read once stays a prefix). With no newer event
   * the answer is `{ events: [], version: after }`: one small indexed read tells a cached copy is
   * current.
   */
  after?: StreamVersion;
}

export interface DecideAndAppendOptions {
  /**
   * The stream's first events as the caller already holds them (a cache): the store reads only
   * what follows, and `decide` still receives the whole history (these, then the rest).
   */
  known?: readonly RecordedEvent[];
}

export interface EventStore {
  readStream(streamId: string, options?: ReadStreamOptions): Promise<{ events: RecordedEvent[]; version: StreamVersion }>;
  appendToStream(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /**
   * Read the stream, decide, append at the version read. Concurrent callers on one stream never
   * fail for each other: PostgreSQL serialises them under a per-stream lock held by the append
   * transaction (they queue); other adapters retry optimistically (re-read, decide again).
   * Whatever `decide` throws is thrown, with nothing appended.
   */
  decideAndAppend(streamId: string, decide: Decide, options?: DecideAndAppendOptions): Promise<AppendResult>;
  /** A batch of the global log in order; only events no earlier writer can still slip in before. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * Batches of the global log from `after`, waking on new appends (with a polling fallback).
   * The next batch is read only when the consumer asks for it, so handlers never overlap.
   * Ends when `signal` aborts.
   */
  subscribe(options: SubscribeOptions): AsyncIterable<RecordedEvent[]>;
  /** How many events the log holds (streams with this prefix): progress bars and lag, not logic. */
  countEvents(streamPrefix?: string): Promise<number>;
  /** Position of the newest readable event, for lag reporting; undefined when the log is empty. */
  headPosition(): Promise<Checkpoint | undefined>;
  /**
   * Position of the newest committed event, even while an earlier writer is still in flight: the
   * furthest position any client can have been handed (so a `minPosition` beyond it is invented).
   */
  lastCommittedPosition(): Promise<Checkpoint | undefined>;
  /**
   * Optional bulk reads, for read models that see each stream whole (adapters that can answer in
   * one round trip implement them; callers fall back to `readStream` / replaying `readAll`):
   * several streams, each whole, in one call; a page of whole streams in stream-id order; and the
   * head position of the streams with a prefix (same guarantee as `headPosition`).
   * `readStreams` with `after` reads only each stream's events after the version given for it (a
   * caller that holds a prefix of the stream, as the worker's per-case state does).
   */
  readStreams?(streamIds: readonly string[], options?: ReadStreamsOptions): Promise<Map<string, RecordedEvent[]>>;
  readStreamsPage?(options: StreamsPageOptions): Promise<Array<{ streamId: string; events: RecordedEvent[] }>>;
  headPositionOf?(streamPrefix: string): Promise<Checkpoint | undefined>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
