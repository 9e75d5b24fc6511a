import { createHash } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import { padPosition } from '../checkpoint';
import { ConcurrencyError, EventIdConflictError } from '../event-store.errors';
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
  ReadStreamsOptions,
  RecordedEvent,
  StreamsPageOptions,
  SubscribeOptions,
} from '../event-store.port';
import { pollingSubscription } from '../polling-subscription';
import { EVENT_STORE_DDL, LOG_HORIZON_SQL } from './postgres-event-store.schema';
import { ThrottledSignal } from './throttled-signal';

export { APPEND_LOCK_KEY, OPEN_APPENDS_SQL } from './postgres-event-store.schema';

const NOTIFY_CHANNEL = 'es_appended';
const MIGRATION_LOCK = 7_310_001; // advisory lock key owned by the event-store schema migration
/** Class of the per-stream advisory locks (two-int key space, apart from single-bigint keys). */
const STREAM_LOCK_CLASS = 7_310_003;

/** 32-bit lock key of a stream: a collision only makes two streams queue behind each other. */
const streamLockKey = (streamId: string): number => createHash('sha1').update(streamId).digest().readInt32BE(0);

type AppendRow = {
  outcome: 'ok' | 'duplicate' | 'conflict' | 'id_conflict';
  stream_version: string | null;
  tx: string | null;
  pos: string | null;
  conflicting: string[] | null;
};
type Queryable = Pick<Pool, 'query'> | Pick<PoolClient, 'query'>;

/** Checkpoint text: 20-digit xid8, ':', 19-digit global position (text order = log order). */
export const toPostgresCheckpoint = (transactionId: string, globalPosition: string): Checkpoint =>
  `${padPosition(transactionId, 20)}:${padPosition(globalPosition, 19)}`;

export const fromPostgresCheckpoint = (checkpoint: Checkpoint | undefined): [string, string] => {
  if (checkpoint === undefined) return ['0', '0'];
  const match = /^(\d{20}):(\d{19})$/.exec(checkpoint);
  if (!match) throw new Error(`not a PostgreSQL event-store checkpoint: ${checkpoint}`);
  return [BigInt(match[1]).toString(), BigInt(match[2]).toString()];
};

interface EventRow {
  stream_id: string;
  stream_version: string;
  tx_text: string;
  global_position: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: RecordedEvent['metadata'];
  recorded_at: Date;
}

const toRecorded = (row: EventRow): RecordedEvent => ({
  id: row.event_id,
  type: row.event_type,
  schemaVersion: row.schema_version,
  data: row.data,
  metadata: row.metadata,
  streamId: row.stream_id,
  streamVersion: Number(row.stream_version),
  position: toPostgresCheckpoint(row.tx_text, row.global_position),
  recordedAt: row.recorded_at,
});

// The text copy of the xid8 gets its own name: an output column named transaction_id would
// capture ORDER BY transaction_id and sort as text ("1000" < "999").
const EVENT_COLUMNS = `stream_id, stream_version, transaction_id::text AS tx_text, global_position, event_id, event_type,
  schema_version, data, metadata, recorded_at`;

/**
 * The append call, as named prepared statements: each pooled connection parses and plans them once
 * instead of on every append (node-pg sends Parse only the first time a connection sees the name).
 * One event, the common case, goes as scalars: no array literals to escape here and parse there.
 * Behind a transaction-pooling proxy this needs protocol-level prepared statements (PgBouncer >= 1.21).
 */
const APPEND = {
  name: 'es_append_v1',
  text: `SELECT outcome, stream_version, tx::text, pos, conflicting
    FROM es_append($1, $2, $3, $4, $5::uuid[], $6::text[], $7::int[], $8::jsonb[], $9::jsonb[], $10::timestamptz)`,
};
const APPEND_ONE = {
  name: 'es_append_one_v1',
  text: `SELECT outcome, stream_version, tx::text, pos, conflicting
    FROM es_append($1, $2, $3, $4, ARRAY[$5::uuid], ARRAY[$6::text], ARRAY[$7::int], ARRAY[$8::jsonb], ARRAY[$9::jsonb], $10::timestamptz)`,
};

