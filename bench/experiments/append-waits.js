'use strict';
/**
 * What appending sessions wait on: samples pg_stat_activity (wait_event_type:wait_event of the
 * active backends of the target's database) every 20 ms while 32 writers append for a few seconds,
 * for the raw INSERT, the product's es_append, emmett, and the two scratch copies of es_append.
 *
 *   node bench/experiments/append-waits.js [--writers=32] [--duration=4]
 */
const c = require('../lib/common');
const { createTargets, measure } = require('../lib/append-workload');
const { scratchDdl } = require('../append');

const WRITERS = c.option('writers', 32);
const DURATION = c.option('duration', 4) * 1000;

c.main(async () => {
  const { Pool } = require('pg');
  const server = await c.postgresServer();
  const dbs = {};
  const main = await c.createBenchDatabase(server.url, 'waits');
  const targets = await createTargets(main.url, WRITERS);
  for (const name of Object.keys(targets)) dbs[name] = main.url;
  for (const variant of ['no-notify', 'lean']) {
    const db = await c.createBenchDatabase(server.url, `waits_${variant.replace('-', '')}`);
    targets[`lemon-${variant}`] = (await createTargets(db.url, WRITERS, ['lemon'])).lemon; // migrates es_append as shipped
    const pool = new Pool({ connectionString: db.url, max: 1 });
    await pool.query(scratchDdl(variant)); // then replaces it with the scratch copy
    const { rows } = await pool.query(`SELECT prosrc LIKE '%pg_notify%' AS notifies FROM pg_proc WHERE proname = 'es_append'`);
    if (rows[0].notifies) throw new Error(`scratch es_append (${variant}) still notifies`);
    await pool.end();
    dbs[`lemon-${variant}`] = db.url;
  }
  const rows = [];
  for (const [name, target] of Object.entries(targets)) {
    const monitor = new Pool({ connectionString: dbs[name], max: 1 });
    const counts = {};
    let samples = 0;
    let stop = false;
    const sampler = (async () => {
      while (!stop) {
        const { rows: waits } = await monitor.query(
          `SELECT coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '') AS w, count(*)::int AS n
             FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() GROUP BY 1`,
        );
        for (const w of waits) counts[w.w] = (counts[w.w] ?? 0) + w.n;
        samples++;
        await c.sleep(20);
      }
    })();
    const m = await measure(target, { writers: WRITERS, durationMs: DURATION, streamPrefix: `w-${name}` });
    stop = true;
    await sampler;
    await monitor.end();
    const top = Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([w, n]) => `${w} ${c.fmt(n / samples, 1)}`)
      .join(', ');
    rows.push([name, c.fmt(m.eventsPerSecond), top]);
    c.log(`${name}: ${c.fmt(m.eventsPerSecond)} events/s; average backends waiting per sample: ${top}`);
  }
  for (const t of Object.values(targets)) await t.close();
  console.log(`\n## What ${WRITERS} appending sessions wait on (average number of active backends per 20 ms sample)\n`);
  console.log(c.table(['target', 'events/s', 'top wait events (avg backends)'], rows));
});
