'use strict';
/**
 * `decideAndAppend` (the per-stream locked append every command uses) of two builds side by side
 * in one process on one database, alternating rounds: BENCH_DIST_A (default bench/.scratch/base/dist)
 * against dist/. Writers each on their own stream (a case), one event per command, the decision
 * reading the history. Prints appends/s, p50/p99 and the Node process's CPU per append.
 *
 *   node bench/experiments/locked-append.js [--writers=16] [--seconds=3] [--rounds=4]
 */
const { join, resolve } = require('node:path');
const { randomUUID } = require('node:crypto');
const { Pool } = require('pg');
const c = require('../lib/common');

const WRITERS = c.option('writers', 16);
const SECONDS = c.option('seconds', 3);
const ROUNDS = c.option('rounds', 4);
const builds = {
  A: resolve(process.env.BENCH_DIST_A ?? join(c.ROOT, 'bench', '.scratch', 'base', 'dist')),
  B: join(c.ROOT, 'dist'),
};

async function run() {
  const server = await c.postgresServer();
  const db = await c.createBenchDatabase(server.url, 'lockedappend');
  const pool = new Pool({ connectionString: db.url, max: WRITERS + 2 });
  const stores = {};
  for (const [name, dir] of Object.entries(builds)) {
    const { PostgresEventStore } = require(join(dir, 'libs/event-store/src/postgres/postgres-event-store.js'));
    if (name === 'A') await PostgresEventStore.migrate(pool);
    stores[name] = new PostgresEventStore(pool);
  }
  const results = { A: [], B: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of round % 2 ? ['B', 'A'] : ['A', 'B']) {
      const store = stores[name];
      const latencies = [];
      const cpu = process.cpuUsage();
      const until = Date.now() + SECONDS * 1000;
      await Promise.all(
        Array.from({ length: WRITERS }, async () => {
          const stream = `case-${randomUUID()}`;
          while (Date.now() < until) {
            const t = process.hrtime.bigint();
            await store.decideAndAppend(stream, ({ version }) => ({
              append: [
                { id: randomUUID(), type: 'NoteAdded', schemaVersion: 1, data: { n: version + 1, text: "it's a note" }, metadata: {} },
              ],
            }));
            latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
          }
        }),
      );
      const used = process.cpuUsage(cpu);
      const row = {
        perSecond: latencies.length / SECONDS,
        p50: c.percentile(latencies, 50),
        p99: c.percentile(latencies, 99),
        cpuUsPerAppend: (used.user + used.system) / latencies.length,
      };
      results[name].push(row);
      c.log(
        `round ${round + 1} ${name}: ${c.fmt(row.perSecond)} appends/s p50 ${c.fmt(row.p50, 2)} p99 ${c.fmt(row.p99, 2)} ms, Node CPU ${c.fmt(row.cpuUsPerAppend)} µs/append`,
      );
    }
  }
  for (const [name, rows] of Object.entries(results)) {
    const s = (k, d = 0) => c.fmtSpread(c.spread(rows.map((r) => r[k])), d);
    console.log(
      `${name} ${builds[name]}: ${s('perSecond')} appends/s, p50 ${s('p50', 2)} ms, p99 ${s('p99', 2)} ms, Node CPU ${s('cpuUsPerAppend')} µs/append`,
    );
  }
  await pool.end();
}

c.main(run);
