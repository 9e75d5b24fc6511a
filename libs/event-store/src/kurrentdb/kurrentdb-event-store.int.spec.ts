import { randomUUID } from 'node:crypto';
import { collect, describeEventStoreContract, newEvent, streamName } from '../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

/**
 * The contract suite against a real KurrentDB, e.g.
 *   KURRENTDB_URL='kurrentdb://admin:changeit@localhost:2113?tls=false' npx jest kurrentdb-event-store
 * A server cannot be truncated, so each test gets a fresh stream namespace: its store sees only its
 * own streams, which is what the contract's "fresh, empty store" means here.
 */
const url = process.env.KURRENTDB_URL;
const SKIPPED =
  "SKIPPED: KURRENTDB_URL is not set; the KurrentDB adapter's contract suite needs a KurrentDB server (none can run on this machine)";

const freshStore = (): KurrentDbEventStore =>
  KurrentDbEventStore.connect(url!, { streamNamespace: `t${randomUUID().replaceAll('-', '')}` });

if (!url) {
  // One undecorated line in every run's output; the skipped test's title says the same in reports.
  process.stderr.write(`\n${SKIPPED}\n`);
  describe.skip(`EventStore contract: kurrentdb (${SKIPPED})`, () => {
    it('runs the shared contract suite against KurrentDB', () => undefined);
  });
} else {
  describeEventStoreContract('kurrentdb', {
    setup: async () => freshStore(),
    teardown: (store) => store.close(),
    capabilities: { uniqueEventIdsAcrossStreams: false },
  });

  describe('KurrentDB adapter specifics', () => {
    let store: KurrentDbEventStore;
    beforeEach(() => {
      store = freshStore();
    });
    afterEach(() => store.close());

    it('keeps namespaces apart on one server', async () => {
      const other = freshStore();
      try {
        await other.appendToStream(streamName(), [newEvent('Elsewhere')], { expected: 'no_stream' });
        await store.appendToStream(streamName(), [newEvent('Here')], { expected: 'no_stream' });
        expect((await store.readAll({ limit: 10 })).map((e) => e.type)).toEqual(['Here']);
        expect(await store.countEvents()).toBe(1);
      } finally {
        await other.close();
      }
    });

    it('reports the stored position of the last event of a multi-event append', async () => {
      const stream = streamName();
      const result = await store.appendToStream(stream, [newEvent('A'), newEvent('B'), newEvent('C')], { expected: 'no_stream' });
      const { events } = await store.readStream(stream);
      expect(result.position).toBe(events[2].position);
      expect(await store.headPosition()).toBe(events[2].position);
    });

    it('treats a retry with any as a duplicate while the ids are within the retry window', async () => {
      const stream = streamName();
      const events = [newEvent('A')];
      const first = await store.appendToStream(stream, events, { expected: 'any' });
      await store.appendToStream(stream, [newEvent('B')], { expected: 'any' });
      expect(await store.appendToStream(stream, events, { expected: 'any' })).toEqual({ ...first, duplicate: true });
      expect((await store.readStream(stream)).version).toBe(2);
    });

    it('a subscription starts strictly after its checkpoint and batches what is buffered', async () => {
      const stream = streamName();
      await store.appendToStream(
        stream,
        Array.from({ length: 30 }, (_, i) => newEvent('N', { i })),
        { expected: 'no_stream' },
      );
      const [first] = await store.readAll({ limit: 1 });
      const seen = await collect(store, 29, { after: first.position });
      expect(seen.map((e) => (e.data as { i: number }).i)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    });
  });
}
