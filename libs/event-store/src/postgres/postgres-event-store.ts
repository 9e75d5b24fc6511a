import { Pool, type PoolClient } from 'pg';
import { padPosition } from '../checkpoint';
import { ConcurrencyError, EventIdConflictError } from '../event-store.errors';
import type {
  AppendOptions,
  AppendResult,
  Checkpoint,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllOptions,
  RecordedEvent,
  SubscribeOptions,
} from '../event-store.port';
import { pollingSubscription } from '../polling-subscription';
import { EVENT_STORE_DDL, LOG_HORIZON_SQL } from './postgres-event-store.schema';

export { APPEND_LOCK_KEY, OPEN_APPENDS_SQL } from './postgres-event-store.schema';

const NOTIFY_CHANNEL = 'es_appended';
const MIGRATION_LOCK = 7_310_001; // advisory lock key owned by the event-store schema migration

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

/** Stream type = the category before the first '-' ("case-<uuid>" -> "case"), as KurrentDB splits it. */
const streamTypeOf = (streamId: string): string => streamId.split('-', 1)[0];

export class PostgresEventStore implements EventStore {
  constructor(private readonly pool: Pool) {}

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

  async readStream(streamId: string) {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    const events = rows.map(toRecorded);
    return { events, version: events.length };
  }

  async appendToStream(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const { expected } = options;
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    const [mode, expectedVersion] =
      typeof expected === 'number' ? ['exact', expected] : expected === 'no_stream' ? ['exact', 0] : [expected, 0];
    const params = [
      streamId,
      streamTypeOf(streamId),
      mode,
      expectedVersion,
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => e.schemaVersion),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
      options.recordedAt ?? null,
    ];
    for (let attempt = 0; ; attempt++) {
      try {
        const { rows } = await this.pool.query<{
          outcome: 'ok' | 'duplicate' | 'conflict' | 'id_conflict';
          stream_version: string | null;
          tx: string | null;
          pos: string | null;
          conflicting: string[] | null;
        }>(
          `SELECT outcome, stream_version, tx::text, pos, conflicting
             FROM es_append($1, $2, $3, $4, $5::uuid[], $6::text[], $7::int[], $8::jsonb[], $9::jsonb[], $10::timestamptz)`,
          params,
        );
        const row = rows[0];
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
      } catch (error) {
        // Two identical retries raced: the loser hit the unique event id; run again to read the winner's result.
        const pgError = error as { code?: string; constraint?: string };
        if (pgError.code === '23505' && pgError.constraint === 'es_events_event_id_key' && attempt < 3) continue;
        // Two creators of the same stream under 'any'/'no_stream' can collide on the primary key.
        if (pgError.code === '23505' && pgError.constraint === 'es_events_pkey') {
          const { version } = await this.readStreamVersion(streamId);
          throw new ConcurrencyError(streamId, expected, version);
        }
        throw error;
      }
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
    // The pool belongs to whoever created it.
  }
}
