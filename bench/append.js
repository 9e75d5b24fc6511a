'use strict';
/**
 * Benchmark 1 – Append: events/s and p50/p99 latency of single-event appends with an expected
 * version at 1, 8 and 32 concurrent writers, for Lemon Ledger's PostgresEventStore against
 * (a) a raw INSERT of the same row into a plain table and (b) emmett-postgresql, on the same
 * server, in the same run, in rotating order. Goal: >= 0.8x raw, >= 1.0x emmett.
 *
 *   node bench/append.js [--full] [--runs=N] [--duration=s] [--writers=1,8,32] [--experiments]
 *
 * --experiments (on by default; --experiments=0 to skip) adds two scratch copies of the store,
 * each in its own database: "lemon-no-notify" (es_append without `PERFORM pg_notify(...)`) and
 * "lemon-lean" (no NOTIFY, no up-front duplicate lookup for exact expected versions, position
 * from INSERT ... RETURNING). Product code is not changed.
 */
const c = require('./lib/common');
const { createTargets, measure } = require('./lib/append-workload');

const RUNS = c.option('runs', { quick: 3, full: 3 });
const DURATION = c.option('duration', { quick: 2, full: 4 }) * 1000; // seconds on the command line
const WRITERS = String(c.option('writers', '1,8,32')).split(',').map(Number);
const EXPERIMENTS = String(c.option('experiments', '1')) !== '0';

const NOTIFY_LINE = "PERFORM pg_notify('es_appended', '');";
const DUPLICATE_FIRST = `  RETURN QUERY SELECT * FROM es_append_duplicate(p_stream_id, p_ids);
  IF FOUND THEN RETURN; END IF;

  IF p_mode = 'exact' AND p_expected = 0 THEN`;
const INSERT_AND_RESULT =
  /  INSERT INTO es_events \(stream_id[\s\S]*?AS u\(id, type, sv, data, meta, ord\);\n\n  PERFORM pg_notify\('es_appended', ''\);\n  RETURN QUERY SELECT 'ok'::text, v_new, pg_current_xact_id\(\),\n    \(SELECT max\(e.global_position\) FROM es_events e WHERE e.stream_id = p_stream_id AND e.stream_version = v_new\), NULL::uuid\[\];/;

/**
 * Scratch copies of the product's DDL, created in their own databases only (product code untouched):
 *  - no-notify: es_append without `PERFORM pg_notify(...)`;
 *  - lean: no NOTIFY, the up-front duplicate-id lookup skipped for exact expected versions (a
 *    retried append then always fails the version check and takes the existing duplicate path),
 *    and the new position taken from INSERT ... RETURNING instead of a second lookup.
 */
function scratchDdl(variant) {
  const { EVENT_STORE_DDL } = c.product('libs/event-store/src/postgres/postgres-event-store.schema');
  if (!EVENT_STORE_DDL.includes(NOTIFY_LINE)) throw new Error('es_append no longer contains the NOTIFY line; update the experiment');
  if (variant === 'no-notify') return EVENT_STORE_DDL.replace(NOTIFY_LINE, '');
  if (!EVENT_STORE_DDL.includes(DUPLICATE_FIRST) || !INSERT_AND_RESULT.test(EVENT_STORE_DDL))
    throw new Error('es_append changed; update the lean experiment');
  return EVENT_STORE_DDL.replace(
    DUPLICATE_FIRST,
    `  IF p_mode <> 'exact' THEN
    RETURN QUERY SELECT * FROM es_append_duplicate(p_stream_id, p_ids);
    IF FOUND THEN RETURN; END IF;
  END IF;

  IF p_mode = 'exact' AND p_expected = 0 THEN`,
  ).replace(
    INSERT_AND_RESULT,
    `  RETURN QUERY WITH ins AS (
    INSERT INTO es_events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata, recorded_at)
    SELECT p_stream_id, v_new - n + u.ord, u.id, u.type, u.sv, u.data, u.meta, coalesce(p_recorded_at, now())
      FROM unnest(p_ids, p_types, p_schema_versions, p_data, p_metadata) WITH ORDINALITY AS u(id, type, sv, data, meta, ord)
    RETURNING global_position)
  SELECT 'ok'::text, v_new, pg_current_xact_id(), max(ins.global_position), NULL::uuid[] FROM ins;`,
  );
}

async function withScratchDdl(url, variant) {
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: url, max: 1 });
  await pool.query(scratchDdl(variant));
  const { rows } = await pool.query(`SELECT prosrc LIKE '%pg_notify%' AS notifies FROM pg_proc WHERE proname = 'es_append'`);
  await pool.end();
  if (rows[0].notifies) throw new Error(`scratch es_append (${variant}) still notifies`);
}

