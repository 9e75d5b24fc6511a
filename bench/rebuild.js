'use strict';
/**
 * Benchmark 3 – Projection catch-up: ProjectionRunner.rebuild of the real case list and docket projections
 * (case row + presumption + deadline docket per case per batch) over a realistic log:
 * full = 1,000,000 events over 100,000 cases; quick = 10,000 events over 1,000 cases.
 * Reports events/s (median and range over runs; within a run also the rate of each 100k-event
 * segment) and peak RSS of the rebuilding process. Goal: >= 20,000 events/s.
 * Reference: the rate of a bare replay (readAll batches of the same size, no projection) over the
 * same log in the same run: the ceiling the event store's read side allows.
 *
 *   node bench/rebuild.js [--full] [--events=N] [--cases=N] [--runs=N] [--batch=500] [--cpu-prof]
 */
const c = require('./lib/common');
const { loadCases, eventMix } = require('./lib/dataset');
const { rebuildInChild } = require('./lib/product-db');

const EVENTS = c.option('events', { quick: 10_000, full: 1_000_000 });
const CASES = c.option('cases', { quick: 1_000, full: 100_000 });
const RUNS = c.option('runs', { quick: 3, full: 1 });
const BATCH = c.option('batch', 500);

/** Reads the whole log through PostgresEventStore.readAll in batches, doing nothing with it. */
async function bareReplay(url, batchSize) {
  const { Pool } = require('pg');
  const { PostgresEventStore } = c.product('libs/event-store/src');
  const pool = new Pool({ connectionString: url, max: 2 });
  const store = new PostgresEventStore(pool);
  const started = performance.now();
  let after;
  let events = 0;
  for (;;) {
    const batch = await store.readAll({ after, limit: batchSize, streamPrefix: 'case-' });
    if (batch.length === 0) break;
    events += batch.length;
    after = batch[batch.length - 1].position;
  }
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  return { events, seconds, eventsPerSecond: events / seconds };
}

/**
 * Creates a database, lets the product set it up (one start of the all-in-one process: every
 * migration, and the bootstrap organisation whose admin the HTTP benchmarks act as), then loads
 * the generated log with every case owned by that organisation. Returns {url, load, mix, organisationId}.
 */
async function prepareLog(serverUrl, { events, cases, label, toCase = cases }) {
  const { Pool } = require('pg');
  const db = await c.createBenchDatabase(serverUrl, label);
  const organisationId = await bootstrapProduct(db.url);
  const pool = new Pool({ connectionString: db.url, max: 2 });
  c.log(
    `loading ${c.fmt(events)} events over ${c.fmt(cases)} cases into ${db.name}${organisationId ? ` (owner organisation ${organisationId})` : ''}`,
  );
  const load = await loadCases(pool, { fromCase: 0, toCase, totalCases: cases, totalEvents: events, organisationId });
  c.log(
    `loaded ${c.fmt(load.events)} events in ${c.fmt(load.seconds, 1)} s (${c.fmt(load.events / load.seconds)} events/s, generation through the real decider included)`,
  );
  const mix = await eventMix(pool);
  await pool.end();
  return { ...db, load, mix, organisationId };
}

/** Starts and stops the product once on url (migrations + bootstrap admin); returns the admin's organisation id, if the product has one. */
async function bootstrapProduct(url) {
  const h = require('./lib/product-http');
  const app = await h.startProduct(url, { entry: 'all-in-one' });
  try {
    const me = await h.request(app.url, 'GET', '/me').catch(() => undefined);
    return me?.organisationId;
  } finally {
    await app.stop();
  }
}

