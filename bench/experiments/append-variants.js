'use strict';
/**
 * Issue 10, append goal: single-event appends of the product's store against variants of its
 * append path and the raw INSERT, on one server, in short interleaved bursts (rotating order,
 * every round has its own raw reference), so a shared, noisy machine still gives usable ratios.
 * Besides events/s it reports what does not depend on the machine's load: PostgreSQL CPU per
 * event (utime + stime of every server process, from /proc), this Node process's CPU per event,
 * WAL records / bytes per event (pg_stat_wal) and HOT updates of es_streams.
 *
 *   node bench/experiments/append-variants.js [--rounds=8] [--duration=1.5] [--writers=1] [--only=a,b]
 *
 * Variants are scratch copies of the append path (each in its own database, the product's
 * schema migrated first, then changed); `product` is the shipped PostgresEventStore from dist/.
 */
const { readFileSync, readdirSync } = require('node:fs');
const { randomUUID } = require('node:crypto');
const { Pool } = require('pg');
const c = require('../lib/common');
const { createTargets, measure } = require('../lib/append-workload');

const ROUNDS = c.option('rounds', 8);
const DURATION = c.option('duration', 1.5) * 1000;
const WRITERS = c.option('writers', 1);
const ONLY = c.option('only', '');

const APPEND_SQL = `SELECT outcome, stream_version, tx::text, pos, conflicting
  FROM es_append($1, $2, $3, $4, $5::uuid[], $6::text[], $7::int[], $8::jsonb[], $9::jsonb[], $10::timestamptz)`;

const paramsOf = (streamId, version, event) => [
  streamId,
  streamId.split('-', 1)[0],
  'exact',
  version,
  [randomUUID()],
  [event.type],
  [1],
  [JSON.stringify(event.data)],
  [JSON.stringify(event.metadata)],
  null,
];

/** es_append as before 2026-11-28 session 4: es_hold_log() called (and its GUC set) on every append. */
const RESTORE_HOLD = (source) =>
  source.replace(
    /IF pg_current_xact_id_if_assigned\(\) IS NULL THEN\s+PERFORM pg_advisory_xact_lock_shared\(7310, 1\);\s+ELSE\s+PERFORM es_hold_log\(\);\s+END IF;/,
    'PERFORM es_hold_log();',
  );
const OLD_HOLD_LOG = `CREATE OR REPLACE FUNCTION es_hold_log() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('es.holding_log', true) = 'on' THEN RETURN; END IF;
  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION 'es_append after another write in the same transaction' USING ERRCODE = '55000';
  END IF;
  PERFORM pg_advisory_xact_lock_shared(7310, 1);
  PERFORM set_config('es.holding_log', 'on', true);
END
$fn$`;

const MAIN_DIST = process.env.BENCH_BASELINE_DIST; // e.g. bench/.scratch/dist-main: main's build, for "main"
const prepared = (pool, p) => pool.query({ name: 'es_append', text: APPEND_SQL, values: p });

/**
 * Variant = a store (`store`: options for the product's PostgresEventStore from dist/, or
 * `dist`: another build of it), or scratch SQL (`send`, after the product's migration and `ddl`).
 */
const variants = {
  main: { dist: MAIN_DIST },
  'notify-each': { store: { notifyIntervalMs: 0 } },
  product: { store: {} },
  'notify-20ms': { store: { notifyIntervalMs: 20 } },
  'no-notify': { send: prepared },
  'old-sql': { ddl: 'restore-hold', send: prepared },
  unprepared: { send: (pool, p) => pool.query(APPEND_SQL, p) },
  'no-updated-at': { ddl: 'no-updated-at', send: prepared },
  fillfactor: { ddl: 'fillfactor', send: prepared },
  'with-fk': { ddl: 'with-fk', send: prepared },
  // not a candidate (idempotency needs it): what the unique event-id index costs
  'no-event-id-index': { ddl: 'no-event-id-index', send: prepared },
};
const DEFAULT_VARIANTS = ['main', 'notify-each', 'product', 'notify-20ms', 'no-notify', 'with-fk'];

