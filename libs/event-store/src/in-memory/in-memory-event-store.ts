import { EventEmitter } from 'node:events';
import { padPosition } from '../checkpoint';
import { ConcurrencyError, EventIdConflictError, matchesExpected } from '../event-store.errors';
import type {
  AppendOptions,
  AppendResult,
  Checkpoint,
  Decide,
  DecideAndAppendOptions,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  ReadStreamsOptions,
  RecordedEvent,
  StreamsPageOptions,
  SubscribeOptions,
} from '../event-store.port';
import { decideAndAppendOptimistically } from '../optimistic-decide-and-append';
import { pollingSubscription } from '../polling-subscription';

/**
 * Event store held in process memory: for unit tests of handlers and for the contract suite.
 * Appends are synchronous inside one tick, so its log has no gaps to hide.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byEventId = new Map<string, RecordedEvent>();
  private readonly appended = new EventEmitter();

  constructor(private readonly now: () => Date = () => new Date()) {
    this.appended.setMaxListeners(0);
  }

  async readStream(streamId: string, { after = 0 }: ReadStreamOptions = {}) {
    const all = this.streams.get(streamId) ?? [];
    return { events: all.slice(after), version: Math.max(after, all.length) };
  }

  /** One process, one tick per append: optimistic retries suffice. */
  decideAndAppend(streamId: string, decide: Decide, options?: DecideAndAppendOptions): Promise<AppendResult> {
    return decideAndAppendOptimistically(this, streamId, decide, options);
  }

  async appendToStream(streamId: string, events: NewEvent[], { expected, recordedAt: given }: AppendOptions): Promise<AppendResult> {
    const known = events.map((e) => this.byEventId.get(e.id)).filter((e): e is RecordedEvent => e !== undefined);
    if (known.length > 0) {
      if (known.length === events.length && known.every((e) => e.streamId === streamId)) {
        const last = known.reduce((a, b) => (a.streamVersion > b.streamVersion ? a : b));
        return { nextVersion: last.streamVersion, position: last.position, duplicate: true };
      }
      throw new EventIdConflictError(
        streamId,
        known.map((e) => e.id),
      );
    }
    const stream = this.streams.get(streamId) ?? [];
    if (!matchesExpected(expected, stream.length)) throw new ConcurrencyError(streamId, expected, stream.length);
    const recordedAt = given ?? this.now();
    for (const event of events) {
      const recorded: RecordedEvent = {
        ...event,
        streamId,
        streamVersion: stream.length + 1,
        position: padPosition(this.log.length + 1, 19),
        recordedAt,
      };
      stream.push(recorded);
      this.log.push(recorded);
      this.byEventId.set(event.id, recorded);
    }
    this.streams.set(streamId, stream);
    this.appended.emit('appended');
    const last = stream[stream.length - 1];
    return { nextVersion: stream.length, position: last.position, duplicate: false };
  }

  async readAll({ after, limit, streamPrefix }: ReadAllOptions): Promise<RecordedEvent[]> {
    const start = after === undefined ? 0 : Number(after);
    const out: RecordedEvent[] = [];
    for (let i = start; i < this.log.length && out.length < limit; i++) {
      if (!streamPrefix || this.log[i].streamId.startsWith(streamPrefix)) out.push(this.log[i]);
    }
    return out;
  }

  subscribe(options: SubscribeOptions): AsyncIterable<RecordedEvent[]> {
    return pollingSubscription(this, options, (wake) => {
      this.appended.on('appended', wake);
      return async () => void this.appended.off('appended', wake);
    });
  }

  async countEvents(streamPrefix?: string): Promise<number> {
    return this.log.filter((e) => !streamPrefix || e.streamId.startsWith(streamPrefix)).length;
  }

  async headPosition(): Promise<Checkpoint | undefined> {
    return this.log.at(-1)?.position;
  }

  async readStreams(streamIds: readonly string[], { after }: ReadStreamsOptions = {}): Promise<Map<string, RecordedEvent[]>> {
    return new Map(streamIds.map((id) => [id, (this.streams.get(id) ?? []).slice(after?.get(id) ?? 0)]));
  }

  async readStreamsPage({ streamPrefix, afterStreamId, limit }: StreamsPageOptions) {
    return [...this.streams.keys()]
      .filter((id) => id.startsWith(streamPrefix) && (afterStreamId === undefined || id > afterStreamId))
      .sort()
      .slice(0, limit)
      .map((streamId) => ({ streamId, events: [...this.streams.get(streamId)!] }));
  }

  async headPositionOf(streamPrefix: string): Promise<Checkpoint | undefined> {
    return this.log.findLast((e) => e.streamId.startsWith(streamPrefix))?.position;
  }

  async lastCommittedPosition(): Promise<Checkpoint | undefined> {
    return this.headPosition();
  }

  async close(): Promise<void> {
    this.appended.removeAllListeners();
  }
}
