'use strict';
/**
 * Benchmark 2 – HTTP commands: autocannon against the product (all-in-one process: api + worker,
 * as `npm start` runs it) on POST /cases/{id}/repair-attempts and GET /cases/{id}, at 1, 16 and 64
 * connections, against a bare Nest route (GET and POST /bare returning a constant) started by this
 * bench on the same machine. Requests/s, p50/p99, non-2xx counts; RSS of the product under load.
 * Goal: p99 under 50 ms at 16 connections.
 *
 * Every POST is a new repair order on one of the cases opened beforehand (round robin), dated and
 * with mileage so that any arrival order is a valid history; every GET reads one of those cases.
 *
 *   node bench/http.js [--full] [--runs=N] [--duration=s] [--connections=1,16,64] [--cases=N] [--deployment=all-in-one|separate]
 *                      [--routes=get|post]   (only the GET pair or only the POST pair, each with its bare reference)
 */
const { join } = require('node:path');
const c = require('./lib/common');
const h = require('./lib/product-http');

const RUNS = c.option('runs', { quick: 3, full: 3 });
const DURATION = c.option('duration', { quick: 2, full: 5 });
const CONNECTIONS = String(c.option('connections', '1,16,64')).split(',').map(Number);
const CASES = c.option('cases', { quick: 500, full: 2000 });
/** all-in-one (as `npm start` runs it, the default) or separate (api and worker processes, as docker-compose runs them). */
const DEPLOYMENT = c.option('deployment', 'all-in-one');
/** `get` or `post`: measure one pair (product route and its bare reference) only; default both. */
const ROUTES = String(c.option('routes', 'get,post')).split(',');

