import { randomUUID } from 'node:crypto';
import { ConcurrencyError, EventIdConflictError } from '../event-store.errors';
import type { EventStore, NewEvent, RecordedEvent } from '../event-store.port';

/**
 * ONE behavioural contract for every EventStore adapter (in-memory, PostgreSQL, KurrentDB).
 * `setup` gives a fresh, empty store for each test; `teardown` releases it.
 */
export interface ContractHarness {
  setup(): Promise<EventStore>;
  teardown(store: EventStore): Promise<void>;
  /** What an adapter cannot promise, stated so its contract run skips exactly that test. */
  capabilities?: {
    /** KurrentDB keeps no unique index on event ids across streams. */
    uniqueEventIdsAcrossStreams?: boolean;
  };
}

export const newEvent = (type = 'Tested', data: unknown = {}): NewEvent => ({
  id: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata: { correlationId: randomUUID() },
});

export const streamName = (): string => `case-${randomUUID()}`;

/** Read the global log through a subscription until `count` events arrived (or fail after `timeoutMs`). */
export async function collect(
  store: EventStore,
  count: number,
  options: { after?: string; streamPrefix?: string; timeoutMs?: number } = {},
) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000);
  const seen: RecordedEvent[] = [];
  try {
    for await (const batch of store.subscribe({
      after: options.after,
      streamPrefix: options.streamPrefix,
      batchSize: 50,
      pollIntervalMs: 100,
      signal: controller.signal,
    })) {
      seen.push(...batch);
      if (seen.length >= count) break;
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return seen;
}

export function describeEventStoreContract(adapterName: string, harness: ContractHarness): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await harness.setup();
    });
    afterEach(async () => {
      await harness.teardown(store);
    });

    describe('appending with an expected version', () => {
      it('creates a stream with no_stream and returns its new version', async () => {
        const stream = streamName();
        const result = await store.appendToStream(stream, [newEvent(), newEvent()], { expected: 'no_stream' });
        expect(result.nextVersion).toBe(2);
        expect(result.duplicate).toBe(false);
        await expect(store.appendToStream(stream, [newEvent()], { expected: 'no_stream' })).rejects.toMatchObject({
          name: 'ConcurrencyError',
          actual: 2,
        });
      });

      it('treats expected version 0 as no_stream', async () => {
        const stream = streamName();
        await store.appendToStream(stream, [newEvent()], { expected: 0 });
        await expect(store.appendToStream(stream, [newEvent()], { expected: 0 })).rejects.toBeInstanceOf(ConcurrencyError);
      });

      it('appends at the exact version and refuses a stale one with the actual version', async () => {
        const stream = streamName();
        await store.appendToStream(stream, [newEvent()], { expected: 'no_stream' });
        expect((await store.appendToStream(stream, [newEvent()], { expected: 1 })).nextVersion).toBe(2);
        const error = await store.appendToStream(stream, [newEvent()], { expected: 1 }).catch((e) => e);
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ streamId: stream, expected: 1, actual: 2 });
      });

      it('lets exactly one of two concurrent appends at the same version win', async () => {
        const stream = streamName();
        await store.appendToStream(stream, [newEvent()], { expected: 'no_stream' });
        const results = await Promise.allSettled(
          Array.from({ length: 5 }, () => store.appendToStream(stream, [newEvent()], { expected: 1 })),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results.filter((r) => r.status === 'rejected')) {
          expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
        }
        expect((await store.readStream(stream)).version).toBe(2);
      });

      it('lets exactly one of several concurrent creators win', async () => {
        const stream = streamName();
        const results = await Promise.allSettled(
          Array.from({ length: 5 }, () => store.appendToStream(stream, [newEvent()], { expected: 'no_stream' })),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      });

      it('appends with any, whether or not the stream exists', async () => {
        const stream = streamName();
        expect((await store.appendToStream(stream, [newEvent()], { expected: 'any' })).nextVersion).toBe(1);
        expect((await store.appendToStream(stream, [newEvent()], { expected: 'any' })).nextVersion).toBe(2);
      });

      it('concurrent appends with any all land, in distinct versions', async () => {
        const stream = streamName();
        await store.appendToStream(stream, [newEvent()], { expected: 'no_stream' });
        await Promise.all(Array.from({ length: 8 }, () => store.appendToStream(stream, [newEvent()], { expected: 'any' })));
        const { events, version } = await store.readStream(stream);
        expect(version).toBe(9);
        expect(events.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      });

      it('stream_exists refuses an absent stream and appends to a present one', async () => {
        const stream = streamName();
        await expect(store.appendToStream(stream, [newEvent()], { expected: 'stream_exists' })).rejects.toMatchObject({ actual: 0 });
        await store.appendToStream(stream, [newEvent()], { expected: 'no_stream' });
        expect((await store.appendToStream(stream, [newEvent()], { expected: 'stream_exists' })).nextVersion).toBe(2);
      });
    });

    describe('decide and append', () => {
      /** A decision that needs the history: the next counter value is the number of events so far. */
      const counted = ({ version }: { version: number }) => ({ append: [newEvent('Counted', { n: version + 1 })] });

      it('lets every one of many concurrent deciders on one stream land, in gapless versions', async () => {
        const stream = streamName();
        const results = await Promise.all(Array.from({ length: 30 }, () => store.decideAndAppend(stream, counted)));
        expect(results.map((r) => r.nextVersion).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
        const { events } = await store.readStream(stream);
        // Each decision saw exactly the history before it: the counter equals the event's version.
        expect(events.map((e) => (e.data as { n: number }).n)).toEqual(events.map((e) => e.streamVersion));
      });

      it('reads only what follows a known prefix, and still decides on the whole history', async () => {
        const stream = streamName();
        await store.appendToStream(stream, [newEvent('A'), newEvent('B')], { expected: 'no_stream' });
        const known = (await store.readStream(stream)).events.slice(0, 1);
        let seen: string[] = [];
        const result = await store.decideAndAppend(
          stream,
          ({ events, version }) => {
            seen = events.map((e) => `${e.type}@${e.streamVersion}`);
            return { append: [newEvent('Counted', { n: version + 1 })] };
          },
          { known },
        );
        expect(seen).toEqual(['A@1', 'B@2']);
        expect(result.nextVersion).toBe(3);
      });

      it('stores what a decision appends exactly as given, however awkward its text (quotes, backslashes, unicode, SQL)', async () => {
        const stream = streamName();
        const awkward = {
          text: `it's a "quote" \\ back\\slash \\' and E'\\x41' $1 $$ -- ; COMMIT; DROP TABLE es_events; ünïcødé 🍋 \u2028`,
          nested: { list: ["'", '\\', '"'], n: 1.5, empty: '', none: null },
        };
        const recordedAt = new Date('2024-02-29T23:59:59.123Z');
        await store.decideAndAppend(stream, () => ({
          append: [{ ...newEvent("Odd'Type\\", awkward), metadata: { note: awkward.text } }, newEvent('Plain')],
          recordedAt,
        }));
        const { events } = await store.readStream(stream);
        expect(events.map((e) => [e.type, e.streamVersion, e.data, e.metadata, e.recordedAt.toISOString()])).toEqual([
          ["Odd'Type\\", 1, awkward, { note: awkward.text }, recordedAt.toISOString()],
          ['Plain', 2, {}, events[1].metadata, recordedAt.toISOString()],
        ]);
      });

      it('appends nothing when the decision throws, and returns an already-appended result as is', async () => {
        const stream = streamName();
        await expect(
          store.decideAndAppend(stream, () => {
            throw new Error('refused');
          }),
        ).rejects.toThrow('refused');
        expect((await store.readStream(stream)).version).toBe(0);
        const first = await store.decideAndAppend(stream, counted);
        const again = await store.decideAndAppend(stream, () => ({ alreadyAppended: { ...first, duplicate: true } }));
        expect(again).toEqual({ ...first, duplicate: true });
        expect((await store.readStream(stream)).version).toBe(1);
      });
    });

    describe('idempotent append by event id', () => {
      it('a retried append with the same ids is not duplicated and returns the first result', async () => {
        const stream = streamName();
        const events = [newEvent('A'), newEvent('B')];
        const first = await store.appendToStream(stream, events, { expected: 'no_stream' });
        const retried = await store.appendToStream(stream, events, { expected: 'no_stream' });
        expect(retried).toEqual({ ...first, duplicate: true });
        expect((await store.readStream(stream)).events.map((e) => e.type)).toEqual(['A', 'B']);
      });

      it('concurrent identical retries store the events once', async () => {
        const stream = streamName();
        await store.appendToStream(stream, [newEvent()], { expected: 'no_stream' });
        const events = [newEvent('Retried')];
        const results = await Promise.all(Array.from({ length: 4 }, () => store.appendToStream(stream, events, { expected: 1 })));
        expect(new Set(results.map((r) => r.position)).size).toBe(1);
        expect((await store.readStream(stream)).version).toBe(2);
      });

      const uniqueIds = harness.capabilities?.uniqueEventIdsAcrossStreams ?? true;
      (uniqueIds ? it : it.skip)('refuses ids already used in another stream', async () => {
        const events = [newEvent()];
        await store.appendToStream(streamName(), events, { expected: 'no_stream' });
        await expect(store.appendToStream(streamName(), events, { expected: 'no_stream' })).rejects.toBeInstanceOf(EventIdConflictError);
      });
    });

    describe('reading', () => {
      it('reads a stream in version order with data, metadata and positions', async () => {
        const stream = streamName();
        const events = [newEvent('A', { n: 1 }), newEvent('B', { nested: { list: [1, 'two'] } })];
        await store.appendToStream(stream, events, { expected: 'no_stream' });
        await store.appendToStream(stream, [newEvent('C')], { expected: 2 });
        const read = await store.readStream(stream);
        expect(read.version).toBe(3);
        expect(read.events.map((e) => [e.type, e.streamVersion])).toEqual([
          ['A', 1],
          ['B', 2],
          ['C', 3],
        ]);
        expect(read.events[1].data).toEqual({ nested: { list: [1, 'two'] } });
        expect(read.events[0].metadata).toEqual(events[0].metadata);
        expect(read.events[0].id).toBe(events[0].id);
        expect(read.events[0].recordedAt).toBeInstanceOf(Date);
        expect(read.events[0].position < read.events[2].position).toBe(true);
      });

      it('records the time the writer gives (its injected clock), else its own', async () => {
        const stream = streamName();
        const recordedAt = new Date('2024-03-05T10:11:12.000Z');
        await store.appendToStream(stream, [newEvent()], { expected: 'no_stream', recordedAt });
        await store.appendToStream(stream, [newEvent()], { expected: 1 });
        const [given, own] = (await store.readStream(stream)).events;
        expect(given.recordedAt.toISOString()).toBe('2024-03-05T10:11:12.000Z');
        expect(Math.abs(own.recordedAt.getTime() - Date.now())).toBeLessThan(60_000);
      });

      it('reads only the events after a version the caller holds, and nothing when none is newer', async () => {
        const stream = streamName();
        await store.appendToStream(stream, [newEvent('A'), newEvent('B'), newEvent('C')], { expected: 'no_stream' });
        const rest = await store.readStream(stream, { after: 1 });
        expect(rest.version).toBe(3);
        expect(rest.events.map((e) => [e.type, e.streamVersion])).toEqual([
          ['B', 2],
          ['C', 3],
        ]);
        expect(await store.readStream(stream, { after: 3 })).toEqual({ events: [], version: 3 });
        expect((await store.readStream(stream, { after: 0 })).events).toHaveLength(3);
      });

      it('reads a missing stream as empty at version 0', async () => {
        expect(await store.readStream(streamName())).toEqual({ events: [], version: 0 });
      });

      it('reads the global log from a position, in append order, filtered by stream prefix', async () => {
        const a = streamName();
        const other = `other-${randomUUID()}`;
        await store.appendToStream(a, [newEvent('A1')], { expected: 'no_stream' });
        await store.appendToStream(other, [newEvent('X')], { expected: 'no_stream' });
        await store.appendToStream(a, [newEvent('A2'), newEvent('A3')], { expected: 1 });
        const all = await store.readAll({ limit: 100 });
        expect(all.map((e) => e.type)).toEqual(['A1', 'X', 'A2', 'A3']);
        const afterFirst = await store.readAll({ after: all[0].position, limit: 100 });
        expect(afterFirst.map((e) => e.type)).toEqual(['X', 'A2', 'A3']);
        const onlyCases = await store.readAll({ limit: 100, streamPrefix: 'case-' });
        expect(onlyCases.map((e) => e.type)).toEqual(['A1', 'A2', 'A3']);
        expect(await store.readAll({ after: all[1].position, limit: 1 })).toHaveLength(1);
        expect(await store.headPosition()).toBe(all[3].position);
        expect(await store.lastCommittedPosition()).toBe(all[3].position);
        expect(await store.countEvents()).toBe(4);
        expect(await store.countEvents('case-')).toBe(3);
      });
    });

    describe('bulk reads (optional, for rebuilds)', () => {
      it('reads several streams whole in one call, pages whole streams in id order, and knows the head of a prefix', async () => {
        if (!store.readStreams || !store.readStreamsPage || !store.headPositionOf) return; // the adapter reads one stream at a time
        const prefix = `bulk${randomUUID().slice(0, 8)}-`;
        const [a, b, c] = ['a', 'b', 'c'].map((k) => `${prefix}${k}`);
        await store.appendToStream(b, [newEvent('B1')], { expected: 'no_stream' });
        await store.appendToStream(a, [newEvent('A1'), newEvent('A2')], { expected: 'no_stream' });
        const lastOfPrefix = await store.appendToStream(c, [newEvent('C1')], { expected: 'no_stream' });
        await store.appendToStream(`other-${randomUUID()}`, [newEvent('X')], { expected: 'no_stream' });
        await store.appendToStream(a, [newEvent('A3')], { expected: 2 });

        const streams = await store.readStreams([c, a, `${prefix}missing`]);
        expect([...streams.keys()]).toEqual([c, a, `${prefix}missing`]);
        expect(streams.get(a)!.map((e) => [e.type, e.streamVersion])).toEqual([
          ['A1', 1],
          ['A2', 2],
          ['A3', 3],
        ]);
        expect(streams.get(`${prefix}missing`)).toEqual([]);
        // Only what follows a held prefix of each stream (a stream not named in `after` is read whole).
        const rest = await store.readStreams([a, b, c], {
          after: new Map([
            [a, 1],
            [b, 1],
          ]),
        });
        expect([...rest].map(([id, events]) => [id, events.map((e) => [e.type, e.streamVersion])])).toEqual([
          [
            a,
            [
              ['A2', 2],
              ['A3', 3],
            ],
          ],
          [b, []],
          [c, [['C1', 1]]],
        ]);

        const first = await store.readStreamsPage({ streamPrefix: prefix, limit: 2 });
        expect(first.map((s) => [s.streamId, s.events.map((e) => e.type)])).toEqual([
          [a, ['A1', 'A2', 'A3']],
          [b, ['B1']],
        ]);
        const second = await store.readStreamsPage({ streamPrefix: prefix, afterStreamId: b, limit: 2 });
        expect(second.map((s) => s.streamId)).toEqual([c]);
        expect(await store.readStreamsPage({ streamPrefix: prefix, afterStreamId: c, limit: 2 })).toEqual([]);

        expect(await store.headPositionOf(prefix)).toBe(streams.get(a)![2].position);
        expect(await store.headPositionOf(prefix)).not.toBe(lastOfPrefix.position);
        expect(await store.headPositionOf(`none${randomUUID()}-`)).toBeUndefined();
      });
    });

    describe('subscription', () => {
      it('delivers existing events, then wakes on new ones', async () => {
        const stream = streamName();
        await store.appendToStream(stream, [newEvent('Before')], { expected: 'no_stream' });
        const seen = collect(store, 3, { streamPrefix: 'case-' });
        await new Promise((r) => setTimeout(r, 50));
        await store.appendToStream(stream, [newEvent('After1')], { expected: 1 });
        await store.appendToStream(stream, [newEvent('After2')], { expected: 2 });
        expect((await seen).map((e) => e.type)).toEqual(['Before', 'After1', 'After2']);
      });

      it('resumes after a stored checkpoint with exactly the later events', async () => {
        const stream = streamName();
        await store.appendToStream(stream, [newEvent('A'), newEvent('B'), newEvent('C')], { expected: 'no_stream' });
        const [first] = await store.readAll({ limit: 1 });
        const seen = await collect(store, 2, { after: first.position });
        expect(seen.map((e) => e.type)).toEqual(['B', 'C']);
      });

      it('is gap-free under concurrent writers: every event seen exactly once, per-stream order kept', async () => {
        const writers = 12;
        const appendsPerWriter = 15;
        for (let round = 0; round < 3; round++) {
          const start = await store.headPosition();
          const total = writers * appendsPerWriter;
          const seenPromise = collect(store, total, { after: start, timeoutMs: 60_000 });
          await Promise.all(
            Array.from({ length: writers }, async () => {
              const stream = streamName();
              for (let i = 0; i < appendsPerWriter; i++) {
                await store.appendToStream(stream, [newEvent('Seq', { i })], { expected: i === 0 ? 'no_stream' : i });
              }
            }),
          );
          const seen = await seenPromise;
          expect(seen).toHaveLength(total);
          expect(new Set(seen.map((e) => e.id)).size).toBe(total);
          const positions = seen.map((e) => e.position);
          expect([...positions].sort()).toEqual(positions);
          const byStream = new Map<string, number[]>();
          for (const e of seen) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e.streamVersion]);
          expect(byStream.size).toBe(writers);
          for (const versions of byStream.values()) {
            expect(versions).toEqual(Array.from({ length: appendsPerWriter }, (_, i) => i + 1));
          }
        }
      }, 30_000); // 540 appends and their delivery; generous for a loaded CI machine (not a timing assertion)
    });
  });
}
