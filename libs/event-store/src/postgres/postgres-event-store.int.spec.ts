import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@lemon/testing';
import { collect, describeEventStoreContract, newEvent, streamName } from '../testing/event-store.contract';
import { OPEN_APPENDS_SQL, PostgresEventStore } from './postgres-event-store';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('event_store');
  await PostgresEventStore.migrate(db.pool);
  await PostgresEventStore.migrate(db.pool); // start-up migrations run again on every start
});
afterAll(async () => db?.drop());

describeEventStoreContract('postgres', {
  setup: async () => {
    await db.pool.query('TRUNCATE es_events, es_streams');
    return new PostgresEventStore(db.pool);
  },
  teardown: (store) => store.close(),
});

describe('PostgreSQL global log: commits that land out of position order', () => {
  /** Append inside a transaction that the test holds open, as a slow writer would. */
  const beginSlowAppend = async (stream: string, type: string) => {
    const client = await db.pool.connect();
    await client.query('BEGIN');
    const e = newEvent(type);
    await client.query(`SELECT * FROM es_append($1, 'case', 'exact', 0, $2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::jsonb[])`, [
      stream,
      [e.id],
      [e.type],
      [1],
      [JSON.stringify(e.data)],
      [JSON.stringify(e.metadata)],
    ]);
    return {
      commit: async () => void (await client.query('COMMIT'), client.release()),
      rollback: async () => void (await client.query('ROLLBACK'), client.release()),
    };
  };

  it('holds back a later commit until the earlier open transaction ends, then delivers both in order', async () => {
    const store = new PostgresEventStore(db.pool);
    const start = await store.headPosition();
    const slow = await beginSlowAppend(streamName(), 'SlowFirst'); // takes the lower position
    await store.appendToStream(streamName(), [newEvent('FastSecond')], { expected: 'no_stream' });

    // While T1 is open, T2's event must not be readable: a reader passing it would skip T1 for ever.
    expect(await store.readAll({ after: start, limit: 10, streamPrefix: 'case-' })).toEqual([]);
    const delivered = collect(store, 2, { after: start, streamPrefix: 'case-' });
    await new Promise((r) => setTimeout(r, 300));
    await slow.commit();
    const seen = await delivered;
    expect(seen.map((e) => e.type)).toEqual(['SlowFirst', 'FastSecond']);
  });

  it('loses nothing when the earlier transaction rolls back', async () => {
    const store = new PostgresEventStore(db.pool);
    const start = await store.headPosition();
    const slow = await beginSlowAppend(streamName(), 'RolledBack');
    const stream = streamName();
    await store.appendToStream(stream, [newEvent('Kept')], { expected: 'no_stream' });
    await slow.rollback();
    const seen = await collect(store, 1, { after: start, streamPrefix: 'case-' });
    expect(seen.map((e) => e.type)).toEqual(['Kept']);
    expect(await store.readAll({ after: seen[0].position, limit: 10, streamPrefix: 'case-' })).toEqual([]);
  });

  it('wakes a subscriber through LISTEN/NOTIFY well before its polling interval', async () => {
    const store = new PostgresEventStore(db.pool);
    const controller = new AbortController();
    const start = await store.headPosition();
    const iterator = store.subscribe({ after: start, pollIntervalMs: 60_000, signal: controller.signal })[Symbol.asyncIterator]();
    const next = iterator.next();
    await new Promise((r) => setTimeout(r, 200)); // let the subscriber read, find nothing and LISTEN
    const id = randomUUID();
    await store.appendToStream(streamName(), [{ ...newEvent('Woken'), id }], { expected: 'no_stream' });
    const result = await Promise.race([next, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
    controller.abort();
    expect(result).not.toBe('timeout');
    expect((result as IteratorResult<Array<{ id: string }>>).value.map((e: { id: string }) => e.id)).toEqual([id]);
    await iterator.return?.(undefined);
  });

  it('serialises decide-and-append across processes: two stores on separate pools queue on the stream lock', async () => {
    const otherPool = new Pool({ connectionString: db.url, max: 4 });
    try {
      const here = new PostgresEventStore(db.pool);
      const there = new PostgresEventStore(otherPool);
      const stream = streamName();
      const decide = ({ version }: { version: number }) => ({ append: [newEvent('Counted', { n: version + 1 })] });
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? here : there).decideAndAppend(stream, decide)));
      expect(results.map((r) => r.nextVersion).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      const { events } = await here.readStream(stream);
      expect(events.map((e) => (e.data as { n: number }).n)).toEqual(events.map((e) => e.streamVersion));
    } finally {
      await otherPool.end();
    }
  });
});

