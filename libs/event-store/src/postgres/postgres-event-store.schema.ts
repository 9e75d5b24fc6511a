/**
 * DDL for the PostgreSQL event store (prefix es_). Applied at start-up under an advisory lock;
 * every statement is idempotent so concurrent starts and restarts are safe.
 *
 * Global order: each event row carries its writing transaction's xid8. Readers only read rows
 * whose transaction is older than every still-running APPENDING transaction of this database
 * (LOG_HORIZON_SQL), ordered by (transaction_id, global_position): a later commit can then never
 * slip in before a position a reader has passed. The checkpoint is exactly that ordering key.
 */
export const EVENT_STORE_SCHEMA_VERSION = 1;

export const EVENT_STORE_DDL = `
CREATE TABLE IF NOT EXISTS es_streams (
  stream_id   text        PRIMARY KEY,
  stream_type text        NOT NULL,
  version     bigint      NOT NULL CHECK (version > 0),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Every event's stream row exists: es_append writes (or version-checks and updates) it before the
-- events, in the same transaction, under that row's lock. There is no foreign key re-checking it:
-- the check locked the just-updated stream row again (FOR KEY SHARE: one more WAL record and a
-- query through the trigger per event; bench/README.md, "Append").
CREATE TABLE IF NOT EXISTS es_events (
  stream_id       text        NOT NULL,
  stream_version  bigint      NOT NULL,
  global_position bigint      GENERATED ALWAYS AS IDENTITY,
  transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
  event_id        uuid        NOT NULL,
  event_type      text        NOT NULL,
  schema_version  int         NOT NULL DEFAULT 1,
  data            jsonb       NOT NULL,
  metadata        jsonb       NOT NULL DEFAULT '{}',
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stream_id, stream_version),
  CONSTRAINT es_events_event_id_key UNIQUE (event_id)
);

CREATE INDEX IF NOT EXISTS es_events_log ON es_events (transaction_id, global_position);

-- Logs created before that change still have the foreign key. Looked up first: ALTER TABLE would
-- take an exclusive lock on both tables on every start-up even when there is nothing to drop.
DO $do$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'es_events'::regclass AND conname = 'es_events_stream_id_fkey') THEN
    ALTER TABLE es_events DROP CONSTRAINT es_events_stream_id_fkey;
  END IF;
END
$do$;

-- Rows for an append whose event ids are already stored: 'duplicate' when all of them are, in
-- this stream (return what the first append stored), else 'id_conflict'. No rows = all new.
CREATE OR REPLACE FUNCTION es_append_duplicate(p_stream_id text, p_ids uuid[])
RETURNS TABLE (outcome text, stream_version bigint, tx xid8, pos bigint, conflicting uuid[])
LANGUAGE plpgsql AS $fn$
DECLARE
  v_known int;
  v_other int;
BEGIN
  -- A retried append (same ids) returns what the first one stored; nothing is written twice.
  SELECT count(*), count(*) FILTER (WHERE e.stream_id <> p_stream_id)
    INTO v_known, v_other FROM es_events e WHERE e.event_id = ANY (p_ids);
  IF v_known > 0 THEN
    IF v_known = cardinality(p_ids) AND v_other = 0 THEN
      RETURN QUERY SELECT 'duplicate'::text, e.stream_version, e.transaction_id, e.global_position, NULL::uuid[]
        FROM es_events e WHERE e.event_id = ANY (p_ids) ORDER BY e.stream_version DESC LIMIT 1;
    ELSE
      RETURN QUERY SELECT 'id_conflict'::text, NULL::bigint, NULL::xid8, NULL::bigint,
        ARRAY(SELECT e.event_id FROM es_events e WHERE e.event_id = ANY (p_ids));
    END IF;
  END IF;
END
$fn$;

-- Appenders hold the log back, nothing else does. Every appending transaction takes this
-- transaction-level SHARED advisory lock (two-key form (7310, 1): its own key space, apart from
-- every single-key advisory lock of the product) BEFORE its transaction id is assigned;
-- readers then only wait for the transactions that hold it in THIS database (see
-- LOG_HORIZON_SQL), never for an unrelated open transaction elsewhere on the server. A transaction
-- that already wrote something else has an older xid a reader may have passed: it must call
-- es_hold_log() before that first write, or its append is refused.
-- es_append takes the lock itself while nothing is written yet (the common case, no call here);
-- this function answers the rest: with a transaction id already assigned, the lock must already
-- be held, which only es_hold_log/es_append can have done, and only before that id existed.
-- (Asking pg_locks costs a scan of the lock table, but only this rare path pays it.)
CREATE OR REPLACE FUNCTION es_hold_log() RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  IF pg_current_xact_id_if_assigned() IS NULL THEN
    PERFORM pg_advisory_xact_lock_shared(7310, 1);
  ELSIF NOT EXISTS (SELECT 1 FROM pg_locks l
                     WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.granted
                       AND l.classid = 7310 AND l.objid = 1 AND l.objsubid = 2 AND l.mode = 'ShareLock') THEN
    RAISE EXCEPTION 'es_append after another write in the same transaction: call es_hold_log() before the first write'
      USING ERRCODE = '55000';
  END IF;
END
$fn$;

-- One round trip per append. p_mode: 'exact' (p_expected = version, 0 = no stream), 'any',
-- 'stream_exists'. Returns outcome 'ok' | 'duplicate' | 'conflict' | 'id_conflict'.
-- Kept lean for group commit (bench/README.md, "Append"): no NOTIFY here (the appender signals
-- after commit), no up-front duplicate lookup when the version is exact (a retry of a committed
-- append finds the version moved and is recognised below; ids reused elsewhere hit the unique
-- index, which the caller turns into id_conflict), and the position comes from INSERT RETURNING.
-- The client calls it as a named prepared statement (parsed and planned once per connection).
DROP FUNCTION IF EXISTS es_append(text, text, text, bigint, uuid[], text[], int[], jsonb[], jsonb[]);
CREATE OR REPLACE FUNCTION es_append(
  p_stream_id text, p_stream_type text, p_mode text, p_expected bigint,
  p_ids uuid[], p_types text[], p_schema_versions int[], p_data jsonb[], p_metadata jsonb[],
  p_recorded_at timestamptz DEFAULT NULL
) RETURNS TABLE (outcome text, stream_version bigint, tx xid8, pos bigint, conflicting uuid[])
LANGUAGE plpgsql AS $fn$
DECLARE
  n int := cardinality(p_ids);
  v_new bigint;
  v_pos bigint;
BEGIN
  -- es_hold_log() inline for a transaction that has written nothing yet (one append in autocommit,
  -- decideAndAppend): no nested function call on the hot path.
  IF pg_current_xact_id_if_assigned() IS NULL THEN
    PERFORM pg_advisory_xact_lock_shared(7310, 1);
  ELSE
    PERFORM es_hold_log();
  END IF;
  IF p_mode <> 'exact' THEN
    -- Without an exact version a retry cannot be told from a new append by the version alone.
    RETURN QUERY SELECT * FROM es_append_duplicate(p_stream_id, p_ids);
    IF FOUND THEN RETURN; END IF;
  END IF;

  IF p_mode = 'exact' AND p_expected = 0 THEN
    INSERT INTO es_streams (stream_id, stream_type, version) VALUES (p_stream_id, p_stream_type, n)
      ON CONFLICT (stream_id) DO NOTHING RETURNING version INTO v_new;
  ELSIF p_mode = 'exact' THEN
    UPDATE es_streams s SET version = s.version + n, updated_at = now()
      WHERE s.stream_id = p_stream_id AND s.version = p_expected RETURNING s.version INTO v_new;
  ELSIF p_mode = 'stream_exists' THEN
    UPDATE es_streams s SET version = s.version + n, updated_at = now()
      WHERE s.stream_id = p_stream_id RETURNING s.version INTO v_new;
  ELSE
    INSERT INTO es_streams (stream_id, stream_type, version) VALUES (p_stream_id, p_stream_type, n)
      ON CONFLICT (stream_id) DO UPDATE SET version = es_streams.version + n, updated_at = now()
      RETURNING es_streams.version INTO v_new;
  END IF;

  IF v_new IS NULL THEN
    -- A retry of an append that committed (or an identical retry that raced it and waited on the
    -- stream row) lost the version check; this statement's fresh snapshot sees the stored events.
    RETURN QUERY SELECT * FROM es_append_duplicate(p_stream_id, p_ids);
    IF FOUND THEN RETURN; END IF;
    RETURN QUERY SELECT 'conflict'::text, coalesce((SELECT s.version FROM es_streams s WHERE s.stream_id = p_stream_id), 0),
      NULL::xid8, NULL::bigint, NULL::uuid[];
    RETURN;
  END IF;

  IF n = 1 THEN
    -- The common case, one event: a plain INSERT … VALUES, cheaper than the unnest + aggregate
    -- below (bench/README.md, "Append").
    INSERT INTO es_events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata, recorded_at)
      VALUES (p_stream_id, v_new, p_ids[1], p_types[1], p_schema_versions[1], p_data[1], p_metadata[1], coalesce(p_recorded_at, now()))
      RETURNING global_position INTO v_pos;
    RETURN QUERY SELECT 'ok'::text, v_new, pg_current_xact_id(), v_pos, NULL::uuid[];
    RETURN;
  END IF;

  WITH inserted AS (
    INSERT INTO es_events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata, recorded_at)
    SELECT p_stream_id, v_new - n + u.ord, u.id, u.type, u.sv, u.data, u.meta, coalesce(p_recorded_at, now())
      FROM unnest(p_ids, p_types, p_schema_versions, p_data, p_metadata) WITH ORDINALITY
        AS u(id, type, sv, data, meta, ord)
    RETURNING global_position
  )
  SELECT max(global_position) INTO v_pos FROM inserted;

  RETURN QUERY SELECT 'ok'::text, v_new, pg_current_xact_id(), v_pos, NULL::uuid[];
END
$fn$;
`;

