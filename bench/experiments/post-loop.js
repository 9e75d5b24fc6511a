'use strict';
/**
 * POST /cases/{id}/repair-attempts at 16 connections against the all-in-one process (or
 * `--deployment=separate`), measured from inside the product as well as from the client: CPU
 * milliseconds per request of the product process(es) (the worker's catch-up included: the run
 * ends when every projection has applied every event) and the event loop's delay (how long ready
 * work waited, e.g. behind a projection batch). CPU per request holds up on a shared, loaded
 * machine where latencies do not; compare dists with BENCH_DIST in alternating runs.
 *
 *   node bench/experiments/post-loop.js [--runs=3] [--duration=4] [--connections=16] [--cases=500] [--deployment=all-in-one|separate]
 */
const { join } = require('node:path');
const { readFileSync } = require('node:fs');
const c = require('../lib/common');
const h = require('../lib/product-http');

const RUNS = c.option('runs', 3);
const DURATION = c.option('duration', 4);
const CONNECTIONS = c.option('connections', 16);
const CASES = c.option('cases', 500);
const DEPLOYMENT = c.option('deployment', 'all-in-one');
const LOOP = join(__dirname, '..', 'lib', 'loop-delay.js');

async function run() {
  const server = await c.postgresServer();
  const db = await c.createBenchDatabase(server.url, 'postloop');
  const start = (entry, log) => h.startProduct(db.url, { entry, nodeArgs: ['--require', LOOP], env: { BENCH_LOOP_LOG: log } });
  const stamp = `${process.pid}-${Date.now()}`;
  const logs = { app: `/tmp/post-loop-app-${stamp}.json`, worker: `/tmp/post-loop-worker-${stamp}.json` };
  const app = await start(DEPLOYMENT === 'separate' ? 'api' : 'all-in-one', logs.app);
  const worker = DEPLOYMENT === 'separate' ? await start('worker', logs.worker) : undefined;
  const figures = async (p, log) => {
    if (p.child.exitCode !== null || p.child.signalCode !== null)
      throw new Error(`${p.logFile}: exited ${p.child.exitCode ?? p.child.signalCode}`);
    process.kill(p.pid, 'SIGWINCH');
    await c.sleep(300);
    return JSON.parse(readFileSync(log, 'utf8'));
  };
  const cases = await h.openCases(app.url, CASES);
  await h.waitForProjection(db.url);
  let next = 0;
  const route = {
    method: 'POST',
    path: '/',
    build: (req) => {
      const t = cases[next++ % cases.length];
      req.path = `/cases/${t.caseId}/repair-attempts`;
      req.body = h.repairAttemptBody(t);
    },
  };
  await h.cannon(app.url, { ...route, connections: CONNECTIONS, durationSec: 2 }); // warm-up
  await h.waitForProjection(db.url);
  const rows = [];
  for (let i = 0; i < RUNS; i++) {
    await figures(app, logs.app);
    if (worker) await figures(worker, logs.worker);
    const r = await h.cannon(app.url, { ...route, connections: CONNECTIONS, durationSec: DURATION });
    await h.waitForProjection(db.url);
    const a = await figures(app, logs.app);
    const w = worker ? await figures(worker, logs.worker) : undefined;
    const row = {
      rps: r.requestsPerSecond,
      p50: r.p50,
      p99: r.p99,
      non2xx: r.non2xx,
      cpuPerRequestMs: (a.cpuMs + (w?.cpuMs ?? 0)) / r.total,
      apiLoopDelayP99: a.delayMs.p99,
      apiLoopDelayMax: a.delayMs.max,
    };
    rows.push(row);
    c.log(
      `run ${i + 1}/${RUNS} ${DEPLOYMENT}: ${c.fmt(row.rps)} req/s p50 ${row.p50} p99 ${row.p99} ms, CPU ${c.fmt(row.cpuPerRequestMs, 2)} ms/request` +
        `${w ? ` (worker ${c.fmt(w.cpuMs / r.total, 2)})` : ''}, api event-loop delay p99 ${c.fmt(row.apiLoopDelayP99, 1)} max ${c.fmt(row.apiLoopDelayMax, 1)} ms, non-2xx ${row.non2xx}`,
    );
  }
  const med = (k) => c.fmtSpread(c.spread(rows.map((r) => r[k])), k === 'cpuPerRequestMs' ? 2 : 1);
  console.log(
    `${process.env.BENCH_DIST ?? 'dist'} ${DEPLOYMENT}: ${med('rps')} req/s, p50 ${med('p50')} ms, p99 ${med('p99')} ms, CPU ${med('cpuPerRequestMs')} ms/request, loop delay p99 ${med('apiLoopDelayP99')} max ${med('apiLoopDelayMax')} ms`,
  );
  await app.stop();
  await worker?.stop();
}

c.main(run);
