import { Readable } from 'node:stream';
import {
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendStreamState,
  type Filter,
  type KurrentDBClient,
  type Position,
} from '@kurrent/kurrentdb-client';
import { ConcurrencyError, EventIdConflictError } from '../event-store.errors';
import type { NewEvent } from '../event-store.port';
import { newEvent } from '../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import type { KurrentRecord } from './kurrentdb-mapping';

/**
 * The adapter's own control flow, run against an in-process FAKE of the client. This is not
 * evidence about a KurrentDB server. The fake models only the documented behaviours the adapter
 * relies on:
 * - 0-based revisions; WrongExpectedVersionError carries actualState;
 * - a missing stream throws StreamNotFoundError while iterating;
 * - a $all read includes the event at fromPosition, a subscription starts after it;
 * - a write is reported at (commit, commit), while its events are stored at (commit, own prepare);
 * - an exact-state retry of the same ids is de-duplicated.
 * The real thing runs through the contract suite in kurrentdb-event-store.int.spec.ts, where
 * KURRENTDB_URL is set.
 */
type Row = Required<KurrentRecord>;

const lessThan = (a: Position, b: Position) => a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare);
const matches = (row: Row, filter?: Filter) =>
  !filter ||
  ('prefixes' in filter
    ? filter.prefixes.some((p) => row.streamId.startsWith(p))
    : new RegExp(filter.regex).test(filter.filterOn === 'eventType' ? row.type : row.streamId));

class FakeKurrentDb {
  readonly log: Row[] = [];
  private nextLogPosition = 100n;
  private readonly listeners = new Set<(row: Row) => void>();
  disposed = false;
  appendCalls = 0;

  private stream(name: string) {
    return this.log.filter((row) => row.streamId === name);
  }

  async appendToStream(
    name: string,
    events: Array<{ id: string; type: string; data: unknown; metadata: unknown }>,
    { streamState }: { streamState: AppendStreamState },
  ) {
    this.appendCalls++;
    const stream = this.stream(name);
    const current = stream.length === 0 ? NO_STREAM : BigInt(stream.length - 1);
    const expectedLast = streamState === NO_STREAM ? -1n : typeof streamState === 'bigint' ? streamState : undefined;
    if (expectedLast !== undefined && expectedLast !== (current === NO_STREAM ? -1n : current)) {
      const at = stream.slice(Number(expectedLast + 1n), Number(expectedLast + 1n) + events.length);
      if (at.length === events.length && at.every((row, i) => row.id === events[i].id)) {
        return { success: true, nextExpectedRevision: at[at.length - 1].revision, position: undefined }; // server-side idempotency
      }
      throw new WrongExpectedVersionError(undefined, { streamName: name, expected: streamState, current } as never);
    }
    if (streamState === STREAM_EXISTS && current === NO_STREAM) {
      throw new WrongExpectedVersionError(undefined, { streamName: name, expected: streamState, current } as never);
    }
    const commit = this.nextLogPosition;
    events.forEach((event, i) => {
      const row: Row = {
        streamId: name,
        id: event.id,
        type: event.type,
        revision: BigInt(stream.length + i),
        created: new Date('2030-01-01T00:00:00.000Z'),
        data: JSON.parse(JSON.stringify(event.data)),
        metadata: JSON.parse(JSON.stringify(event.metadata)),
        position: { commit, prepare: this.nextLogPosition },
      };
      this.nextLogPosition += 100n;
      this.log.push(row);
      for (const listener of this.listeners) listener(row);
    });
    return { success: true, nextExpectedRevision: BigInt(stream.length + events.length - 1), position: { commit, prepare: commit } };
  }

  readStream(
    name: string,
    {
      fromRevision = START,
      maxCount = Number.MAX_SAFE_INTEGER,
      direction = 'forwards',
    }: { fromRevision?: bigint | typeof START | typeof END; maxCount?: number; direction?: string },
  ) {
    const stream = this.stream(name);
    return (async function* () {
      if (stream.length === 0) throw new StreamNotFoundError(undefined, name);
      const ordered = direction === BACKWARDS ? [...stream].reverse() : stream;
      const from = typeof fromRevision === 'bigint' ? fromRevision : undefined;
      const selected = ordered.filter(
        (row) => from === undefined || (direction === BACKWARDS ? row.revision <= from : row.revision >= from),
      );
      for (const row of selected.slice(0, Number(maxCount))) yield { event: row };
    })();
  }