async function applyDdl(pool, kinds) {
  const { rows } = await pool.query(`SELECT pg_get_functiondef('es_append'::regproc) AS def`);
  let def = rows[0].def;
  for (const kind of kinds) {
    if (kind === 'restore-hold') {
      def = RESTORE_HOLD(def);
      await pool.query(OLD_HOLD_LOG);
    }
    if (kind === 'no-updated-at') def = def.replaceAll(', updated_at = now()', '');
    if (kind === 'fillfactor') await pool.query('ALTER TABLE es_streams SET (fillfactor = 70)');
    if (kind === 'with-fk') {
      // the foreign key es_events had until 2026-11-28 (session 4)
      await pool.query(
        'ALTER TABLE es_events ADD CONSTRAINT es_events_stream_id_fkey FOREIGN KEY (stream_id) REFERENCES es_streams (stream_id)',
      );
    }
    if (kind === 'no-event-id-index') await pool.query('ALTER TABLE es_events DROP CONSTRAINT es_events_event_id_key');
  }
  await pool.query(def);
  const after = (await pool.query(`SELECT pg_get_functiondef('es_append'::regproc) AS def`)).rows[0].def;
  if (kinds.includes('restore-hold') && after.includes('pg_advisory_xact_lock_shared')) throw new Error('restore-hold not applied');
}

/**
 * CPU time (µs, user + system) of the whole PostgreSQL server: the postmaster, its live children
 * (backends, walwriter, autovacuum, …) and, through the postmaster's cutime/cstime, the children
 * that exited meanwhile.
 */
let postmasterPid;
async function serverCpuMicros(monitor) {
  const stat = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  if (!postmasterPid) {
    const { rows } = await monitor.query('SELECT pg_backend_pid() AS pid');
    postmasterPid = Number(stat(rows[0].pid)[1]);
  }
  const tick = 1e6 / 100; // CLK_TCK 100 on Linux
  const own = stat(postmasterPid);
  let total = (Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14])) * tick;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === postmasterPid) continue;
    try {
      const f = stat(entry);
      if (Number(f[1]) === postmasterPid) total += (Number(f[11]) + Number(f[12])) * tick;
    } catch {
      // exited meanwhile: counted in the postmaster's cutime from now on
    }
  }
  return total;
}

const walNow = async (monitor) => (await monitor.query('SELECT pg_current_wal_insert_lsn()::text AS lsn')).rows[0].lsn;
/** WAL written between two positions, exactly (pg_walinspect): records and bytes. */
const walBetween = async (monitor, from, to) =>
  (
    await monitor.query(
      'SELECT coalesce(sum(count), 0)::bigint AS records, coalesce(sum(record_size + fpi_size), 0)::bigint AS bytes FROM pg_get_wal_stats($1::pg_lsn, $2::pg_lsn)',
      [from, to],
    )
  ).rows[0];

