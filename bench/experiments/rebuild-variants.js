'use strict';
/**
 * Scratch-copy experiments for the rebuild goal (product code untouched; see bench/README.md):
 * the same generated log rebuilt by the real case list and docket projections under variants of
 * how the runner reads the log (see bench/lib/rebuild-child.js). Each variant checks that it produced the
 * same read model (row counts, and a checksum of the case rows' versions and statuses).
 *
 *   node bench/experiments/rebuild-variants.js [--events=50000] [--cases=5000] [--runs=2]
 */
const c = require('../lib/common');
const { prepareLog } = require('../rebuild');
const { rebuildInChild } = require('../lib/product-db');

const EVENTS = c.option('events', 50_000);
const CASES = c.option('cases', 5_000);
const RUNS = c.option('runs', 2);

const VARIANTS = [
  ['product (rebuildAll: pages of whole streams, both read models in one pass)', {}],
  ['each read model in its own pass (pages of whole streams)', { mode: 'separately' }],
  ['log replay fallback (no bulk stream reads: replay, then one readStream per case)', { mode: 'log' }],
  ['product + Temporal.PlainDate.from memoised', { dateCache: true }],
];

async function fingerprint(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } =
    await client.query(`SELECT (SELECT count(*) FROM rm_case_summaries)::int AS cases, (SELECT count(*) FROM rm_deadlines)::int AS deadlines,
    (SELECT md5(string_agg(case_id::text || version || presumption_status || status, ',' ORDER BY case_id)) FROM rm_case_summaries) AS summaries,
    (SELECT md5(string_agg(deadline_id || coalesce(due_on::text, '') || status, ',' ORDER BY deadline_id)) FROM rm_deadlines) AS docket`);
  await client.end();
  return rows[0];
}

c.main(async () => {
  const server = await c.postgresServer();
  const log = await prepareLog(server.url, { events: EVENTS, cases: CASES, label: 'variants' });
  const results = [];
  let reference;
  for (let r = 0; r < RUNS; r++) {
    for (const [name, options] of VARIANTS) {
      const result = await rebuildInChild(log.url, { batchSize: 500, ...options });
      const fp = await fingerprint(log.url);
      reference ??= fp;
      const same = fp.summaries === reference.summaries && fp.docket === reference.docket;
      results.push({ name, ...result, same });
      c.log(
        `${name}: ${c.fmt(result.eventsPerSecond)} events/s, Node CPU ${c.fmt((result.nodeCpuSeconds * 1e6) / result.events)} µs/event, peak RSS ${c.fmt(result.peakRssMiB)} MiB, read model ${same ? 'identical' : 'DIFFERENT'} (${fp.cases} cases, ${fp.deadlines} deadlines)`,
      );
    }
  }
  const base = c.median(results.filter((x) => x.name === VARIANTS[0][0]).map((x) => x.eventsPerSecond));
  console.log(`\n## Rebuild variants on ${c.fmt(log.load.events)} events / ${c.fmt(CASES)} cases (median (min–max) over ${RUNS} runs)\n`);
  console.log(
    c.table(
      ['variant', 'events/s', 'vs product', 'Node CPU µs/event (robust on a shared machine)', 'peak RSS MiB', 'same read model'],
      VARIANTS.map(([name]) => {
        const runs = results.filter((x) => x.name === name);
        const s = c.spread(runs.map((x) => x.eventsPerSecond));
        return [
          name,
          c.fmtSpread(s),
          `${c.fmt(s.median / base, 1)}x`,
          c.fmtSpread(c.spread(runs.map((x) => (x.nodeCpuSeconds * 1e6) / x.events))),
          c.fmt(Math.max(...runs.map((x) => x.peakRssMiB))),
          runs.every((x) => x.same) ? 'yes' : 'NO',
        ];
      }),
    ),
  );
  c.saveResult('rebuild-variants', { machine: c.machine(), events: log.load.events, cases: CASES, results });
});
