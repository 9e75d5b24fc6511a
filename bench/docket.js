'use strict';
/**
 * Benchmark 4 – Docket: GET /deadlines?dueBefore=<date> (first page, 100 rows, the API's default)
 * over a read model rebuilt from the generated log (full: 100,000 cases / 1,000,000 events;
 * quick: 2,000 cases / 20,000 events), every case owned by the benchmark's organisation, against
 * the all-in-one product process. p50/p95/p99 latency at 1 and 8 concurrent clients, dueBefore
 * varied over a year. Reference in the same run: GET /me (same HTTP stack + authentication, one
 * lookup). Also EXPLAIN ANALYZE of the handler's SQL shape and of a capped count. Goal: p95 < 20 ms.
 *
 *   node bench/docket.js [--full] [--cases=N] [--events=N] [--requests=N] [--runs=N]
 * With BENCH_DATASET_URL (run-all sets it), uses that database's log instead of loading one.
 */
const c = require('./lib/common');
const h = require('./lib/product-http');
const { prepareLog, bootstrapProduct } = require('./rebuild');
const { rebuildInChild } = require('./lib/product-db');
const { legalToday } = require('./lib/dataset');

const CASES = c.option('cases', { quick: 2_000, full: 100_000 });
const EVENTS = c.option('events', { quick: 20_000, full: 1_000_000 });
const REQUESTS = c.option('requests', { quick: 200, full: 1000 });
const RUNS = c.option('runs', { quick: 3, full: 3 });
const CLIENTS = [1, 8];

const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** `clients` loops issuing `total` requests together; exact per-request latencies (ms). */
async function load(baseUrl, paths, { total, clients }) {
  const latencies = new c.Samples(total);
  let next = 0;
  const statuses = {};
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const path = paths[next++ % paths.length];
        const t0 = performance.now();
        const response = await fetch(`${baseUrl}${path}`, { headers: h.authHeaders });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const non2xx = Object.entries(statuses)
    .filter(([s]) => s < 200 || s >= 300)
    .reduce((a, [, n]) => a + n, 0);
  return {
    p50: latencies.percentile(50),
    p95: latencies.percentile(95),
    p99: latencies.percentile(99),
    requestsPerSecond: total / seconds,
    non2xx,
    statuses,
  };
}

async function explain(url, organisationId, dueBefore) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // The shapes ListDeadlinesHandler sends: visibility as two index-friendly branches (owned, via
    // rm_deadlines_org_due in due order; shared, via the GIN index on the docket's own shared_with),
    // a count capped at 1,000 (+1 to know it is capped), and the page (+1 row for hasMore).
    // Since session 3 the handler sends the capped count and the page in ONE statement, each
    // branch of the page ordered and cut inside itself (read off rm_deadlines_org_due).
    const org = organisationId ?? 'local';
    const filter = `due_on < '${dueBefore}'::date`;
    const owned = `rm_deadlines WHERE organisation_id = '${org}' AND ${filter}`;
    const shared = `rm_deadlines WHERE shared_with @> ARRAY['${org}']::text[] AND organisation_id <> '${org}' AND ${filter}`;
    const branch = (from) => `(SELECT * FROM ${from} ORDER BY due_on, deadline_id LIMIT 101)`;
    const visible = `SELECT * FROM ${owned} UNION ALL SELECT * FROM ${shared}`;
    const plans = {};
    for (const [name, sql] of [
      [
        "count + page (the handler's one statement)",
        `SELECT c.counted, d.* FROM (SELECT count(*)::int AS counted FROM (SELECT 1 FROM ${owned} UNION ALL SELECT 1 FROM ${shared} LIMIT 1001) capped) c
           LEFT JOIN LATERAL (SELECT * FROM (${branch(owned)} UNION ALL ${branch(shared)}) v ORDER BY due_on NULLS LAST, deadline_id LIMIT 101 OFFSET 0) d ON true
          ORDER BY d.due_on NULLS LAST, d.deadline_id`,
      ],
      [
        'page ordered over the whole union (before session 3)',
        `SELECT * FROM (${visible}) d ORDER BY due_on NULLS LAST, deadline_id LIMIT 101 OFFSET 0`,
      ],
      ['exact count (what the docket no longer computes)', `SELECT count(*)::int FROM (${visible}) v`],
    ]) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`);
      plans[name] = rows.map((r) => r['QUERY PLAN']);
    }
    return plans;
  } finally {
    await client.end();
  }
}

/**
 * The generated log is loaded straight into the tables, under the alerts reactor: start it at the
 * head, as the migration does for an existing log, so its catch-up does not run during the requests.
 */
async function alertsReactorAtHead(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO rm_checkpoints (projection, version, position, events_applied, updated_at)
       SELECT 'case-alerts', 1, lpad(transaction_id::text, 20, '0') || ':' || lpad(global_position::text, 19, '0'), 0, now()
         FROM es_events ORDER BY transaction_id DESC, global_position DESC LIMIT 1
       ON CONFLICT (projection, version) DO UPDATE SET position = greatest(rm_checkpoints.position, EXCLUDED.position)`,
    );
  } finally {
    await client.end();
  }
}