c.main(async () => {
  const server = await c.postgresServer();
  const pg = await c.serverFacts(server.url);
  const base = await c.createBenchDatabase(server.url, 'variants');
  const targets = await createTargets(base.url, Math.max(WRITERS, 2), ['raw']);
  const dbOf = { raw: base.url };
  const chosen = ONLY ? String(ONLY).split(',') : DEFAULT_VARIANTS;
  for (const name of chosen) {
    const v = variants[name];
    if (!v) throw new Error(`no variant ${name}: ${Object.keys(variants).join(', ')}`);
    if (v.dist === undefined && name === 'main') continue;
    const db = await c.createBenchDatabase(server.url, `v_${name.replace(/-/g, '_')}`);
    dbOf[name] = db.url;
    const pool = new Pool({ connectionString: db.url, max: Math.max(WRITERS, 2) });
    pool.on('error', () => undefined); // the embedded server stops at cleanup
    const { PostgresEventStore } = v.dist
      ? require(require('node:path').resolve(v.dist, 'libs/event-store/src'))
      : c.product('libs/event-store/src');
    await PostgresEventStore.migrate(pool);
    if (v.send) {
      if (v.ddl) await applyDdl(pool, v.ddl.split(','));
      targets[name] = { pool, append: (s, ver, e) => v.send(pool, paramsOf(s, ver, e)), close: () => pool.end() };
    } else {
      const store = new PostgresEventStore(pool, v.store);
      targets[name] = {
        pool,
        append: (s, ver, e) =>
          store.appendToStream(s, [{ id: randomUUID(), type: e.type, schemaVersion: 1, data: e.data, metadata: e.metadata }], {
            expected: ver === 0 ? 'no_stream' : ver,
          }),
        close: async () => (await store.close(), await pool.end()),
      };
    }
  }
  const names = Object.keys(targets);
  const monitor = new Pool({ connectionString: base.url, max: 1 });
  await monitor.query('CREATE EXTENSION IF NOT EXISTS pg_walinspect');
  c.log(
    `variants: ${ROUNDS} rounds x ${DURATION} ms, ${WRITERS} writer(s): ${names.join(', ')}; load ${require('node:os')
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const per = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const name of order) {
      const cpu0 = await serverCpuMicros(monitor);
      const wal0 = await walNow(monitor);
      const node0 = process.cpuUsage();
      const m = await measure(targets[name], { writers: WRITERS, durationMs: DURATION, warmupMs: 200, streamPrefix: `case${r}` });
      const node1 = process.cpuUsage(node0);
      const cpu1 = await serverCpuMicros(monitor);
      const wal = await walBetween(monitor, wal0, await walNow(monitor));
      // The measured window excludes the warm-up; the CPU/WAL deltas include it: divide by all appends made.
      const all = m.appends * ((DURATION + 200) / DURATION);
      per[name].push({
        eps: m.eventsPerSecond,
        p50: m.p50,
        serverUs: (cpu1 - cpu0) / all,
        nodeUs: (node1.user + node1.system) / all,
        walRecords: Number(wal.records) / all,
        walBytes: Number(wal.bytes) / all,
      });
    }
    c.log(`round ${r + 1}: ${names.map((n) => `${n} ${c.fmt(per[n][r].eps)} (${c.fmt(per[n][r].eps / per.raw[r].eps, 2)}x)`).join(', ')}`);
  }
  const hot = {};
  for (const name of names.filter((n) => n !== 'raw')) {
    const p = new Pool({ connectionString: dbOf[name], max: 1 });
    const { rows } = await p.query(`SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'es_streams'`);
    hot[name] = rows[0] ? `${rows[0].n_tup_hot_upd}/${rows[0].n_tup_upd}` : '–';
    await p.end();
  }
  await monitor.end();
  for (const t of Object.values(targets)) await t.close();

  const rows = names.map((n) => {
    const runs = per[n];
    const ratio = c.spread(runs.map((m, i) => m.eps / per.raw[i].eps));
    const med = (k) => c.median(runs.map((m) => m[k]));
    return [
      n,
      c.fmtSpread(c.spread(runs.map((m) => m.eps))),
      n === 'raw' ? '1.00x' : c.fmtRatio(ratio),
      c.fmt(med('p50'), 2),
      c.fmt(med('serverUs')),
      c.fmt(med('nodeUs')),
      c.fmt(med('walRecords'), 1),
      c.fmt(med('walBytes')),
      hot[n] ?? '',
    ];
  });
  console.log(`\n## Append variants, ${WRITERS} writer(s), ${ROUNDS} rounds of ${DURATION / 1000} s (PostgreSQL ${pg.server_version})\n`);
  console.log(
    c.table(
      [
        'variant',
        'events/s',
        'vs raw (same round)',
        'p50 ms',
        'server CPU µs/event',
        'node CPU µs/event',
        'WAL records/event',
        'WAL bytes/event',
        'es_streams HOT/updates',
      ],
      rows,
    ),
  );
  console.log(
    `\nload average at the end: ${require('node:os')
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
});
