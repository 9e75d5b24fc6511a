'use strict';
/**
 * One measured rebuild, in its own process: ProjectionRunner.rebuildAll of the case list
 * (CaseListProjection) and the docket (DeadlineDocketProjection) together, as `npm run projections:rebuild`
 * does, over the whole log at BENCH_REBUILD_URL; events/s = events in the log / time for both, batch size BENCH_REBUILD_BATCH (the product's default
 * PROJECTION_BATCH_SIZE is 500). Prints one JSON line with the figures; peak RSS is the process's
 * VmHWM (and the highest sampled RSS) from /proc.
 */
require('reflect-metadata');
const { performance } = require('node:perf_hooks');
const { Pool } = require('pg');
const { product, memoryOf } = require('./common');
const { readModelDataSource } = require('./product-db');

/**
 * EXPERIMENT (BENCH_REBUILD_MODE; product code untouched):
 *  - `separately`: each read model rebuilt in its own pass (runner.rebuild per projection), as
 *    `projections:rebuild` did before session 3: every case read, folded and judged twice;
 *  - `log`: the store without its bulk stream reads, so the runner falls back to replaying the log
 *    event by event, then each projection reads its cases' streams one by one (the pre-session-3 path).
 */
function withoutBulkReads(store) {
  return Object.assign(Object.create(store), { readStreams: undefined, readStreamsPage: undefined, headPositionOf: undefined });
}

/**
 * EXPERIMENT (BENCH_REBUILD_DATECACHE=1; product code untouched): memoises
 * Temporal.PlainDate.from(string) (PlainDate is immutable, so sharing instances is safe). The
 * profile shows the polyfill's ISO-string parsing as the largest single CPU cost of a rebuild:
 * the same few hundred dates are parsed again for every case, event and rule.
 */
function memoiseDateParsing() {
  const { Temporal } = require('temporal-polyfill');
  const from = Temporal.PlainDate.from.bind(Temporal.PlainDate);
  const cache = new Map();
  Temporal.PlainDate.from = (value, options) => {
    if (typeof value !== 'string') return from(value, options);
    const key = options?.overflow ? `${value}|${options.overflow}` : value;
    let date = cache.get(key);
    if (date === undefined) {
      date = from(value, options);
      if (cache.size > 200_000) cache.clear();
      cache.set(key, date);
    }
    return date;
  };
}

async function main() {
  if (process.env.BENCH_REBUILD_DATECACHE === '1') memoiseDateParsing();
  const url = process.env.BENCH_REBUILD_URL;
  const batchSize = Number(process.env.BENCH_REBUILD_BATCH ?? 500);
  const { PostgresEventStore } = product('libs/event-store/src');
  const { ProjectionRunner, CaseListProjection, DeadlineDocketProjection } = product('libs/projections/src');
  const { Temporal } = require('temporal-polyfill');
  const pool = new Pool({ connectionString: url, max: 20 }); // as PersistenceModule's PG_POOL
  const dataSource = readModelDataSource(url);
  await dataSource.initialize();
  const mode = process.env.BENCH_REBUILD_MODE ?? 'product';
  const store = mode === 'log' ? withoutBulkReads(new PostgresEventStore(pool)) : new PostgresEventStore(pool);
  const deps = { store, clock: { now: () => Temporal.Now.instant() }, timeZone: 'America/New_York' };
  const projections = [new CaseListProjection(deps), new DeadlineDocketProjection(deps)];
  const runner = new ProjectionRunner(store, dataSource, projections, { batchSize, leaseDatabaseUrl: url });
  const rssBefore = memoryOf().rss;
  let sampledMax = rssBefore;
  const timer = setInterval(() => (sampledMax = Math.max(sampledMax, memoryOf().rss)), 200);
  const progress = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let nextMark = 100_000;
  // As `npm run projections:rebuild`: both read models in one pass (each case stream read, folded and judged once).
  const onProgress = (applied) => {
    if (applied >= nextMark) {
      progress.push([applied, Math.round(performance.now() - started)]);
      nextMark += 100_000;
    }
  };
  let events = 0;
  if (mode === 'product') events = await runner.rebuildAll(projections, onProgress);
  else for (const projection of projections) events = await runner.rebuild(projection);
  progress.push([events, Math.round(performance.now() - started)]);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(timer);
  const { rows } = await pool.query(
    'SELECT (SELECT count(*) FROM rm_case_summaries)::int AS cases, (SELECT count(*) FROM rm_deadlines)::int AS deadlines',
  );
  const mem = memoryOf();
  await dataSource.destroy();
  await pool.end();
  if (process.env.BENCH_QUERY_LOG && process.listenerCount('SIGUSR2') > 0) process.emit('SIGUSR2'); // query-counter preloaded
  process.stdout.write(
    `${JSON.stringify({
      events,
      seconds,
      eventsPerSecond: events / seconds,
      // CPU time of this (Node) process during the rebuild: robust on a shared machine, where wall time is not.
      nodeCpuSeconds: (cpu.user + cpu.system) / 1e6,
      batchSize,
      rssBeforeMiB: rssBefore,
      peakRssMiB: Math.max(mem.hwm, sampledMax),
      cases: rows[0].cases,
      deadlines: rows[0].deadlines,
      progress,
    })}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