async function readModelComplete(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM es_streams WHERE stream_id LIKE 'case-%')::int AS streams,
              (SELECT count(*) FROM rm_case_summaries)::int AS rows,
              (SELECT count(*) FROM rm_deadlines)::int AS deadlines`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

async function run() {
  const server = await c.postgresServer();
  const machine = c.machine(await c.serverFacts(server.url));
  let url = process.env.BENCH_DATASET_URL;
  let organisationId = process.env.BENCH_DATASET_ORG || undefined;
  if (!url) {
    const log = await prepareLog(server.url, { events: EVENTS, cases: CASES, label: 'docket' });
    url = log.url;
    organisationId = log.organisationId;
  } else if (!organisationId) {
    organisationId = await bootstrapProduct(url);
  }
  let state = await readModelComplete(url);
  if (state.rows < state.streams) {
    c.log(`read model holds ${c.fmt(state.rows)} of ${c.fmt(state.streams)} cases: rebuilding it first (not part of this benchmark)`);
    const r = await rebuildInChild(url);
    c.log(`rebuilt ${c.fmt(r.events)} events in ${c.fmt(r.seconds, 1)} s`);
    state = await readModelComplete(url);
  }
  c.log(`docket over ${c.fmt(state.rows)} cases, ${c.fmt(state.deadlines)} deadlines`);
  await alertsReactorAtHead(url);
  const app = await h.startProduct(url, { entry: 'all-in-one' });
  await h.waitForProjection(url, 600_000);
  const today = legalToday();
  const paths = [-30, 7, 30, 60, 90, 180, 365].map((d) => `/deadlines?dueBefore=${addDays(today, d)}`);
  const sample = await h.request(app.url, 'GET', paths[2]);
  c.log(`GET ${paths[2]} -> ${sample.items?.length ?? '?'} items of total ${c.fmt(sample.total)}`);
  // warm-up
  await load(app.url, paths, { total: 50, clients: 2 });
  await load(app.url, ['/me'], { total: 50, clients: 2 });
  const results = { docket: {}, me: {} };
  for (const clients of CLIENTS) {
    results.docket[clients] = [];
    results.me[clients] = [];
    for (let r = 0; r < RUNS; r++) {
      const d = await load(app.url, paths, { total: REQUESTS, clients });
      const m = await load(app.url, ['/me'], { total: REQUESTS, clients });
      results.docket[clients].push(d);
      results.me[clients].push(m);
      c.log(
        `run ${r + 1}/${RUNS} ${clients} client(s): docket p50 ${c.fmt(d.p50, 1)} p95 ${c.fmt(d.p95, 1)} p99 ${c.fmt(d.p99, 1)} ms ${c.fmt(d.requestsPerSecond)} req/s non-2xx ${d.non2xx}; /me p95 ${c.fmt(m.p95, 1)} ms`,
      );
    }
  }
  await app.stop();
  const plans = await explain(url, organisationId, addDays(today, 30));

  const summary = {};
  const rows = [];
  for (const clients of CLIENTS) {
    const d = results.docket[clients];
    const m = results.me[clients];
    summary[clients] = {
      p50: c.spread(d.map((x) => x.p50)),
      p95: c.spread(d.map((x) => x.p95)),
      p99: c.spread(d.map((x) => x.p99)),
      requestsPerSecond: c.spread(d.map((x) => x.requestsPerSecond)),
      non2xx: d.reduce((a, x) => a + x.non2xx, 0),
      meP95: c.spread(m.map((x) => x.p95)),
      ratioP95ToMe: c.spread(d.map((x, i) => x.p95 / m[i].p95)),
    };
    const s = summary[clients];
    rows.push([
      clients,
      c.fmtSpread(s.p50, 1),
      c.fmtSpread(s.p95, 1),
      c.fmtSpread(s.p99, 1),
      c.fmtSpread(s.requestsPerSecond),
      c.fmtSpread(s.meP95, 1),
      c.fmtRatio(s.ratioP95ToMe),
      `${s.non2xx}/${REQUESTS * RUNS}`,
    ]);
  }
  console.log(
    `\n## Docket GET /deadlines?dueBefore= over ${c.fmt(state.rows)} cases (${c.fmt(state.deadlines)} deadlines) – median (min–max) over ${RUNS} runs of ${REQUESTS} requests\n`,
  );
  console.log(
    c.table(['clients', 'p50 ms', 'p95 ms', 'p99 ms', 'requests/s', 'GET /me p95 ms (reference)', 'docket/me p95', 'non-2xx'], rows),
  );
  const p95 = summary[1].p95.median;
  console.log(`\nGoal p95 < 20 ms (1 client): ${c.fmt(p95, 1)} ms ${p95 < 20 ? 'MET' : 'MISSED'}`);
  console.log(`\nEXPLAIN ANALYZE (the handler's SQL shape, dueBefore = today + 30):`);
  for (const [name, plan] of Object.entries(plans)) console.log(`  ${name}:\n    ${plan.join('\n    ')}`);
  c.saveResult('docket', {
    machine,
    cases: state.rows,
    deadlines: state.deadlines,
    requests: REQUESTS,
    runs: RUNS,
    summary,
    plans,
    results,
  });
}

if (require.main === module) c.main(run);
module.exports = { run };
