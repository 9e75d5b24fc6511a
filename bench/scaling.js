'use strict';
/**
 * Benchmark 5 – Scaling: does the cost per event stay flat as the log grows?
 * One database grows through the sizes (full: 10^4, 10^5, 10^6 events; quick: 2*10^3, 10^4,
 * 5*10^4), ten events per case, the same generated log as the rebuild benchmark. At each size:
 *  - append: single-event appends with expected version by 8 writers into the store holding that
 *    many events (runs x duration), with the raw-INSERT reference on the same server;
 *  - rebuild: ProjectionRunner.rebuild of case-list + deadline-docket over the whole log (runs per size below).
 * Reported: events/s, microseconds per event, and the cost per event relative to the smallest size.
 *
 *   node bench/scaling.js [--full] [--sizes=1e4,1e5,1e6] [--rebuild-runs=3,2,1] [--runs=N] [--duration=s]
 * run() returns the largest database (dropped when the process ends), which run-all passes to docket.
 */
const c = require('./lib/common');
const { loadCases } = require('./lib/dataset');
const { createTargets, measure } = require('./lib/append-workload');
const { prepareLog, measureRebuilds, printRebuild } = require('./rebuild');

const SIZES = String(c.option('sizes', { quick: '2000,10000,50000', full: '10000,100000,1000000' }))
  .split(',')
  .map(Number);
const REBUILD_RUNS = String(c.option('rebuild-runs', { quick: '1,1,1', full: '3,2,1' }))
  .split(',')
  .map(Number);
const RUNS = c.option('runs', { quick: 3, full: 3 });
const DURATION = c.option('duration', { quick: 1.5, full: 3 }) * 1000; // seconds on the command line
const WRITERS = 8;

async function deleteBenchStreams(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`DELETE FROM es_events WHERE stream_id LIKE 'scale-%'`);
  await client.query(`DELETE FROM es_streams WHERE stream_id LIKE 'scale-%'`);
  await client.query('VACUUM ANALYZE es_events');
  await client.query('VACUUM ANALYZE es_streams');
  await client.end();
}

async function run() {
  const server = await c.postgresServer();
  const machine = c.machine(await c.serverFacts(server.url));
  const largest = Math.max(...SIZES);
  const totalCases = largest / 10;
  // Step 1 creates the database and loads the first size; later steps add cases to the same log.
  const log = await prepareLog(server.url, { events: largest, cases: totalCases, toCase: SIZES[0] / 10, label: 'scaling' });
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: log.url, max: 2 });
  const steps = [];
  let loadedCases = SIZES[0] / 10;
  let loadedEvents = log.load.events;
  for (let i = 0; i < SIZES.length; i++) {
    const size = SIZES[i];
    if (i > 0) {
      c.log(`growing the log to ${c.fmt(size)} events`);
      const more = await loadCases(pool, {
        fromCase: loadedCases,
        toCase: size / 10,
        totalCases,
        totalEvents: largest,
        organisationId: log.organisationId,
      });
      loadedCases = size / 10;
      loadedEvents += more.events;
    }
    // append at this size (lemon + raw reference), streams removed afterwards so the log stays as loaded
    const targets = await createTargets(log.url, WRITERS, ['raw', 'lemon']);
    const appends = { lemon: [], raw: [] };
    for (let r = 0; r < RUNS; r++) {
      for (const name of r % 2 ? ['raw', 'lemon'] : ['lemon', 'raw']) {
        appends[name].push(await measure(targets[name], { writers: WRITERS, durationMs: DURATION, streamPrefix: `scale-${size}-${r}` }));
      }
    }
    for (const t of Object.values(targets)) await t.close();
    await deleteBenchStreams(log.url);
    const append = {
      eventsPerSecond: c.spread(appends.lemon.map((m) => m.eventsPerSecond)),
      p99: c.spread(appends.lemon.map((m) => m.p99)),
      rawEventsPerSecond: c.spread(appends.raw.map((m) => m.eventsPerSecond)),
    };
    c.log(
      `size ${c.fmt(loadedEvents)}: append ${c.fmtSpread(append.eventsPerSecond)} events/s (raw ${c.fmtSpread(append.rawEventsPerSecond)})`,
    );
    const rebuild = await measureRebuilds(log.url, { runs: REBUILD_RUNS[i] ?? 1, batchSize: 500, label: `size ${c.fmt(loadedEvents)}: ` });
    steps.push({ size, events: loadedEvents, cases: loadedCases, append, rebuild });
    c.saveResult('scaling', {
      machine,
      sizes: SIZES,
      writers: WRITERS,
      runs: RUNS,
      durationMs: DURATION,
      steps,
      partial: i < SIZES.length - 1,
    });
  }
  await pool.end();

  const first = steps[0];
  const rows = steps.map((s) => {
    const appendUs = 1e6 / s.append.eventsPerSecond.median;
    const rebuildUs = 1e6 / s.rebuild.eventsPerSecond.median;
    return [
      c.fmt(s.events),
      c.fmtSpread(s.append.eventsPerSecond),
      c.fmt(appendUs),
      c.fmt(appendUs / (1e6 / first.append.eventsPerSecond.median), 2),
      c.fmtSpread(s.append.rawEventsPerSecond),
      c.fmtSpread(s.rebuild.eventsPerSecond),
      c.fmt(rebuildUs),
      c.fmt(rebuildUs / (1e6 / first.rebuild.eventsPerSecond.median), 2),
      `${s.rebuild.rebuilds.length}`,
    ];
  });
  console.log(`\n## Scaling – append (8 writers, ${RUNS} runs of ${DURATION / 1000} s) and rebuild, as the log grows\n`);
  console.log(
    c.table(
      [
        'events in log',
        'append events/s',
        'µs/event',
        'vs smallest',
        'raw INSERT events/s',
        'rebuild events/s',
        'µs/event',
        'vs smallest',
        'rebuild runs',
      ],
      rows,
    ),
  );
  const growth = (key) => steps[steps.length - 1][key].eventsPerSecond.median / first[key].eventsPerSecond.median;
  console.log(
    `\nCost per event at ${c.fmt(steps[steps.length - 1].events)} vs ${c.fmt(first.events)} events: append x${c.fmt(1 / growth('append'), 2)}, rebuild x${c.fmt(1 / growth('rebuild'), 2)} (flat = about 1.0; the machine is shared, so differences under ~20% are noise)`,
  );
  const last = steps[steps.length - 1];
  if (last.events >= 1_000_000) {
    printRebuild(`Projection catch-up at ${c.fmt(last.events)} events (the scaling run's largest size)`, last.rebuild, {
      events: last.events,
      cases: last.cases,
    });
  }
  c.saveResult('scaling', { machine, sizes: SIZES, writers: WRITERS, runs: RUNS, durationMs: DURATION, steps });
  // The database stays until this process ends: run-all gives it to the docket benchmark.
  return { url: log.url, name: log.name, organisationId: log.organisationId, lastRebuild: last };
}

if (require.main === module) c.main(() => run());
module.exports = { run };