  readAll({
    fromPosition = START,
    direction = 'forwards',
    maxCount = Number.MAX_SAFE_INTEGER,
    filter,
  }: {
    fromPosition?: Position | typeof START | typeof END;
    direction?: string;
    maxCount?: number;
    filter?: Filter;
  }) {
    const log = this.log;
    return (async function* () {
      const ordered = direction === BACKWARDS ? [...log].reverse() : log;
      const selected = ordered.filter(
        (row) =>
          matches(row, filter) &&
          (typeof fromPosition !== 'object' ||
            (direction === BACKWARDS ? !lessThan(fromPosition, row.position) : !lessThan(row.position, fromPosition))),
      );
      for (const row of selected.slice(0, Number(maxCount))) yield { event: row };
    })();
  }

  subscribeToAll(
    { fromPosition = START, filter }: { fromPosition?: Position | typeof START; filter?: Filter },
    { highWaterMark }: { highWaterMark: number },
  ) {
    const queue = this.log.filter(
      (row) => matches(row, filter) && (typeof fromPosition !== 'object' || lessThan(fromPosition, row.position)),
    );
    let waiting = false;
    const readable = new Readable({
      objectMode: true,
      highWaterMark,
      read() {
        waiting = queue.length === 0;
        while (queue.length > 0) if (!this.push({ event: queue.shift() })) break;
      },
    });
    const listener = (row: Row) => {
      if (!matches(row, filter)) return;
      queue.push(row);
      if (waiting) {
        waiting = false;
        while (queue.length > 0) if (!readable.push({ event: queue.shift() })) break;
      }
    };
    this.listeners.add(listener);
    // Like the real client: cancelling does not end the stream, so the adapter must not wait for an end.
    return Object.assign(readable, { unsubscribe: async () => void this.listeners.delete(listener) });
  }

  async dispose() {
    this.disposed = true;
  }
}

const setup = (namespace?: string) => {
  const fake = new FakeKurrentDb();
  const store = new KurrentDbEventStore(fake as unknown as KurrentDBClient, { streamNamespace: namespace });
  return { fake, store };
};
const events = (n: number, type = 'E'): NewEvent[] => Array.from({ length: n }, (_, i) => newEvent(type, { i }));