/** Measures `runs` rebuilds (+ bare replays) of the log at url. */
async function measureRebuilds(url, { runs, batchSize, cpuProfileDir, label = '' }) {
  const rebuilds = [];
  const replays = [];
  for (let r = 0; r < runs; r++) {
    replays.push(await bareReplay(url, batchSize));
    const result = await rebuildInChild(url, { batchSize, cpuProfileDir: r === 0 ? cpuProfileDir : undefined });
    rebuilds.push(result);
    c.log(
      `${label}rebuild ${r + 1}/${runs}: ${c.fmt(result.events)} events in ${c.fmt(result.seconds, 1)} s = ${c.fmt(result.eventsPerSecond)} events/s, peak RSS ${c.fmt(result.peakRssMiB)} MiB (bare replay ${c.fmt(replays[r].eventsPerSecond)} events/s)`,
    );
  }
  // Per-segment rates inside runs (each 100k events): shows the spread within a long single run.
  const segments = [];
  for (const r of rebuilds) {
    let prev = [0, 0];
    for (const point of r.progress) {
      segments.push(((point[0] - prev[0]) / (point[1] - prev[1])) * 1000);
      prev = point;
    }
  }
  return {
    rebuilds,
    replays,
    eventsPerSecond: c.spread(rebuilds.map((r) => r.eventsPerSecond)),
    peakRssMiB: c.spread(rebuilds.map((r) => r.peakRssMiB)),
    replayEventsPerSecond: c.spread(replays.map((r) => r.eventsPerSecond)),
    ratioToReplay: c.spread(rebuilds.map((r, i) => r.eventsPerSecond / replays[i].eventsPerSecond)),
    segmentEventsPerSecond: segments.length
      ? { p10: c.percentile(segments, 10), median: c.median(segments), p90: c.percentile(segments, 90), segments: segments.length }
      : undefined,
  };
}

function printRebuild(title, s, { events, cases }) {
  console.log(`\n## ${title}\n`);
  console.log(
    c.table(
      ['log', 'rebuild events/s', 'peak RSS MiB', 'bare replay events/s (reference)', 'rebuild / replay'],
      [
        [
          `${c.fmt(events)} events / ${c.fmt(cases)} cases`,
          c.fmtSpread(s.eventsPerSecond),
          c.fmtSpread(s.peakRssMiB),
          c.fmtSpread(s.replayEventsPerSecond),
          c.fmtRatio(s.ratioToReplay),
        ],
      ],
    ),
  );
  if (s.segmentEventsPerSecond) {
    const g = s.segmentEventsPerSecond;
    console.log(
      `\nPer-100k-event segments (${g.segments}): p10 ${c.fmt(g.p10)} / median ${c.fmt(g.median)} / p90 ${c.fmt(g.p90)} events/s`,
    );
  }
  console.log(
    `\nGoal >= 20,000 events/s: ${s.eventsPerSecond.median >= 20_000 ? 'MET' : 'MISSED'} (median ${c.fmt(s.eventsPerSecond.median)} events/s, ${c.fmt(s.eventsPerSecond.median / 20_000, 2)}x the goal)`,
  );
}

async function run() {
  const server = await c.postgresServer();
  const machine = c.machine(await c.serverFacts(server.url));
  const log = await prepareLog(server.url, { events: EVENTS, cases: CASES, label: 'rebuild' });
  const cpuProfileDir = process.argv.includes('--cpu-prof') ? require('node:path').join(c.ROOT, 'bench', 'results', 'profiles') : undefined;
  const s = await measureRebuilds(log.url, { runs: RUNS, batchSize: BATCH, cpuProfileDir });
  printRebuild(`Projection catch-up (rebuild of case-list + deadline-docket) – median (min–max) over ${RUNS} run(s), batch ${BATCH}`, s, {
    events: log.load.events,
    cases: CASES,
  });
  console.log(
    `\nEvent mix: ${Object.entries(log.mix)
      .map(([k, v]) => `${k} ${c.fmt(v)}`)
      .join(', ')}; commands refused by the decider while generating: ${log.load.refused}`,
  );
  c.saveResult('rebuild', { machine, events: log.load.events, cases: CASES, batchSize: BATCH, load: log.load, mix: log.mix, ...s });
}

if (require.main === module) c.main(run);
module.exports = { run, prepareLog, bootstrapProduct, measureRebuilds, printRebuild, bareReplay };
