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
 * EXPERIMENT (BENCH_REBUILD_ORDER=stream; product code untouched): the same store, except that
 * readAll pages through the log in (stream_id, stream_version) order, so a batch holds whole case
 * histories and each case is projected about once instead of once per event. This is Marten's
 * "optimized projection rebuild" for single-stream projections. The final read model is the same
 * (the projection is per-case and version-checked); a real implementation would set the checkpoint
 * to the head position taken before the replay, since the last batch's position is not the head.
 */
function streamOrderStore(store, pool) {
  const { toPostgresCheckpoint } = product('libs/event-store/src');
  let cursor = ['', 0];
  return Object.assign(Object.create(store), {
    async readAll({ limit, streamPrefix }) {
      const { rows } = await pool.query(
        `SELECT stream_id, stream_version, transaction_id::text AS tx_text, global_position, event_id, event_type, schema_version, data, metadata, recorded_at
           FROM es_events WHERE (stream_id, stream_version) > ($1, $2) AND starts_with(stream_id, $4)
          ORDER BY stream_id, stream_version LIMIT $3`,
        [cursor[0], cursor[1], limit, streamPrefix ?? ''],
      );
      if (rows.length) cursor = [rows[rows.length - 1].stream_id, Number(rows[rows.length - 1].stream_version)];
      return rows.map((row) => ({
        id: row.event_id,
        type: row.event_type,
        schemaVersion: row.schema_version,
        data: row.data,
        metadata: row.metadata,
        streamId: row.stream_id,
        streamVersion: Number(row.stream_version),
        position: toPostgresCheckpoint(row.tx_text, row.global_position),
        recordedAt: row.recorded_at,
      }));
    },
  });
}

/**
 * EXPERIMENT (BENCH_REBUILD_WRITES=batched; product code untouched): the projection's deferred
 * rebuild work (finishRebuild: per case `delete(DeadlineEntity, {caseId})`, `insert(DeadlineEntity,
 * rows)`, `update(CaseSummaryEntity, {caseId}, presumption)`) runs unchanged against a recording
 * EntityManager; the writes of each chunk are then sent as ONE `DELETE ... WHERE case_id = ANY($1)`,
 * multi-row INSERTs and ONE `UPDATE ... FROM unnest(...)`: 3 statements per 250 cases instead of 3
 * per case. What is computed is unchanged.
 */
function batchedFinish(dataSource) {
  const { CaseSummaryEntity, DeadlineEntity } = product('libs/projections/src');
  const bind = (target, prop) => {
    const value = Reflect.get(target, prop);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const chunks = (rows, size) => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  const PRESUMPTION = ['presumptionStatus', 'presumptionEvaluatedOn', 'presumptionStaleOn'];
  const recordingTransaction = async (manager, work) => {
    const deleted = [];
    const inserted = [];
    const updated = [];
    const recording = new Proxy(manager, {
      get(target, prop) {
        if (prop === 'delete') {
          return async (entity, criteria) =>
            entity === DeadlineEntity && criteria && Object.keys(criteria).length === 1 && criteria.caseId !== undefined
              ? (deleted.push(criteria.caseId), { affected: undefined, raw: [] })
              : target.delete(entity, criteria);
        }
        if (prop === 'insert') {
          return async (entity, rows) =>
            entity === DeadlineEntity
              ? (inserted.push(...[].concat(rows)), { identifiers: [], generatedMaps: [], raw: [] })
              : target.insert(entity, rows);
        }
        if (prop === 'update') {
          return async (entity, criteria, values) =>
            entity === CaseSummaryEntity && criteria?.caseId !== undefined && Object.keys(values).every((k) => PRESUMPTION.includes(k))
              ? (updated.push({ caseId: criteria.caseId, ...values }), { affected: undefined, raw: [], generatedMaps: [] })
              : target.update(entity, criteria, values);
        }
        return bind(target, prop);
      },
    });
    const result = await work(recording);
    if (deleted.length) await manager.query('DELETE FROM rm_deadlines WHERE case_id = ANY($1::uuid[])', [deleted]);
    for (const part of chunks(inserted, 1000)) await manager.insert(DeadlineEntity, part);
    if (updated.length) {
      await manager.query(
        `UPDATE rm_case_summaries AS s SET presumption_status = v.status, presumption_evaluated_on = v.evaluated, presumption_stale_on = v.stale
           FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[]) AS v(case_id, status, evaluated, stale) WHERE s.case_id = v.case_id`,
        [
          updated.map((u) => u.caseId),
          updated.map((u) => u.presumptionStatus),
          updated.map((u) => u.presumptionEvaluatedOn),
          updated.map((u) => u.presumptionStaleOn ?? null),
        ],
      );
    }
    return result;
  };
  return new Proxy(dataSource, {
    get(target, prop) {
      if (prop === 'transaction') {
        return (...args) => {
          const work = args[args.length - 1];
          return target.transaction(...args.slice(0, -1), (manager) => recordingTransaction(manager, work));
        };
      }
      return bind(target, prop);
    },
  });
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
  const store =
    process.env.BENCH_REBUILD_ORDER === 'stream' ? streamOrderStore(new PostgresEventStore(pool), pool) : new PostgresEventStore(pool);
  const deps = { store, clock: { now: () => Temporal.Now.instant() }, timeZone: 'America/New_York' };
  const projections = [new CaseListProjection(deps), new DeadlineDocketProjection(deps)];
  // The runner's DataSource: the batched-finish experiment only changes how finishRebuild's writes travel.
  const runnerDataSource = process.env.BENCH_REBUILD_WRITES === 'batched' ? batchedFinish(dataSource) : dataSource;
  const runner = new ProjectionRunner(store, runnerDataSource, projections, { batchSize, leaseDatabaseUrl: url });
  const rssBefore = memoryOf().rss;
  let sampledMax = rssBefore;
  const timer = setInterval(() => (sampledMax = Math.max(sampledMax, memoryOf().rss)), 200);
  const progress = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let nextMark = 100_000;
  // As `npm run projections:rebuild`: both read models in one pass (each case stream read, folded and judged once).
  const events = await runner.rebuildAll(projections, (applied) => {
    if (applied >= nextMark) {
      progress.push([applied, Math.round(performance.now() - started)]);
      nextMark += 100_000;
    }
  });
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
