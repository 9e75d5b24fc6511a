import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@lemon/testing';
import { collect, describeEventStoreContract, newEvent, streamName } from '../testing/event-store.contract';
import type { RecordedEvent } from '../event-store.port';
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

  it('wakes a subscriber for an append whose NOTIFY waited for the throttle interval', async () => {
    const store = new PostgresEventStore(db.pool, { notifyIntervalMs: 400 });
    const controller = new AbortController();
    const start = await store.headPosition();
    const iterator = store.subscribe({ after: start, pollIntervalMs: 60_000, signal: controller.signal })[Symbol.asyncIterator]();
    try {
      const first = iterator.next();
      await new Promise((r) => setTimeout(r, 200)); // let the subscriber read, find nothing and LISTEN
      await store.appendToStream(streamName(), [newEvent('NotifiedAtOnce')], { expected: 'no_stream' });
      expect((await first).value.map((e: { type: string }) => e.type)).toEqual(['NotifiedAtOnce']);
      // Within the interval of that NOTIFY: this append's signal is held back until the interval ends.
      const second = iterator.next();
      await store.appendToStream(streamName(), [newEvent('NotifiedAfterInterval')], { expected: 'no_stream' });
      // Well before the 60 s poll: only the NOTIFY at the end of the interval can wake it this soon.
      const result = await Promise.race([second, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
      expect(result).not.toBe('timeout');
      expect((result as IteratorResult<RecordedEvent[]>).value.map((e: RecordedEvent) => e.type)).toEqual(['NotifiedAfterInterval']);
    } finally {
      controller.abort();
      await iterator.return?.(undefined);
      await store.close();
    }
  });

  it('sends far fewer NOTIFYs than appends under a steady stream, the last one after the last append', async () => {
    const listener = new Client({ connectionString: db.url });
    await listener.connect();
    const notifiedAt: number[] = [];
    listener.on('notification', () => notifiedAt.push(performance.now()));
    await listener.query('LISTEN es_appended');
    const store = new PostgresEventStore(db.pool, { notifyIntervalMs: 50 });
    try {
      const stream = streamName();
      const started = performance.now();
      for (let version = 0; version < 60; version++) {
        await store.appendToStream(stream, [newEvent('Steady')], { expected: version === 0 ? 'no_stream' : version });
      }
      const lastAppendedAt = performance.now();
      await new Promise((r) => setTimeout(r, 300));
      const elapsed = lastAppendedAt - started;
      expect(notifiedAt.length).toBeGreaterThanOrEqual(1);
      expect(notifiedAt.length).toBeLessThanOrEqual(Math.ceil(elapsed / 50) + 1);
      expect(notifiedAt.length).toBeLessThan(60);
      expect(notifiedAt.at(-1)!).toBeGreaterThan(lastAppendedAt);
    } finally {
      await store.close();
      await listener.end();
    }
  });

  it('sends the NOTIFY still owed for the last appends when the store closes', async () => {
    const listener = new Client({ connectionString: db.url });
    await listener.connect();
    let notifications = 0;
    listener.on('notification', () => notifications++);
    await listener.query('LISTEN es_appended');
    const store = new PostgresEventStore(db.pool, { notifyIntervalMs: 60_000 });
    try {
      await store.appendToStream(streamName(), [newEvent('First')], { expected: 'no_stream' });
      await store.appendToStream(streamName(), [newEvent('Owed')], { expected: 'no_stream' });
      await new Promise((r) => setTimeout(r, 200));
      expect(notifications).toBe(1); // the second waits for the (minute-long) interval
      await store.close();
      await new Promise((r) => setTimeout(r, 200));
      expect(notifications).toBe(2);
    } finally {
      await listener.end();
    }
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

  it('writes every event with its stream row, in every append mode (no foreign key checks it)', async () => {
    const store = new PostgresEventStore(db.pool);
    const created = streamName();
    await store.appendToStream(created, [newEvent('Created')], { expected: 'no_stream' });
    await store.appendToStream(created, [newEvent('Exact'), newEvent('ExactToo')], { expected: 1 });
    await store.appendToStream(created, [newEvent('Exists')], { expected: 'stream_exists' });
    const anyNew = streamName();
    await store.appendToStream(anyNew, [newEvent('AnyNew')], { expected: 'any' });
    await store.appendToStream(anyNew, [newEvent('AnyAgain')], { expected: 'any' });
    await store.decideAndAppend(streamName(), () => ({ append: [newEvent('Decided')] }));
    const { rows } = await db.pool.query<{ orphans: number; versions_match: boolean }>(
      `SELECT (SELECT count(*)::int FROM es_events e WHERE NOT EXISTS (SELECT 1 FROM es_streams s WHERE s.stream_id = e.stream_id)) AS orphans,
              (SELECT bool_and(s.version = (SELECT max(e.stream_version) FROM es_events e WHERE e.stream_id = s.stream_id)) FROM es_streams s) AS versions_match`,
    );
    expect(rows[0]).toEqual({ orphans: 0, versions_match: true });
  });

  it('drops the foreign key of a log created before it went, and appends as before', async () => {
    const old = await createTestDatabase('event_store_old_fk');
    try {
      await PostgresEventStore.migrate(old.pool);
      await old.pool.query(
        'ALTER TABLE es_events ADD CONSTRAINT es_events_stream_id_fkey FOREIGN KEY (stream_id) REFERENCES es_streams (stream_id)',
      );
      await PostgresEventStore.migrate(old.pool);
      const { rows } = await old.pool.query(`SELECT conname FROM pg_constraint WHERE conrelid = 'es_events'::regclass AND contype = 'f'`);
      expect(rows).toEqual([]);
      const store = new PostgresEventStore(old.pool);
      expect((await store.appendToStream(streamName(), [newEvent('AfterMigration')], { expected: 'no_stream' })).nextVersion).toBe(1);
      await store.close();
    } finally {
      await old.drop();
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
