'use strict';
/**
 * The product's read side, used the way the product does it (the schema itself is created by
 * starting the product once, see rebuild.js bootstrapProduct):
 *  - readModelDataSource: a TypeORM DataSource configured like libs/persistence (same entities,
 *    same migrations list, same pool size, synchronize off);
 *  - rebuildInChild: runs ProjectionRunner.rebuild of the real case list and docket projections in a fresh
 *    Node process (so its peak RSS is the rebuild's alone) and returns its figures.
 */
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const { product, ROOT } = require('./common');

function readModelDataSource(url) {
  const { DataSource } = require('typeorm');
  const persistence = product('libs/persistence/src');
  const projections = product('libs/projections/src');
  const { Webhooks1732435200000 } = product('libs/webhooks/src');
  const { CalendarFeeds1732608000000 } = product('libs/cases/src');
  return new DataSource({
    type: 'postgres',
    url,
    entities: persistence.READ_MODEL_ENTITIES ?? [projections.CaseSummaryEntity, projections.CheckpointEntity, projections.DeadlineEntity],
    migrations: [...projections.READ_MODEL_MIGRATIONS, Webhooks1732435200000, CalendarFeeds1732608000000],
    migrationsTableName: 'rm_migrations',
    synchronize: false,
    logging: false,
    extra: { max: 10 },
  });
}

/**
 * Rebuilds the case-list and deadline-docket read models from the whole log in a child process.
 * Returns {events, seconds, eventsPerSecond, peakRssMiB, batchSize, cpuProfile?}.
 */
function rebuildInChild(url, { batchSize = 500, cpuProfileDir, countQueries = false, mode, dateCache } = {}) {
  return new Promise((resolve, reject) => {
    const args = [
      ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : []),
      ...(countQueries ? ['--require', join(__dirname, 'query-counter.js')] : []),
      join(__dirname, 'rebuild-child.js'),
    ];
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        BENCH_REBUILD_URL: url,
        BENCH_REBUILD_BATCH: String(batchSize),
        ...(mode ? { BENCH_REBUILD_MODE: mode } : {}),
        ...(dateCache ? { BENCH_REBUILD_DATECACHE: '1' } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line?.startsWith('{')) return reject(new Error(`rebuild child exited with ${code}: ${out.slice(-2000)}`));
      resolve(JSON.parse(line));
    });
  });
}

module.exports = { readModelDataSource, rebuildInChild };
