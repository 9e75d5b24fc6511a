'use strict';
/**
 * What one append costs PostgreSQL itself, without the client, the network or the WAL flush:
 * a procedure calls the statement N times, COMMIT after each (synchronous_commit off, so no
 * fsync wait), and the backend's CPU time (/proc, user + system) is divided by N. The same for
 * the raw INSERT of benchmark 1 and for scratch variants of es_append, each in its own database.
 * CPU time, not wall time: usable on a loaded machine. Also WAL records and bytes per append
 * (pg_walinspect) and what the records are.
 *
 *   node bench/experiments/append-server-cost.js [--appends=3000] [--repeats=3] [--only=a,b]
 */
const { readFileSync } = require('node:fs');
const { Pool } = require('pg');
const c = require('../lib/common');
const { payload } = require('../lib/append-workload');

const N = c.option('appends', 5000);
const REPEATS = c.option('repeats', 3);
const ONLY = c.option('only', '');

const RAW_DDL = `CREATE TABLE bench_raw_events (
  id bigserial PRIMARY KEY, stream_id text NOT NULL, stream_version bigint NOT NULL, event_id uuid NOT NULL,
  event_type text NOT NULL, schema_version int NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now())`;

/** The loop: 10 events per stream, the first creates it (expected version 0), as in benchmark 1. */
const loop = (call) => `CREATE OR REPLACE PROCEDURE bench_loop(n int, prefix text, d jsonb, m jsonb) LANGUAGE plpgsql AS $p$
DECLARE s text; v int;
BEGIN
  FOR i IN 0 .. n - 1 LOOP
    s := prefix || '-' || (i / 10);
    v := i % 10;
    ${call};
    COMMIT;
  END LOOP;
END $p$`;

const APPEND = `PERFORM es_append(s, 'case', 'exact', v, ARRAY[gen_random_uuid()], ARRAY['RepairAttemptRecorded'], ARRAY[1], ARRAY[d], ARRAY[m], NULL)`;

/** Before session 4: the event inserted through unnest WITH ORDINALITY + max() also for one event. */
const unnestInsert = (def) => def.replace(/  IF n = 1 THEN\n[\s\S]*?    RETURN;\n  END IF;\n/, '');
const ADD_FK = 'ALTER TABLE es_events ADD CONSTRAINT es_events_stream_id_fkey FOREIGN KEY (stream_id) REFERENCES es_streams (stream_id)';

/** es_hold_log() as before session 4, called (and its GUC set) on every append. */
const HOLD_LOG_GUC = [
  `CREATE OR REPLACE FUNCTION es_hold_log() RETURNS void LANGUAGE plpgsql AS $fn$
   BEGIN
     IF current_setting('es.holding_log', true) = 'on' THEN RETURN; END IF;
     IF pg_current_xact_id_if_assigned() IS NOT NULL THEN RAISE EXCEPTION 'late' USING ERRCODE = '55000'; END IF;
     PERFORM pg_advisory_xact_lock_shared(7310, 1);
     PERFORM set_config('es.holding_log', 'on', true);
   END $fn$`,
  (def) =>
    def.replace(
      /IF pg_current_xact_id_if_assigned\(\) IS NULL THEN\s+PERFORM pg_advisory_xact_lock_shared\(7310, 1\);\s+ELSE\s+PERFORM es_hold_log\(\);\s+END IF;/,
      'PERFORM es_hold_log();',
    ),
];

const variants = {
  raw: {
    ddl: [RAW_DDL],
    call: `INSERT INTO bench_raw_events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata)
             VALUES (s, v + 1, gen_random_uuid(), 'RepairAttemptRecorded', 1, d, m)`,
    product: false,
  },
  product: { ddl: [], call: APPEND },
  'hold-log-guc': { ddl: HOLD_LOG_GUC, call: APPEND },
  'unnest-insert': { ddl: [unnestInsert], call: APPEND },
  'with-fk': { ddl: [ADD_FK], call: APPEND },
  // es_append as on main before session 4 (all three above)
  'main-sql': { ddl: [...HOLD_LOG_GUC, unnestInsert, ADD_FK], call: APPEND },
  'no-lock': { ddl: [(def) => def.replace('PERFORM pg_advisory_xact_lock_shared(7310, 1);', 'NULL;')], call: APPEND },
  'no-updated-at': { ddl: [(def) => def.replaceAll(', updated_at = now()', '')], call: APPEND },
  'streams-fillfactor-70': { ddl: ['ALTER TABLE es_streams SET (fillfactor = 70)'], call: APPEND },
  'no-event-id-index': { ddl: ['ALTER TABLE es_events DROP CONSTRAINT es_events_event_id_key'], call: APPEND },
  'no-log-index': { ddl: ['DROP INDEX es_events_log'], call: APPEND },
  'stream-update-only': {
    // the stream row's version check and update alone, no event row
    ddl: [],
    call: `IF v = 0 THEN INSERT INTO es_streams (stream_id, stream_type, version) VALUES (s, 'case', 1);
           ELSE UPDATE es_streams SET version = version + 1, updated_at = now() WHERE stream_id = s AND version = v; END IF`,
  },
};