describe('KurrentDbEventStore control flow (against a fake client)', () => {
  it('maps versions both ways and reports the last stored event position, not the write position', async () => {
    const { fake, store } = setup('ns');
    const first = await store.appendToStream('case-1', events(3), { expected: 'no_stream' });
    expect(first.nextVersion).toBe(3);
    expect(fake.log.map((row) => [row.streamId, row.revision])).toEqual([
      ['ns.case-1', 0n],
      ['ns.case-1', 1n],
      ['ns.case-1', 2n],
    ]);
    const { events: read, version } = await store.readStream('case-1');
    expect(version).toBe(3);
    expect(read.map((e) => [e.streamId, e.streamVersion])).toEqual([
      ['case-1', 1],
      ['case-1', 2],
      ['case-1', 3],
    ]);
    expect(first.position).toBe(read[2].position);
    expect((await store.appendToStream('case-1', events(1), { expected: 3 })).nextVersion).toBe(4);
  });

  it('passes our event ids and metadata through', async () => {
    const { fake, store } = setup();
    const [event] = events(1);
    const recordedAt = new Date('2024-05-06T07:08:09.010Z');
    await store.appendToStream('case-1', [event], { expected: 0, recordedAt });
    expect(fake.log[0].id).toBe(event.id);
    const [read] = (await store.readStream('case-1')).events;
    expect(read).toMatchObject({ id: event.id, metadata: event.metadata, schemaVersion: 1, recordedAt });
  });

  it('reads a missing stream as empty at version 0', async () => {
    expect(await setup().store.readStream('case-x')).toEqual({ events: [], version: 0 });
  });

  it('turns WrongExpectedVersionError into ConcurrencyError with the port version', async () => {
    const { store } = setup();
    await store.appendToStream('case-1', events(2), { expected: 'no_stream' });
    await expect(store.appendToStream('case-1', events(1), { expected: 1 })).rejects.toEqual(new ConcurrencyError('case-1', 1, 2));
    await expect(store.appendToStream('case-1', events(1), { expected: 'no_stream' })).rejects.toMatchObject({ actual: 2 });
    await expect(store.appendToStream('case-2', events(1), { expected: 'stream_exists' })).rejects.toMatchObject({ actual: 0 });
  });

  it.each(['no_stream', 'any'] as const)(
    'answers a retry (%s) with the first result and duplicate: true, without writing',
    async (expected) => {
      const { fake, store } = setup();
      const batch = events(2);
      const first = await store.appendToStream('case-1', batch, { expected });
      const calls = fake.appendCalls;
      expect(await store.appendToStream('case-1', batch, { expected })).toEqual({ ...first, duplicate: true });
      expect(fake.appendCalls).toBe(calls);
      expect(fake.log).toHaveLength(2);
    },
  );

  it('finds a retry that raced past its pre-check through the conflict path', async () => {
    const { store } = setup();
    await store.appendToStream('case-1', events(1), { expected: 'no_stream' });
    const batch = events(1);
    const first = await store.appendToStream('case-1', batch, { expected: 1 });
    await store.appendToStream('case-1', events(1), { expected: 2 });
    // Retried with a stale expected version: the exact-position check misses, the conflict path finds it.
    expect(await store.appendToStream('case-1', batch, { expected: 0 })).toEqual({ ...first, duplicate: true });
  });

  it('refuses an append whose ids are only partly stored', async () => {
    const { store } = setup();
    const batch = events(2);
    await store.appendToStream('case-1', [batch[0]], { expected: 'no_stream' });
    await expect(store.appendToStream('case-1', batch, { expected: 0 })).rejects.toBeInstanceOf(EventIdConflictError);
  });

  it('readAll is exclusive of `after`, honours limit and prefix, and skips system events', async () => {
    const { fake, store } = setup();
    await store.appendToStream('case-1', events(2, 'A'), { expected: 'no_stream' });
    fake.log.push({ ...fake.log[1], streamId: '$$case-1', type: '$metadata', id: 'meta', position: { commit: 5000n, prepare: 5000n } });
    await store.appendToStream('other-1', events(1, 'X'), { expected: 'no_stream' });
    await store.appendToStream('case-1', events(1, 'B'), { expected: 2 });
    const all = await store.readAll({ limit: 100 });
    expect(all.map((e) => e.type)).toEqual(['A', 'A', 'X', 'B']);
    expect((await store.readAll({ after: all[0].position, limit: 2 })).map((e) => e.position)).toEqual([all[1].position, all[2].position]);
    expect((await store.readAll({ limit: 100, streamPrefix: 'case-' })).map((e) => e.type)).toEqual(['A', 'A', 'B']);
    expect(await store.readAll({ after: all[3].position, limit: 10 })).toEqual([]);
    expect(await store.headPosition()).toBe(all[3].position);
    expect(await store.countEvents()).toBe(4);
    expect(await store.countEvents('case-')).toBe(3);
  });

  it('subscribes in order in batches of at most batchSize, after the checkpoint, then live, and ends on abort', async () => {
    const { store } = setup();
    await store.appendToStream('case-1', events(25), { expected: 'no_stream' });
    const [first] = await store.readAll({ limit: 1 });
    const controller = new AbortController();
    const batches: number[][] = [];
    const done = (async () => {
      for await (const batch of store.subscribe({ after: first.position, batchSize: 10, signal: controller.signal })) {
        batches.push(batch.map((e) => (e.data as { i: number }).i));
        await new Promise((r) => setTimeout(r, 5)); // a slow handler: the next batch waits for it
        if (batches.flat().length === 26) controller.abort();
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    await store.appendToStream('case-1', events(2), { expected: 25 });
    await done; // returns although the fake subscription never ends by itself
    expect(batches.flat()).toEqual([...Array.from({ length: 24 }, (_, i) => i + 1), 0, 1]);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(10);
  });

  it('ends an idle subscription when the signal aborts', async () => {
    const { store } = setup();
    const controller = new AbortController();
    const iterator = store.subscribe({ signal: controller.signal })[Symbol.asyncIterator]();
    const next = iterator.next();
    controller.abort();
    await expect(next).resolves.toEqual({ done: true, value: undefined });
  });

  it('disposes only a client it created', async () => {
    const { fake, store } = setup();
    await store.close();
    expect(fake.disposed).toBe(false);
    const owned = new FakeKurrentDb();
    await new KurrentDbEventStore(owned as unknown as KurrentDBClient, {}, true).close();
    expect(owned.disposed).toBe(true);
  });

  it('uses ANY for any (no concurrency check)', async () => {
    const { store } = setup();
    expect((await store.appendToStream('case-1', events(1), { expected: 'any' })).nextVersion).toBe(1);
    expect((await store.appendToStream('case-1', events(1), { expected: 'any' })).nextVersion).toBe(2);
  });
});