describe('PostgreSQL global log: only appenders hold it back', () => {
  /** A transaction with a transaction id assigned (it wrote a row), held open until `end()`. */
  const holdOpenWriteIn = async (url: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE IF NOT EXISTS unrelated (n int)');
    await client.query('BEGIN');
    await client.query('INSERT INTO unrelated VALUES (1)');
    const { rows } = await client.query<{ xid: string }>('SELECT pg_current_xact_id_if_assigned()::text AS xid');
    expect(rows[0].xid).not.toBeNull();
    return { end: async () => void (await client.query('ROLLBACK'), await client.end()) };
  };

  it('moves on while a transaction in ANOTHER database on the same server stays open', async () => {
    const other = await createTestDatabase('elsewhere');
    const open = await holdOpenWriteIn(other.url);
    try {
      const store = new PostgresEventStore(db.pool);
      const start = await store.headPosition();
      const stream = streamName();
      await store.appendToStream(stream, [newEvent('WhileOtherDbOpen')], { expected: 'no_stream' });
      const seen = await store.readAll({ after: start, limit: 10, streamPrefix: 'case-' });
      expect(seen.map((e) => e.type)).toEqual(['WhileOtherDbOpen']);
      expect(await store.headPosition()).toBe(seen[0].position);
    } finally {
      await open.end();
      await other.drop();
    }
  });

  it('moves on while a transaction on an unrelated table of the SAME database stays open', async () => {
    const open = await holdOpenWriteIn(db.url);
    try {
      const store = new PostgresEventStore(db.pool);
      const start = await store.headPosition();
      await store.appendToStream(streamName(), [newEvent('WhileUnrelatedOpen')], { expected: 'no_stream' });
      expect((await store.readAll({ after: start, limit: 10, streamPrefix: 'case-' })).map((e) => e.type)).toEqual(['WhileUnrelatedOpen']);
    } finally {
      await open.end();
    }
  });

  it('refuses an append after another write in the same transaction, unless es_hold_log() came first', async () => {
    const client = await db.pool.connect();
    const append = (type: string) => {
      const e = newEvent(type);
      return client.query(`SELECT * FROM es_append($1, 'case', 'exact', 0, $2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::jsonb[])`, [
        streamName(),
        [e.id],
        [e.type],
        [1],
        [JSON.stringify(e.data)],
        [JSON.stringify(e.metadata)],
      ]);
    };
    try {
      await client.query('CREATE TABLE IF NOT EXISTS unrelated (n int)');
      await client.query('BEGIN');
      await client.query('INSERT INTO unrelated VALUES (2)');
      await expect(append('TooLate')).rejects.toThrow(/es_hold_log/);
      await client.query('ROLLBACK');

      await client.query('BEGIN');
      await client.query('SELECT es_hold_log()');
      await client.query('INSERT INTO unrelated VALUES (3)');
      await append('HeldFirst');
      await append('SecondInSameTransaction');
      await client.query('COMMIT');
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  });

  it('lists an append left open, with its age, and stops listing it once it ends', async () => {
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      const e = newEvent('LeftOpen');
      await client.query(`SELECT * FROM es_append($1, 'case', 'exact', 0, $2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::jsonb[])`, [
        streamName(),
        [e.id],
        [e.type],
        [1],
        [JSON.stringify(e.data)],
        [JSON.stringify(e.metadata)],
      ]);
      const { rows } = await db.pool.query<{ pid: number; age_seconds: number }>(OPEN_APPENDS_SQL);
      expect(rows).toHaveLength(1);
      expect(rows[0].age_seconds).toBeGreaterThanOrEqual(0);
      await client.query('COMMIT');
      expect((await db.pool.query(OPEN_APPENDS_SQL)).rows).toEqual([]);
    } finally {
      client.release();
    }
  });
});
