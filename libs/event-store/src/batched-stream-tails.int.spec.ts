import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@lemon/testing';
import { BatchedStreamTails } from './batched-stream-tails';
import type { ReadStreamsOptions, RecordedEvent, StreamVersion } from './event-store.port';
import { InMemoryEventStore } from './in-memory/in-memory-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { newEvent, streamName } from './testing/event-store.contract';

let db: TestDatabase;
/** A second connection pool on the same database: another api instance writing. */
let otherInstance: Pool;
beforeAll(async () => {
  db = await createTestDatabase('stream_tails');
  await PostgresEventStore.migrate(db.pool);
  otherInstance = new Pool({ connectionString: db.url, max: 2 });
});
afterAll(async () => {
  await otherInstance?.end();
  await db?.drop();
});

/** The real store; each batch it answers is recorded, and its answer can be held back after the query ran. */
class RecordingStore extends PostgresEventStore {
  readonly batches: Array<Map<string, StreamVersion>> = [];
  hold?: Promise<void>;
  override async readStreams(streamIds: readonly string[], options: ReadStreamsOptions = {}): Promise<Map<string, RecordedEvent[]>> {
    this.batches.push(new Map(streamIds.map((id) => [id, options.after?.get(id) ?? 0])));
    const answer = await super.readStreams(streamIds, options);
    await this.hold;
    return answer;
  }
}

const types = (events: RecordedEvent[]) => events.map((e) => e.type);

describe('batched "what came after version N" reads', () => {
  it('answers concurrent callers with one query, each with the events after the version it holds', async () => {
    const store = new RecordingStore(db.pool);
    const tails = new BatchedStreamTails(store);
    const [a, b, missing] = [streamName(), streamName(), streamName()];
    await store.appendToStream(a, [newEvent('A1'), newEvent('A2'), newEvent('A3')], { expected: 'no_stream' });
    await store.appendToStream(b, [newEvent('B1')], { expected: 'no_stream' });

    const answers = await Promise.all([tails.read(a, 0), tails.read(a, 2), tails.read(b, 1), tails.read(missing, 0), tails.read(a, 3)]);
    expect(answers.map(types)).toEqual([['A1', 'A2', 'A3'], ['A3'], [], [], []]);
    expect(store.batches).toHaveLength(1);
    expect(store.batches[0]).toEqual(
      new Map([
        [a, 0],
        [b, 1],
        [missing, 0],
      ]),
    );
  });

  it('never lets a caller join a query already sent: a write committed through another instance before it asked is in its answer', async () => {
    const store = new RecordingStore(db.pool);
    const tails = new BatchedStreamTails(store);
    const theCase = streamName();
    await store.appendToStream(theCase, [newEvent('Opened')], { expected: 'no_stream' });

    let release!: () => void;
    store.hold = new Promise((r) => (release = r));
    const early = tails.read(theCase, 1); // sent on the next turn, its answer held back after the query ran
    await new Promise((r) => setTimeout(r, 50));
    expect(store.batches).toHaveLength(1);

    // Another instance commits a write (say, a share revoked); then a request on this instance asks.
    await new PostgresEventStore(otherInstance).appendToStream(theCase, [newEvent('ShareRevoked')], { expected: 1 });
    const late = tails.read(theCase, 1);
    store.hold = undefined;
    release();

    expect(types(await early)).toEqual([]); // read before the write: correct for a request that asked before it
    expect(types(await late)).toEqual(['ShareRevoked']);
    expect(store.batches).toHaveLength(2); // the late caller waited for a query of its own
  });

  it('fails every caller of a failed batch, and goes on with the next one', async () => {
    const store = new RecordingStore(db.pool);
    const tails = new BatchedStreamTails(store);
    store.hold = Promise.reject(new Error('connection lost'));
    store.hold.catch(() => undefined);
    const failed = await Promise.allSettled([tails.read(streamName(), 0), tails.read(streamName(), 0)]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    store.hold = undefined;
    const theCase = streamName();
    await store.appendToStream(theCase, [newEvent('Opened')], { expected: 'no_stream' });
    expect(types(await tails.read(theCase, 0))).toEqual(['Opened']);
  });

  it('asks a store without bulk reads one stream at a time', async () => {
    const store = new InMemoryEventStore();
    Object.defineProperty(store, 'readStreams', { value: undefined });
    const tails = new BatchedStreamTails(store);
    const theCase = streamName();
    await store.appendToStream(theCase, [newEvent('A1'), newEvent('A2')], { expected: 'no_stream' });
    expect(types(await tails.read(theCase, 1))).toEqual(['A2']);
  });
});