/** Stream type = the category before the first '-' ("case-<uuid>" -> "case"), as KurrentDB splits it. */
const streamTypeOf = (streamId: string): string => streamId.split('-', 1)[0];

export interface PostgresEventStoreOptions {
  /**
   * Shortest time between two NOTIFYs this store sends after appends (default 5 ms). The first
   * append after a quiet spell notifies at once; appends within the interval share one NOTIFY
   * at its end.
   */
  notifyIntervalMs?: number;
}

/** See PostgresEventStoreOptions.notifyIntervalMs: bench/README.md, "Append", has the measurements. */
export const DEFAULT_NOTIFY_INTERVAL_MS = 5;

export class PostgresEventStore implements EventStore {
  private readonly streamQueues = new Map<string, Promise<void>>();
  /**
   * Wakes subscribers (in every process) after an append committed. NOTIFY inside the append
   * transaction would hold PostgreSQL's database-wide notify lock until the commit record is
   * flushed and so serialise all appends (no group commit; bench/README.md, "Append"). So the
   * appender notifies afterwards, fire and forget, and throttled: each NOTIFY is a transaction
   * of its own (it takes a transaction id and writes a commit record), and one per append was
   * about as much server work as the append itself with one writer. Its transaction commits
   * without waiting for its WAL flush (synchronous_commit off, local to the one-statement
   * transaction): a notifying transaction holds the notify lock until its commit returns, so
   * waiting for a flush there would queue every other notifier behind each fsync. A lost or late
   * signal loses nothing: the events are durable and subscribers poll.
   */
  private readonly appended: ThrottledSignal;

  constructor(
    private readonly pool: Pool,
    { notifyIntervalMs = DEFAULT_NOTIFY_INTERVAL_MS }: PostgresEventStoreOptions = {},
  ) {
    this.appended = new ThrottledSignal(
      () => this.pool.query(`SELECT set_config('synchronous_commit', 'off', true), pg_notify('${NOTIFY_CHANNEL}', '')`),
      notifyIntervalMs,
    );
  }

