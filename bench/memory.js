'use strict';
/**
 * Benchmark 6 – Memory: resident set size (RSS, from /proc) of the product processes idle and
 * under HTTP load, in both deployments:
 *  - all-in-one (`npm start`: api + worker in one process);
 *  - api and worker as separate processes (`node dist/apps/api/src/main.js`,
 *    `node dist/apps/worker/src/main.js`, as docker-compose runs them) on one database.
 * Load: autocannon, 16 connections, POST /cases/{id}/repair-attempts then GET /cases/{id}, over
 * cases opened beforehand; the worker projects every write meanwhile. Reported per run: idle RSS
 * (after start + settle) and the highest RSS sampled every 250 ms under load; peak = VmHWM.
 * Reference: the bare Nest app's RSS, idle and under the same load shape.
 *
 *   node bench/memory.js [--full] [--runs=N] [--duration=s] [--cases=N]
 */
const { join } = require('node:path');
const c = require('./lib/common');
const h = require('./lib/product-http');

const RUNS = c.option('runs', { quick: 3, full: 3 });
const DURATION = c.option('duration', { quick: 3, full: 5 });
const CASES = c.option('cases', { quick: 300, full: 1000 });
const SETTLE_MS = 3000;

/** One load run (POST then GET at 16 connections) against apiUrl, sampling every pid. */
async function loadRun(apiUrl, cases, pids, bare) {
  const samplers = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, c.rssSampler(pid)]));
  let next = 0;
  const pick = () => cases[next++ % cases.length];
  const post = bare
    ? await h.cannon(apiUrl, {
        connections: 16,
        durationSec: DURATION,
        method: 'POST',
        path: '/bare',
        build: (req) => (req.body = h.repairAttemptBody({ caseId: '0000', nonconformityId: 'x', sent: next++ })),
      })
    : await h.cannon(apiUrl, {
        connections: 16,
        durationSec: DURATION,
        method: 'POST',
        path: '/',
        build: (req) => {
          const theCase = pick();
          req.path = `/cases/${theCase.caseId}/repair-attempts`;
          req.body = h.repairAttemptBody(theCase);
        },
      });
  const get = bare
    ? await h.cannon(apiUrl, { connections: 16, durationSec: DURATION, method: 'GET', path: '/bare' })
    : await h.cannon(apiUrl, {
        connections: 16,
        durationSec: DURATION,
        method: 'GET',
        path: '/',
        build: (req) => (req.path = `/cases/${pick().caseId}`),
      });
  const rss = Object.fromEntries(Object.entries(samplers).map(([k, s]) => [k, s.stop().max]));
  return { rss, requests: post.total + get.total, non2xx: post.non2xx + get.non2xx };
}

const settle = () => c.sleep(SETTLE_MS);

async function run() {
  const server = await c.postgresServer();
  const machine = c.machine(await c.serverFacts(server.url));
  const results = {};

  // Bare Nest reference.
  {
    const bare = await c.startNode(join(__dirname, 'lib', 'bare-nest-app.js'), {
      name: 'bare-nest',
      port: await c.freePort(),
      ready: async (url) => (await fetch(`${url}/bare`)).status === 200,
    });
    await settle();
    const idle = c.memoryOf(bare.pid).rss;
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await loadRun(bare.url, [], { 'bare Nest': bare.pid }, true));
    results['bare Nest'] = { idle: { 'bare Nest': idle }, runs, peak: { 'bare Nest': c.memoryOf(bare.pid).hwm } };
    await bare.stop();
  }

  // all-in-one
  {
    const db = await c.createBenchDatabase(server.url, 'mem_aio');
    const app = await h.startProduct(db.url, { entry: 'all-in-one' });
    await settle();
    const idle = c.memoryOf(app.pid).rss;
    const cases = await h.openCases(app.url, CASES);
    await h.waitForProjection(db.url);
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      runs.push(await loadRun(app.url, cases, { 'all-in-one': app.pid }));
      await h.waitForProjection(db.url);
    }
    results['all-in-one'] = { idle: { 'all-in-one': idle }, runs, peak: { 'all-in-one': c.memoryOf(app.pid).hwm } };
    await app.stop();
  }

  // api + worker as separate processes
  {
    const db = await c.createBenchDatabase(server.url, 'mem_split');
    const api = await h.startProduct(db.url, { entry: 'api' }); // migrates and bootstraps first
    const worker = await h.startProduct(db.url, { entry: 'worker' });
    await settle();
    if (worker.child.exitCode !== null) throw new Error(`worker exited: see ${worker.logFile}`);
    const idle = { api: c.memoryOf(api.pid).rss, worker: c.memoryOf(worker.pid).rss };
    const cases = await h.openCases(api.url, CASES);
    await h.waitForProjection(db.url);
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      runs.push(await loadRun(api.url, cases, { api: api.pid, worker: worker.pid }));
      await h.waitForProjection(db.url);
    }
    results['api + worker'] = { idle, runs, peak: { api: c.memoryOf(api.pid).hwm, worker: c.memoryOf(worker.pid).hwm } };
    await worker.stop();
    await api.stop();
  }

  const rows = [];
  for (const [deployment, r] of Object.entries(results)) {
    for (const proc of Object.keys(r.idle)) {
      const load = c.spread(r.runs.map((x) => x.rss[proc]));
      rows.push([
        deployment,
        proc,
        c.fmt(r.idle[proc]),
        c.fmtSpread(load),
        c.fmt(r.peak[proc]),
        `${r.runs.reduce((a, x) => a + x.non2xx, 0)}/${r.runs.reduce((a, x) => a + x.requests, 0)}`,
      ]);
      r[`load_${proc}`] = load;
    }
  }
  console.log(
    `\n## Memory (RSS, MiB) – idle after ${SETTLE_MS / 1000} s, and max under load (16 connections, POST then GET, ${DURATION} s each): median (min–max) over ${RUNS} runs\n`,
  );
  console.log(c.table(['deployment', 'process', 'idle RSS', 'max RSS under load', 'peak (VmHWM)', 'non-2xx/requests'], rows));
  c.saveResult('memory', { machine, runs: RUNS, durationSec: DURATION, cases: CASES, results });
}

if (require.main === module) c.main(run);
module.exports = { run };