const backendCpuMicros = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * (1e6 / 100);
};

c.main(async () => {
  const server = await c.postgresServer();
  const names = ONLY ? String(ONLY).split(',') : Object.keys(variants);
  const p = payload(1);
  const results = Object.fromEntries(names.map((n) => [n, []]));
  const pools = {};
  for (const name of names) {
    const db = await c.createBenchDatabase(server.url, `cost_${name.replace(/-/g, '_')}`);
    const pool = new Pool({ connectionString: db.url, max: 1 });
    pool.on('error', () => undefined); // the embedded server stops at cleanup
    pools[name] = pool;
    const v = variants[name];
    if (v.product !== false) {
      const { PostgresEventStore } = c.product('libs/event-store/src');
      await PostgresEventStore.migrate(pool);
    }
    for (const step of v.ddl) {
      if (typeof step === 'string') await pool.query(step);
      else {
        const def = (await pool.query(`SELECT pg_get_functiondef('es_append'::regproc) AS def`)).rows[0].def;
        const changed = step(def);
        if (changed === def) throw new Error(`${name}: es_append unchanged`);
        await pool.query(changed);
      }
    }
    await pool.query(loop(v.call));
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_walinspect');
    await pool.query('SET synchronous_commit = off');
  }
  c.log(
    `server cost: ${N} appends x ${REPEATS} repeats: ${names.join(', ')}; load ${require('node:os')
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const walKinds = {};
  for (let r = 0; r < REPEATS; r++) {
    for (const name of names.map((_, i) => names[(i + r) % names.length])) {
      const pool = pools[name];
      await pool.query('CHECKPOINT'); // every measurement starts from the same WAL state (full-page images)
      const { pid, lsn } = (await pool.query('SELECT pg_backend_pid() AS pid, pg_current_wal_insert_lsn()::text AS lsn')).rows[0];
      const cpu0 = backendCpuMicros(pid);
      const t0 = performance.now();
      await pool.query('CALL bench_loop($1, $2, $3, $4)', [N, `case${r}`, JSON.stringify(p.data), JSON.stringify(p.metadata)]);
      const wallUs = ((performance.now() - t0) * 1000) / N;
      const cpuUs = (backendCpuMicros(pid) - cpu0) / N;
      const end = (await pool.query('SELECT pg_current_wal_insert_lsn()::text AS lsn')).rows[0].lsn;
      // pg_walinspect reads flushed WAL only: one synchronous commit flushes everything before it.
      await pool.query('BEGIN; SET LOCAL synchronous_commit = on; SELECT pg_current_xact_id(); COMMIT');
      const wal = (
        await pool.query(
          `SELECT "resource_manager/record_type" AS kind, count::bigint, (record_size + fpi_size)::bigint AS bytes
             FROM pg_get_wal_stats($1::pg_lsn, $2::pg_lsn, true) WHERE count > 0`,
          [lsn, end],
        )
      ).rows;
      if (r === REPEATS - 1) walKinds[name] = wal.map((w) => `${w.kind} ${c.fmt(Number(w.count) / N, 2)}`).join(', ');
      results[name].push({
        cpuUs,
        wallUs,
        walRecords: wal.reduce((a, w) => a + Number(w.count), 0) / N,
        walBytes: wal.reduce((a, w) => a + Number(w.bytes), 0) / N,
      });
      c.log(`${name.padEnd(22)} cpu ${c.fmt(cpuUs, 1)} µs/append, wall ${c.fmt(wallUs, 1)} µs`);
    }
  }
  for (const pool of Object.values(pools)) await pool.end();
  const med = (name, k) => c.median(results[name].map((m) => m[k]));
  const rows = names.map((n) => [
    n,
    `${c.fmt(med(n, 'cpuUs'), 1)} (${c.fmt(Math.min(...results[n].map((m) => m.cpuUs)), 1)}–${c.fmt(Math.max(...results[n].map((m) => m.cpuUs)), 1)})`,
    names.includes('raw') ? `${c.fmt(med(n, 'cpuUs') / med('raw', 'cpuUs'), 2)}x` : '',
    c.fmt(med(n, 'wallUs'), 1),
    c.fmt(med(n, 'walRecords'), 2),
    c.fmt(med(n, 'walBytes')),
  ]);
  console.log(`\n## Server cost per append (procedure loop, COMMIT each, synchronous_commit off; ${N} appends x ${REPEATS})\n`);
  console.log(c.table(['variant', 'backend CPU µs/append', 'vs raw', 'wall µs', 'WAL records', 'WAL bytes'], rows));
  console.log('\nWAL records per append (last repeat):');
  for (const [n, kinds] of Object.entries(walKinds)) console.log(`- ${n}: ${kinds}`);
  console.log(
    `\nload average at the end: ${require('node:os')
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
});