  static async migrate(pool: Pool): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await client.query(EVENT_STORE_DDL);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  }

  async readStream(streamId: string, { after = 0 }: ReadStreamOptions = {}) {
    const events = await this.readStreamWith(this.pool, streamId, after);
    return { events, version: events.at(-1)?.streamVersion ?? after };
  }

  /** The stream's events after version `after`, oldest first: a range of the primary key (stream_id, stream_version). */
  private async readStreamWith(db: Queryable, streamId: string, after: number): Promise<RecordedEvent[]> {
    const { rows } = await db.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_id = $1 AND stream_version > $2 ORDER BY stream_version`,
      [streamId, after],
    );
    return rows.map(toRecorded);
  }

  async readStreams(streamIds: readonly string[], { after }: ReadStreamsOptions = {}): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Map<string, RecordedEvent[]>(streamIds.map((id) => [id, []]));
    if (streamIds.length === 0) return streams;
    // With versions to read after: one range of the primary key (stream_id, stream_version) per stream.
    const { rows } = after
      ? await this.pool.query<EventRow>(
          `SELECT e.stream_id, e.stream_version, transaction_id::text AS tx_text, global_position, event_id, event_type,
                  schema_version, data, metadata, recorded_at
             FROM unnest($1::text[], $2::bigint[]) AS w(stream_id, after_version)
             JOIN es_events e ON e.stream_id = w.stream_id AND e.stream_version > w.after_version
            ORDER BY e.stream_id, e.stream_version`,
          [streamIds, streamIds.map((id) => after.get(id) ?? 0)],
        )
      : await this.pool.query<EventRow>(
          `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_id = ANY ($1::text[]) ORDER BY stream_id, stream_version`,
          [streamIds],
        );
    for (const row of rows) streams.get(row.stream_id)!.push(toRecorded(row));
    return streams;
  }

  /** One round trip: the next `limit` stream ids from es_streams (primary key order), then their events. */
  async readStreamsPage({
    streamPrefix,
    afterStreamId,
    limit,
  }: StreamsPageOptions): Promise<Array<{ streamId: string; events: RecordedEvent[] }>> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events
        WHERE stream_id IN (SELECT stream_id FROM es_streams
                             WHERE stream_id > $1 AND starts_with(stream_id, $2) ORDER BY stream_id LIMIT $3)
        ORDER BY stream_id, stream_version`,
      [afterStreamId ?? '', streamPrefix, limit],
    );
    const page: Array<{ streamId: string; events: RecordedEvent[] }> = [];
    for (const row of rows) {
      if (page.at(-1)?.streamId !== row.stream_id) page.push({ streamId: row.stream_id, events: [] });
      page.at(-1)!.events.push(toRecorded(row));
    }
    return page;
  }

  async headPositionOf(streamPrefix: string): Promise<Checkpoint | undefined> {
    const horizon = await this.horizon();
    const { rows } = await this.pool.query<{ tx_text: string; global_position: string }>(
      `SELECT transaction_id::text AS tx_text, global_position FROM es_events
        WHERE transaction_id < $1::xid8 AND starts_with(stream_id, $2)
        ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
      [horizon, streamPrefix],
    );
    return rows.length ? toPostgresCheckpoint(rows[0].tx_text, rows[0].global_position) : undefined;
  }

  async appendToStream(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const result = await this.appendWith(this.pool, streamId, events, options);
    if (!result.duplicate) this.appended.request();
    return result;
  }

  /**
   * Lock, read, decide, append, commit: one transaction per command, holding a transaction-scoped
   * advisory lock on the stream, so concurrent commands on one case queue instead of conflicting.
   * Within this process the callers of one stream also queue before taking a pool connection, so
   * fifty writers on one case hold one connection, not the whole pool. The lock assigns no
   * transaction id: until its INSERT the transaction holds nobody's read horizon back.
   */
  decideAndAppend(streamId: string, decide: Decide, { known = [] }: DecideAndAppendOptions = {}): Promise<AppendResult> {
    const previous = this.streamQueues.get(streamId) ?? Promise.resolve();
    const run = previous.then(() => this.decideAndAppendLocked(streamId, decide, known));
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.streamQueues.set(streamId, settled);
    void settled.then(() => {
      if (this.streamQueues.get(streamId) === settled) this.streamQueues.delete(streamId);
    });
    return run;
  }

  private async decideAndAppendLocked(streamId: string, decide: Decide, known: readonly RecordedEvent[]): Promise<AppendResult> {
    const client = await this.pool.connect();
    try {
      // ONE round trip (simple protocol, so the values are inlined as escaped literals): BEGIN, the
      // stream's lock, then the read. In READ COMMITTED each statement of a multi-statement query
      // takes its own snapshot when it starts, so the read, which starts only once the lock is
      // granted, sees the previous holder's commit. Only what follows the caller's known prefix
      // (a cache of the stream) is read.
      const results = (await client.query(
        `BEGIN; SELECT pg_advisory_xact_lock(${STREAM_LOCK_CLASS}, ${streamLockKey(streamId)});
         SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_id = ${client.escapeLiteral(streamId)}
            AND stream_version > ${Math.trunc(known.length)} ORDER BY stream_version`,
      )) as unknown as Array<{ rows: EventRow[] }>;
      const rest = results[2].rows.map(toRecorded);
      const events = known.length === 0 ? rest : [...known, ...rest];
      const version = events.at(-1)?.streamVersion ?? 0;
      const decision = await decide({ events, version });
      if ('alreadyAppended' in decision) {
        await client.query('COMMIT');
        return decision.alreadyAppended;
      }
      const result = await this.appendAndCommit(client, streamId, decision.append, version, decision.recordedAt);
      if (!result.duplicate) this.appended.request();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * The locked append and its COMMIT in ONE round trip: `es_append` with its arguments inlined as
   * escaped literals (the simple protocol takes no parameters), then COMMIT. If `es_append` fails,
   * PostgreSQL skips the rest of the query string, so nothing commits (the caller rolls back).
   */
  private async appendAndCommit(
    client: PoolClient,
    streamId: string,
    events: NewEvent[],
    version: number,
    recordedAt: Date | undefined,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    const literal = (value: string) => client.escapeLiteral(value);
    const array = (values: string[], type: string) => `ARRAY[${values.join(', ')}]::${type}[]`;
    const ids = events.map((e) => e.id);
    const expected = version === 0 ? 'no_stream' : version;
    // es_append's arguments, in order (see appendWith for the same call with parameters).
    const args = [
      literal(streamId),
      literal(streamTypeOf(streamId)),
      `'exact'`,
      String(Math.trunc(version)),
      array(ids.map(literal), 'uuid'),
      array(
        events.map((e) => literal(e.type)),
        'text',
      ),
      array(
        events.map((e) => String(Math.trunc(e.schemaVersion))),
        'int',
      ),
      array(
        events.map((e) => literal(JSON.stringify(e.data))),
        'jsonb',
      ),
      array(
        events.map((e) => literal(JSON.stringify(e.metadata))),
        'jsonb',
      ),
      recordedAt ? `${literal(recordedAt.toISOString())}::timestamptz` : 'NULL',
    ];
    try {
      const results = (await client.query(
        `SELECT outcome, stream_version, tx::text, pos, conflicting FROM es_append(${args.join(', ')}); COMMIT`,
      )) as unknown as Array<{ rows: AppendRow[] }>;
      return this.appendOutcome(streamId, expected, results[0].rows[0]);
    } catch (error) {
      const pgError = error as { code?: string; constraint?: string };
      if (pgError.code === '23505' && pgError.constraint === 'es_events_event_id_key') throw new EventIdConflictError(streamId, ids);
      if (pgError.code === '23505' && pgError.constraint === 'es_events_pkey') throw new ConcurrencyError(streamId, expected, version);
      throw error;
    }
  }

  private async appendWith(db: Queryable, streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const { expected } = options;
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    const [mode, expectedVersion] =
      typeof expected === 'number' ? ['exact', expected] : expected === 'no_stream' ? ['exact', 0] : [expected, 0];
    const ids = events.map((e) => e.id);
    const [statement, eventParams] =
      events.length === 1
        ? [
            APPEND_ONE,
            [events[0].id, events[0].type, events[0].schemaVersion, JSON.stringify(events[0].data), JSON.stringify(events[0].metadata)],
          ]
        : [
            APPEND,
            [
              ids,
              events.map((e) => e.type),
              events.map((e) => e.schemaVersion),
              events.map((e) => JSON.stringify(e.data)),
              events.map((e) => JSON.stringify(e.metadata)),
            ],
          ];
    const params = [streamId, streamTypeOf(streamId), mode, expectedVersion, ...eventParams, options.recordedAt ?? null];
    const inTransaction = db !== this.pool;
    for (let attempt = 0; ; attempt++) {
      try {
        const { rows } = await db.query<AppendRow>({ ...statement, values: params });
        return this.appendOutcome(streamId, expected, rows[0]);
      } catch (error) {
        const pgError = error as { code?: string; constraint?: string };
        if (pgError.code === '23505' && pgError.constraint === 'es_events_event_id_key' && !inTransaction && attempt < 3) {
          // An event id is stored already: either an identical retry that raced the first attempt
          // (report what the first one stored) or an id used elsewhere (id_conflict). Nothing stored
          // now means the other writer rolled back: append again.
          const { rows } = await this.pool.query<AppendRow>(
            'SELECT outcome, stream_version, tx::text, pos, conflicting FROM es_append_duplicate($1, $2::uuid[])',
            [streamId, ids],
          );
          if (rows.length > 0) return this.appendOutcome(streamId, expected, rows[0]);
          continue;
        }
        if (pgError.code === '23505' && pgError.constraint === 'es_events_event_id_key') throw new EventIdConflictError(streamId, ids);
        // Two creators of the same stream under 'any'/'no_stream' can collide on the primary key.
        if (pgError.code === '23505' && pgError.constraint === 'es_events_pkey') {
          const { version } = inTransaction ? { version: expectedVersion } : await this.readStreamVersion(streamId);
          throw new ConcurrencyError(streamId, expected, version);
        }
        throw error;
      }
    }
  }

  private appendOutcome(streamId: string, expected: AppendOptions['expected'], row: AppendRow): AppendResult {
    switch (row.outcome) {
      case 'conflict':
        throw new ConcurrencyError(streamId, expected, Number(row.stream_version));
      case 'id_conflict':
        throw new EventIdConflictError(streamId, row.conflicting ?? []);
      default:
        return {
          nextVersion: Number(row.stream_version),
          position: toPostgresCheckpoint(row.tx!, row.pos!),
          duplicate: row.outcome === 'duplicate',
        };
    }
  }

  private async readStreamVersion(streamId: string) {
    const { rows } = await this.pool.query<{ version: string }>('SELECT version FROM es_streams WHERE stream_id = $1', [streamId]);
    return { version: rows.length ? Number(rows[0].version) : 0 };
  }

  /** See LOG_HORIZON_SQL: must run in a statement BEFORE the one reading rows below it. */
  private async horizon(): Promise<string> {
    const { rows } = await this.pool.query<{ horizon: string }>(LOG_HORIZON_SQL);
    return rows[0].horizon;
  }

  async readAll({ after, limit, streamPrefix }: ReadAllOptions): Promise<RecordedEvent[]> {
    const [tx, pos] = fromPostgresCheckpoint(after);
    const horizon = await this.horizon();
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events
        WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
          AND transaction_id < $5::xid8
          AND ($4::text IS NULL OR starts_with(stream_id, $4::text))
        ORDER BY transaction_id, global_position
        LIMIT $3`,
      [tx, pos, limit, streamPrefix ?? null, horizon],
    );
    return rows.map(toRecorded);
  }

  subscribe(options: SubscribeOptions): AsyncIterable<RecordedEvent[]> {
    return pollingSubscription(this, options, (wake) => {
      // LISTEN needs a dedicated connection; if it cannot be had, polling alone still delivers.
      let listener: PoolClient | undefined;
      let closed = false;
      this.pool
        .connect()
        .then(async (client) => {
          if (closed) return client.release();
          listener = client;
          // A checked-out client's errors (server restart, database dropped) reach only its own
          // listeners: without one they would crash the process. Polling carries on regardless.
          client.on('error', () => undefined);
          client.on('notification', wake);
          await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
          wake(); // appends between the first read and LISTEN would otherwise wait a poll interval
        })
        .catch(() => undefined);
      return async () => {
        closed = true;
        if (!listener) return;
        listener.off('notification', wake);
        await listener.query(`UNLISTEN ${NOTIFY_CHANNEL}`).catch(() => undefined);
        listener.release();
      };
    });
  }

  async countEvents(streamPrefix?: string): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>(
      'SELECT count(*) AS count FROM es_events WHERE $1::text IS NULL OR starts_with(stream_id, $1::text)',
      [streamPrefix ?? null],
    );
    return Number(rows[0].count);
  }

  async headPosition(): Promise<Checkpoint | undefined> {
    const horizon = await this.horizon();
    const { rows } = await this.pool.query<{ tx_text: string; global_position: string }>(
      `SELECT transaction_id::text AS tx_text, global_position FROM es_events
        WHERE transaction_id < $1::xid8
        ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
      [horizon],
    );
    return rows.length ? toPostgresCheckpoint(rows[0].tx_text, rows[0].global_position) : undefined;
  }
  async lastCommittedPosition(): Promise<Checkpoint | undefined> {
    const { rows } = await this.pool.query<{ tx_text: string; global_position: string }>(
      `SELECT transaction_id::text AS tx_text, global_position FROM es_events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
    return rows.length ? toPostgresCheckpoint(rows[0].tx_text, rows[0].global_position) : undefined;
  }

  async close(): Promise<void> {
    // The pool belongs to whoever created it; a NOTIFY still owed for the last appends goes out first.
    await this.appended.flush();
  }
}
