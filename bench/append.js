'use strict';
/**
 * Benchmark 1 – Append: events/s and p50/p99 latency of single-event appends with an expected
 * version at 1, 8 and 32 concurrent writers, for Lemon Ledger's PostgresEventStore against
 * (a) a raw INSERT of the same row into a plain table and (b) emmett-postgresql, on the same
 * server, in the same run, in rotating order. Goal: >= 0.8x raw, >= 1.0x emmett.
 *
 *   node bench/append.js [--full] [--runs=N] [--duration=s] [--writers=1,8,32]
 *
 * (The former "lemon-no-notify" and "lemon-lean" scratch copies of es_append are what ships since
 * issue 14/10: es_append has no NOTIFY, no up-front duplicate lookup for exact versions, and takes
 * the position from INSERT ... RETURNING.)
 */
const c = require('./lib/common');
const { createTargets, measure } = require('./lib/append-workload');

const RUNS = c.option('runs', { quick: 3, full: 3 });
const DURATION = c.option('duration', { quick: 2, full: 4 }) * 1000; // seconds on the command line
const WRITERS = String(c.option('writers', '1,8,32')).split(',').map(Number);
/** The experiments' scratch copies are the shipped DDL now (kept for bench/experiments/*). */
function scratchDdl() {
  return c.product('libs/event-store/src/postgres/postgres-event-store.schema').EVENT_STORE_DDL;
}

async function run() {
  const server = await c.postgresServer();
  const pg = await c.serverFacts(server.url);
  const machine = c.machine(pg);
  const db = await c.createBenchDatabase(server.url, 'append');
  const maxWriters = Math.max(...WRITERS);
  const targets = await createTargets(db.url, maxWriters);
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
  }
  console.log(`\n## Append (single event, expected version) – median (min–max) over ${RUNS} runs of ${DURATION / 1000} s\n`);
  console.log(c.table(['writers', 'target', 'events/s', 'p50 ms', 'p99 ms', 'lemon/raw', 'lemon/emmett'], rows));
  console.log('\nGoals: lemon >= 0.8x raw INSERT, >= 1.0x emmett-postgresql (per writer count, median of per-run ratios).');
  for (const writers of WRITERS) {
    const s = summary[writers];
    console.log(
      `  ${String(writers).padStart(2)} writers: ${c.fmt(s.lemonVsRaw.median, 2)}x raw ${s.lemonVsRaw.median >= 0.8 ? 'MET' : 'MISSED'}, ${c.fmt(s.lemonVsEmmett.median, 2)}x emmett ${s.lemonVsEmmett.median >= 1 ? 'MET' : 'MISSED'}`,
    );
  }
  c.saveResult('append', { machine, runs: RUNS, durationMs: DURATION, writers: WRITERS, summary, results });
}

if (require.main === module) c.main(run);
module.exports = { run, scratchDdl };