/** Advisory lock (two-key form) every appending transaction holds, shared, until it ends (es_hold_log). */
export const APPEND_LOCK_KEY = [7310, 1] as const;
const APPEND_LOCK_ROWS = `a.locktype = 'advisory' AND a.granted AND a.classid = ${APPEND_LOCK_KEY[0]} AND a.objid = ${APPEND_LOCK_KEY[1]} AND a.objsubid = 2`;

/**
 * The log's horizon: every event row with transaction_id below it is committed (or rolled back)
 * for good. It is the oldest transaction id among this database's transactions holding the append
 * lock, or, with none, the next transaction id to be assigned (the snapshot's xmax).
 *
 * Why it is gap-free: run this statement first and read rows with a LATER statement (a later
 * snapshot). An appender holding the lock now has horizon <= its xid. One that takes the lock
 * after this statement gets its xid after that too (es_hold_log refuses an older one), so its xid
 * is >= the xmax computed here. Any transaction below the horizon that is still running when the
 * rows are read is therefore not an appender and wrote no event rows.
 *
 * pg_locks shows 32-bit xids: each is widened to xid8 around the snapshot's xmax (a running
 * transaction is always within 2^31 of it, below or, since xmax is only the latest completed xid
 * + 1, a little above). The lock's own rows only count in this
 * database (pg_locks.database): another database on the same server never holds this log back.
 */