async function run() {
  const server = await c.postgresServer();
  const machine = c.machine(await c.serverFacts(server.url));
  const db = await c.createBenchDatabase(server.url, 'http');
  const bare = await c
    .startNode(join(__dirname, 'lib', 'bare-nest-app.js'), {
      name: 'bare-nest',
      port: await c.freePort(),
      ready: async (url) => (await fetch(`${url}/bare`)).status === 200,
    })
    .then(async (b) => b);
  const separate = DEPLOYMENT === 'separate';
  const app = await h.startProduct(db.url, { entry: separate ? 'api' : 'all-in-one' });
  const worker = separate ? await h.startProduct(db.url, { entry: 'worker' }) : undefined;
  c.log(`product (${DEPLOYMENT}) pid ${app.pid} at ${app.url}, bare Nest pid ${bare.pid} at ${bare.url}`);
  const idle = c.memoryOf(app.pid);
  c.log(`opening ${CASES} cases over HTTP`);
  const cases = await h.openCases(app.url, CASES);
  await h.waitForProjection(db.url);

  let next = 0;
  const pick = () => cases[next++ % cases.length];
  const targets = {
    'bare GET': { base: bare.url, method: 'GET', path: '/bare' },
    // The same bare route answering ~16 kB of JSON (a typical case's answer): what the answer's size alone costs.
    'bare GET 16 kB': { base: bare.url, method: 'GET', path: '/bare/large' },
    'GET /cases/{id}': { base: app.url, method: 'GET', path: '/', build: (req) => (req.path = `/cases/${pick().caseId}`), product: true },
    'bare POST': {
      base: bare.url,
      method: 'POST',
      path: '/bare',
      build: (req) => (req.body = h.repairAttemptBody({ caseId: '00000000', nonconformityId: 'x', sent: next++ })),
    },
    'POST /cases/{id}/repair-attempts': {
      base: app.url,
      method: 'POST',
      path: '/',
      build: (req) => {
        const theCase = pick();
        req.path = `/cases/${theCase.caseId}/repair-attempts`;
        req.body = h.repairAttemptBody(theCase);
      },
      product: true,
    },
  };
  const names = Object.keys(targets).filter((n) => ROUTES.some((r) => n.toLowerCase().split(' ').includes(r)));
  const results = Object.fromEntries(names.map((n) => [n, Object.fromEntries(CONNECTIONS.map((k) => [k, []]))]));
  // warm-up: JIT, pools, caches
  for (const name of names) await h.cannon(targets[name].base, { ...targets[name], connections: 4, durationSec: 1 });
  await h.waitForProjection(db.url);
  for (let r = 0; r < RUNS; r++) {
    for (const connections of CONNECTIONS) {
      for (const name of names) {
        const t = targets[name];
        const sampler = t.product ? c.rssSampler(app.pid) : undefined;
        // CPU of the process that answers (the api's in the separate deployment): per request it
        // hardly depends on the machine's other load, unlike requests/s.
        const cpuPid = t.product ? app.pid : bare.pid;
        const cpuBefore = c.cpuSecondsOf(cpuPid);
        const m = await h.cannon(t.base, { ...t, connections, durationSec: DURATION, sampler: sampler && (() => sampler.stop()) });
        m.cpuMicrosecondsPerRequest = (1e6 * (c.cpuSecondsOf(cpuPid) - cpuBefore)) / m.total;
        results[name][connections].push(m);
        c.log(
          `run ${r + 1}/${RUNS} ${name.padEnd(32)} ${String(connections).padStart(2)} conns: ${c.fmt(m.requestsPerSecond)} req/s p50 ${c.fmt(m.p50, 1)} ms p99 ${c.fmt(m.p99, 1)} ms CPU ${c.fmt(m.cpuMicrosecondsPerRequest)} µs/req non-2xx ${m.non2xx} errors ${m.errors}${m.memory ? ` rss max ${c.fmt(m.memory.max)} MiB` : ''}`,
        );
        if (m.non2xx > 0) c.log(`  status codes: ${JSON.stringify(m.statusCodes)}`);
        // Let the projection catch up after writes, so the next GET measures reads, not lag.
        if (t.method === 'POST' && t.product) await h.waitForProjection(db.url);
      }
    }
  }
  const underLoad = c.memoryOf(app.pid);
  await app.stop();
  await worker?.stop();
  await bare.stop();

  const summary = {};
  const rows = [];
  const pairs = [
    ['bare GET 16 kB', 'bare GET'],
    ['GET /cases/{id}', 'bare GET'],
    ['POST /cases/{id}/repair-attempts', 'bare POST'],
  ].filter(([name]) => names.includes(name));
  for (const connections of CONNECTIONS) {
    summary[connections] = {};
    for (const [name, ref] of pairs) {
      for (const n of [ref, name]) {
        if (summary[connections][n]) continue; // a reference shared by two pairs, shown once
        const runs = results[n][connections];
        const s = {
          requestsPerSecond: c.spread(runs.map((m) => m.requestsPerSecond)),
          p50: c.spread(runs.map((m) => m.p50)),
          p99: c.spread(runs.map((m) => m.p99)),
          cpuMicrosecondsPerRequest: c.spread(runs.map((m) => m.cpuMicrosecondsPerRequest)),
          non2xx: runs.reduce((a, m) => a + m.non2xx, 0),
          errors: runs.reduce((a, m) => a + m.errors, 0),
          requests: runs.reduce((a, m) => a + m.total, 0),
          rssMaxMiB: runs[0].memory ? Math.max(...runs.map((m) => m.memory.max)) : undefined,
        };
        if (n === name) s.ratioToBare = c.spread(runs.map((m, i) => m.requestsPerSecond / results[ref][connections][i].requestsPerSecond));
        summary[connections][n] = s;
        rows.push([
          connections,
          n,
          c.fmtSpread(s.requestsPerSecond),
          c.fmtSpread(s.p50, 1),
          c.fmtSpread(s.p99, 1),
          c.fmtSpread(s.cpuMicrosecondsPerRequest),
          s.ratioToBare ? c.fmtRatio(s.ratioToBare) : '',
          `${s.non2xx}/${s.requests}${s.errors ? ` (+${s.errors} errors)` : ''}`,
        ]);
      }
    }
  }
  console.log(`\n## HTTP commands (${DEPLOYMENT}) – median (min–max) over ${RUNS} runs of ${DURATION} s, autocannon, ${CASES} cases\n`);
  console.log(
    c.table(['conns', 'route', 'requests/s', 'p50 ms', 'p99 ms', 'server CPU µs/request', 'vs bare Nest', 'non-2xx/requests'], rows),
  );
  const at16 = summary[16];
  if (at16) {
    for (const [name] of pairs.filter(([n]) => targets[n].product)) {
      const p99 = at16[name].p99.median;
      console.log(`Goal p99 < 50 ms at 16 connections, ${name}: ${c.fmt(p99, 1)} ms ${p99 < 50 ? 'MET' : 'MISSED'}`);
    }
  }
  console.log(
    `\nRSS of the ${separate ? 'api' : 'all-in-one'} process: idle ${c.fmt(idle.rss)} MiB after start; max under load ${c.fmt(Math.max(...CONNECTIONS.flatMap((k) => pairs.filter(([n]) => targets[n].product).map(([n]) => summary[k][n].rssMaxMiB))))} MiB; peak (VmHWM) ${c.fmt(underLoad.hwm)} MiB`,
  );
  c.saveResult(`${separate ? 'http-separate' : 'http'}${ROUTES.length === 1 ? `-${ROUTES[0]}` : ''}`, {
    machine,
    deployment: DEPLOYMENT,
    runs: RUNS,
    durationSec: DURATION,
    connections: CONNECTIONS,
    cases: CASES,
    idleRssMiB: idle.rss,
    peakRssMiB: underLoad.hwm,
    summary,
    results,
  });
}

if (require.main === module) c.main(run);
module.exports = { run };