async function run() {
  const server = await c.postgresServer();
  const pg = await c.serverFacts(server.url);
  const machine = c.machine(pg);
  const db = await c.createBenchDatabase(server.url, 'append');
  const maxWriters = Math.max(...WRITERS);
  const targets = await createTargets(db.url, maxWriters);
  if (EXPERIMENTS) {
    for (const variant of ['no-notify', 'lean']) {
      const scratch = await c.createBenchDatabase(server.url, `append_${variant.replace('-', '')}`);
      // createTargets runs the product's migration (es_append as shipped): replace it afterwards.
      targets[`lemon-${variant}`] = (await createTargets(scratch.url, maxWriters, ['lemon'])).lemon;
      await withScratchDdl(scratch.url, variant);
    }
  }
  const names = Object.keys(targets);
  c.log(`append: ${RUNS} runs x ${DURATION} ms per (target, writers), targets ${names.join(', ')}, writers ${WRITERS.join('/')}`);

  // results[name][writers] = [{eventsPerSecond, p50, p99}, ...] one per run
  const results = Object.fromEntries(names.map((n) => [n, Object.fromEntries(WRITERS.map((w) => [w, []]))]));
  for (let r = 0; r < RUNS; r++) {
    for (const writers of WRITERS) {
      const order = names.map((_, i) => names[(i + r) % names.length]); // rotate: no target always goes first
      for (const name of order) {
        const m = await measure(targets[name], { writers, durationMs: DURATION, streamPrefix: `bench${r}` });
        results[name][writers].push(m);
        c.log(
          `run ${r + 1}/${RUNS} ${name.padEnd(15)} ${String(writers).padStart(2)} writers: ${c.fmt(m.eventsPerSecond)} ev/s p50 ${c.fmt(m.p50, 2)} ms p99 ${c.fmt(m.p99, 2)} ms${m.errors ? ` errors ${m.errors}` : ''}`,
        );
      }
    }
  }
  for (const t of Object.values(targets)) await t.close();

  const summary = {};
  const rows = [];
  for (const writers of WRITERS) {
    const rate = (name) => results[name][writers].map((m) => m.eventsPerSecond);
    const ratioTo = (ref) => results.lemon[writers].map((m, i) => m.eventsPerSecond / results[ref][writers][i].eventsPerSecond);
    summary[writers] = {};
    for (const name of names) {
      const runs = results[name][writers];
      const s = {
        eventsPerSecond: c.spread(rate(name)),
        p50: c.spread(runs.map((m) => m.p50)),
        p99: c.spread(runs.map((m) => m.p99)),
        errors: runs.reduce((a, m) => a + m.errors, 0),
      };
      summary[writers][name] = s;
      rows.push([
        writers,
        name,
        c.fmtSpread(s.eventsPerSecond),
        c.fmtSpread(s.p50, 2),
        c.fmtSpread(s.p99, 2),
        name === 'lemon' ? c.fmtRatio(c.spread(ratioTo('raw'))) : '',
        name === 'lemon' ? c.fmtRatio(c.spread(ratioTo('emmett'))) : '',
      ]);
    }
    summary[writers].lemonVsRaw = c.spread(ratioTo('raw'));
    summary[writers].lemonVsEmmett = c.spread(ratioTo('emmett'));
    for (const variant of ['no-notify', 'lean']) {
      const runs = results[`lemon-${variant}`]?.[writers];
      if (runs)
        summary[writers][`${variant}VsRaw`] = c.spread(runs.map((m, i) => m.eventsPerSecond / results.raw[writers][i].eventsPerSecond));
      if (runs)
        summary[writers][`${variant}VsEmmett`] = c.spread(
          runs.map((m, i) => m.eventsPerSecond / results.emmett[writers][i].eventsPerSecond),
        );
    }
  }
  console.log(`\n## Append (single event, expected version) – median (min–max) over ${RUNS} runs of ${DURATION / 1000} s\n`);
  console.log(c.table(['writers', 'target', 'events/s', 'p50 ms', 'p99 ms', 'lemon/raw', 'lemon/emmett'], rows));
  console.log('\nGoals: lemon >= 0.8x raw INSERT, >= 1.0x emmett-postgresql (per writer count, median of per-run ratios).');
  for (const writers of WRITERS) {
    const s = summary[writers];
    const extra = s['no-notifyVsRaw']
      ? `; scratch copies: without NOTIFY ${c.fmt(s['no-notifyVsRaw'].median, 2)}x raw / ${c.fmt(s['no-notifyVsEmmett'].median, 2)}x emmett, lean ${c.fmt(s.leanVsRaw.median, 2)}x raw / ${c.fmt(s.leanVsEmmett.median, 2)}x emmett`
      : '';
    console.log(
      `  ${String(writers).padStart(2)} writers: ${c.fmt(s.lemonVsRaw.median, 2)}x raw ${s.lemonVsRaw.median >= 0.8 ? 'MET' : 'MISSED'}, ${c.fmt(s.lemonVsEmmett.median, 2)}x emmett ${s.lemonVsEmmett.median >= 1 ? 'MET' : 'MISSED'}${extra}`,
    );
  }
  c.saveResult('append', { machine, runs: RUNS, durationMs: DURATION, writers: WRITERS, summary, results });
}

if (require.main === module) c.main(run);
module.exports = { run, scratchDdl };