export const LOG_HORIZON_SQL = `
WITH cur AS (SELECT pg_snapshot_xmax(pg_current_snapshot())::text::numeric AS xmax),
appenders AS (
  -- One pass over pg_locks: per transaction (virtualtransaction), its own xid locks and whether it holds the append lock.
  SELECT min(l.transactionid::text::numeric) FILTER (WHERE l.locktype = 'transactionid') AS xid32
    FROM pg_locks l
   WHERE (${APPEND_LOCK_ROWS.replace(/\ba\./g, 'l.')} AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))
      OR (l.locktype = 'transactionid' AND l.mode = 'ExclusiveLock')
   GROUP BY l.virtualtransaction
  HAVING bool_or(l.locktype = 'advisory')
)
-- xid8 = xmax - d, d the signed 32-bit distance from the xid to xmax's low 32 bits (a running xid
-- may lie a little above xmax, which is only latestCompletedXid + 1).
SELECT least(cur.xmax, min(cur.xmax - ((((cur.xmax % 4294967296) - ap.xid32) % 4294967296 + 4294967296 + 2147483648) % 4294967296 - 2147483648)))::text AS horizon
  FROM cur LEFT JOIN appenders ap ON ap.xid32 IS NOT NULL
 GROUP BY cur.xmax`;

/**
 * Appending transactions of this database that are still open, oldest first, with their age: a
 * healthy append lasts milliseconds, so an old one holds every projection back (an application
 * that appended inside a transaction it never ended). For /health.
 */
export const OPEN_APPENDS_SQL = `
SELECT a.pid, extract(epoch FROM (now() - s.xact_start))::float8 AS age_seconds, s.state, s.application_name
  FROM pg_locks a
  JOIN pg_stat_activity s ON s.pid = a.pid
 WHERE ${APPEND_LOCK_ROWS}
   AND a.database = (SELECT oid FROM pg_database WHERE datname = current_database())
 ORDER BY s.xact_start
 LIMIT 5`;
