/**
 * DDL for the PostgreSQL event store (prefix es_). Applied at start-up under an advisory lock;
 * every statement is idempotent so concurrent starts and restarts are safe.
 *
 * Global order: each event row carries its writing transaction's xid8. Readers only read rows
 * whose transaction is older than every still-running one (pg_snapshot_xmin), ordered by
 * (transaction_id, global_position): a later commit can then never slip in before a position a
 * reader has passed. The checkpoint is exactly that ordering key.
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

CREATE TABLE IF NOT EXISTS es_events (
  stream_id       text        NOT NULL REFERENCES es_streams (stream_id),
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

-- One round trip per append. p_mode: 'exact' (p_expected = version, 0 = no stream), 'any',
-- 'stream_exists'. Returns outcome 'ok' | 'duplicate' | 'conflict' | 'id_conflict'.
-- Kept lean for group commit (bench/README.md, "Append"): no NOTIFY here (the appender signals
-- after commit), no up-front duplicate lookup when the version is exact (a retry of a committed
-- append finds the version moved and is recognised below; ids reused elsewhere hit the unique
-- index, which the caller turns into id_conflict), and the position comes from INSERT RETURNING.
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
