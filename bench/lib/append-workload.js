'use strict';
/**
 * Single-event appends with an expected version, for three targets on the same server:
 *   raw    – one INSERT of the same row into a plain table (bigserial key, no other index): the
 *            physical floor of one durable commit per event;
 *   lemon  – Lemon Ledger's PostgresEventStore.appendToStream (one es_append call);
 *   emmett – the peer @event-driven-io/emmett-postgresql appendToStream(streamName, [event],
 *            { expectedStreamVersion }).
 * Each writer appends to its own stream, `eventsPerStream` events each (a case's history), then
 * opens a new stream: so both stream creation and version-checked updates are measured.
 */
const { randomUUID } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { Pool } = require('pg');
const { product, Samples } = require('./common');

/** A realistic repair-attempt event (~0.5 kB as JSON), as the command handler writes it. */
const payload = (i) => ({
  type: 'RepairAttemptRecorded',
  data: {
    repairAttemptId: randomUUID(),
    repairOrderNumber: `RO-${100000 + i}`,
    dealer: 'Bay Area BMW Service',
    dateIn: '2025-03-04',
    dateOut: '2025-03-09',
    mileageIn: 18250 + i,
    mileageOut: 18262 + i,
    nonconformityIds: ['0f8e7c1a-4f55-4c1e-9a55-2f0c3b7d9e11'],
    outcome: 'not_fixed',
  },
  metadata: {
    correlationId: randomUUID(),
    causationId: randomUUID(),
    actor: { userId: 'u-7f3c', organisationId: 'org-bench', role: 'attorney' },
    occurredOn: '2025-03-04',
    commandType: 'RecordRepairAttempt',
  },
});

const RAW_DDL = `CREATE TABLE IF NOT EXISTS bench_raw_events (
  id bigserial PRIMARY KEY, stream_id text NOT NULL, stream_version bigint NOT NULL, event_id uuid NOT NULL,
  event_type text NOT NULL, schema_version int NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now())`;

/**
 * A pool whose idle clients' errors are dropped: when the embedded server stops at the end of a run,
 * an idle client's 'error' with no listener would crash the script after its figures were printed.
 */
function quietPool(url, max) {
  const pool = new Pool({ connectionString: url, max });
  pool.on('error', () => undefined);
  return pool;
}

/** Creates the three targets on `url`; each gets its own pool of `maxWriters` connections. */
async function createTargets(url, maxWriters, which = ['raw', 'lemon', 'emmett']) {
  const targets = {};
  if (which.includes('raw')) {
    const pool = quietPool(url, maxWriters);
    await pool.query(RAW_DDL);
    targets.raw = {
      pool,
      append: (streamId, version, event) =>
        pool.query(
          'INSERT INTO bench_raw_events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [streamId, version + 1, randomUUID(), event.type, 1, JSON.stringify(event.data), JSON.stringify(event.metadata)],
        ),
      close: () => pool.end(),
    };
  }
  if (which.includes('lemon')) {
    const { PostgresEventStore } = product('libs/event-store/src');
    const pool = quietPool(url, maxWriters);
    await PostgresEventStore.migrate(pool);
    const store = new PostgresEventStore(pool);
    targets.lemon = {
      pool,
      append: (streamId, version, event) =>
        store.appendToStream(
          streamId,
          [{ id: randomUUID(), type: event.type, schemaVersion: 1, data: event.data, metadata: event.metadata }],
          { expected: version === 0 ? 'no_stream' : version },
        ),
      close: () => pool.end(),
    };
  }
  if (which.includes('emmett')) {
    const { getPostgreSQLEventStore } = require('@event-driven-io/emmett-postgresql');
    const pool = quietPool(url, maxWriters);
    const store = getPostgreSQLEventStore(url, { connectionOptions: { pool } });
    await store.schema.migrate();
    targets.emmett = {
      pool,
      append: (streamId, version, event) =>
        store.appendToStream(streamId, [{ type: event.type, data: event.data, metadata: event.metadata }], {
          expectedStreamVersion: BigInt(version),
        }),
      close: async () => {
        await store.close().catch(() => undefined);
        await pool.end().catch(() => undefined);
      },
    };
  }
  return targets;
}

/**
 * Runs `writers` concurrent append loops for warmupMs + durationMs; counts and times the appends
 * that start inside the measured window. Returns events/s and latency percentiles (ms).
 */
async function measure(target, { writers, durationMs, warmupMs = 500, eventsPerStream = 10, streamPrefix }) {
  const latencies = new Samples();
  let errors = 0;
  let counted = 0;
  const start = performance.now();
  const windowStart = start + warmupMs;
  const windowEnd = windowStart + durationMs;
  let lastEnd = windowEnd;
  const loop = async (w) => {
    let streamId = `${streamPrefix}-${w}-${randomUUID()}`;
    let version = 0;
    let i = 0;
    for (;;) {
      const t0 = performance.now();
      if (t0 >= windowEnd) return;
      try {
        await target.append(streamId, version, payload(i++));
        version++;
      } catch (error) {
        errors++;
        if (errors < 3) process.stderr.write(`append error: ${error.message}\n`);
        version = 0;
      }
      const t1 = performance.now();
      if (t0 >= windowStart) {
        latencies.push(t1 - t0);
        counted++;
        if (t1 > lastEnd) lastEnd = t1;
      }
      if (version >= eventsPerStream) {
        streamId = `${streamPrefix}-${w}-${randomUUID()}`;
        version = 0;
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, w) => loop(w)));
  const seconds = (lastEnd - windowStart) / 1000;
  return {
    eventsPerSecond: counted / seconds,
    p50: latencies.percentile(50),
    p99: latencies.percentile(99),
    appends: counted,
    errors,
  };
}

module.exports = { createTargets, measure, payload };
