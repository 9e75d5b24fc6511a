'use strict';
/**
 * Where the time goes, for the goals the benchmarks miss (not part of `npm run bench`):
 *
 *   node bench/profile.js http      SQL statements per request for GET /me, GET /cases/{id} and
 *                                   POST /cases/{id}/repair-attempts (1 connection), plus a CPU
 *                                   profile of the all-in-one process (bench/results/profiles/);
 *                                   --connections=16 to profile under load, --only=get|post|me to
 *                                   profile one route, --seconds=N per route (default 3)
 *   node bench/profile.js rebuild   SQL statements per event and a CPU profile of one rebuild
 *                                   (--events=N --cases=N, default 10,000 / 1,000)
 *
 * Statements are counted by bench/lib/query-counter.js preloaded into the product process.
 */
const { join } = require('node:path');
const { readFileSync, mkdirSync, readdirSync } = require('node:fs');
const c = require('./lib/common');
const h = require('./lib/product-http');

const PROFILES = join(c.ROOT, 'bench', 'results', 'profiles');
const COUNTER = join(__dirname, 'lib', 'query-counter.js');
const ROUTE_PROFILER = join(__dirname, 'lib', 'route-profiler.js');

/** Top self-time functions of a .cpuprofile, grouped by package/file. */
function summariseProfile(file, top = 15) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const byPackage = new Map();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    const f = nodes.get(id).callFrame;
    const where = f.url.replace(/.*\/node_modules\/((@[^/]+\/)?[^/]+).*/, '$1').replace(/.*\/dist\//, 'dist/');
    const fn = `${f.functionName || '(anonymous)'} ${where}${f.url.includes('/dist/') ? `:${f.lineNumber}` : ''}`;
    self.set(fn, (self.get(fn) ?? 0) + dt);
    const pkg = where === '' ? f.functionName || '(native)' : where.startsWith('dist/') ? where.split('/').slice(0, 4).join('/') : where;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
    total += dt;
  });
  const fmtTop = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  // The profiler's own work (inspector dispatch) is not the product's.
  const idle = (self.get('(idle) ') ?? 0) + (self.get('dispatch ') ?? 0);
  return { seconds: total / 1e6, busySeconds: (total - idle) / 1e6, functions: fmtTop(self), packages: fmtTop(byPackage) };
}

async function dumpQueries(pid, file) {
  process.kill(pid, 'SIGUSR2');
  await c.sleep(300);
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function profileHttp() {
  const server = await c.postgresServer();
  const db = await c.createBenchDatabase(server.url, 'profile');
  mkdirSync(PROFILES, { recursive: true });
  const queryLog = join(PROFILES, `queries-${process.pid}.json`);
  const profDir = join(PROFILES, `http-${Date.now()}`);
  const app = await h.startProduct(db.url, {
    entry: 'all-in-one',
    nodeArgs: ['--require', COUNTER, '--require', ROUTE_PROFILER],
    env: { BENCH_QUERY_LOG: queryLog, BENCH_CPU_PROFILE_DIR: profDir },
  });
  const cases = await h.openCases(app.url, 200);
  await h.waitForProjection(db.url);
  await dumpQueries(app.pid, queryLog); // reset: setup not counted
  let next = 0;
  const pick = () => cases[next++ % cases.length];
  const routes = {
    'GET /me': { method: 'GET', path: '/me' },
    'GET /cases/{id}': { method: 'GET', path: '/', build: (req) => (req.path = `/cases/${pick().caseId}`) },
    'POST /cases/{id}/repair-attempts': {
      method: 'POST',
      path: '/',
      build: (req) => {
        const t = pick();
        req.path = `/cases/${t.caseId}/repair-attempts`;
        req.body = h.repairAttemptBody(t);
      },
    },
  };
  const connections = c.option('connections', 1);
  const seconds = c.option('seconds', 3);
  const only = c.option('only', '');
  const wanted = ([name]) => !only || name.toLowerCase().startsWith(`${only} `.toLowerCase());
  console.log(`\n## SQL statements per request (all-in-one process, ${connections} connection(s), ${seconds} s per route)\n`);
  const profiled = [];
  for (const [name, route] of Object.entries(routes).filter(wanted)) {
    // Warm-up (JIT, every case read once, caches filled): neither counted nor profiled.
    await h.cannon(app.url, { ...route, connections, durationSec: 2 });
    if (route.method === 'POST') await h.waitForProjection(db.url);
    await dumpQueries(app.pid, queryLog);
    const r = await h.cannon(app.url, { ...route, connections, durationSec: seconds });
    if (route.method === 'POST') await h.waitForProjection(db.url);
    const q = await dumpQueries(app.pid, queryLog);
    console.log(
      `${name}: ${c.fmt(r.requestsPerSecond)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${c.fmt(q.total / r.total, 1)} statements per request (incl. the worker's projection work for writes)`,
    );
    for (const s of q.byStatement.slice(0, 12)) console.log(`   ${c.fmt(s.n / r.total, 2).padStart(6)} x  ${s.sql}`);
    profiled.push([name, r.total]);
  }
  await c.sleep(1000); // the last profile is written after the signal
  await app.stop();
  // One profile per phase: 00 is the set-up, then a warm-up and a measured one per route, in order.
  const files = readdirSync(profDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort()
    .map((f) => join(profDir, f));
  profiled.forEach(([name, requests], i) => {
    const file = files[2 * i + 2];
    if (!file) return;
    const s = summariseProfile(file);
    console.log(
      `\nCPU profile of ${name} (${file.replace(`${c.ROOT}/`, '')}, ${c.fmt(s.seconds, 1)} s sampled, ${c.fmt((1000 * s.busySeconds) / requests, 2)} ms busy CPU per request), self time by package:\n${s.packages.join('\n')}\n\nby function:\n${s.functions.join('\n')}`,
    );
  });
}

async function profileRebuild() {
  const { prepareLog } = require('./rebuild');
  const { rebuildInChild } = require('./lib/product-db');
  const server = await c.postgresServer();
  const events = c.option('events', 10_000);
  const cases = c.option('cases', 1_000);
  const log = await prepareLog(server.url, { events, cases, label: 'profile' });
  mkdirSync(PROFILES, { recursive: true });
  const profDir = join(PROFILES, `rebuild-${Date.now()}`);
  const queryLog = join(PROFILES, `queries-rebuild-${process.pid}.json`);
  process.env.BENCH_QUERY_LOG = queryLog;
  const r = await rebuildInChild(log.url, { cpuProfileDir: profDir, countQueries: true });
  const q = JSON.parse(readFileSync(queryLog, 'utf8'));
  console.log(
    `\n## Rebuild of ${c.fmt(r.events)} events (${c.fmt(cases)} cases): ${c.fmt(r.eventsPerSecond)} events/s with the profiler on; ${c.fmt(q.total / r.events, 2)} SQL statements per event\n`,
  );
  for (const s of q.byStatement.slice(0, 12)) console.log(`   ${c.fmt(s.n / r.events, 3).padStart(6)} x  ${s.sql}`);
  const file = readdirSync(profDir).map((f) => join(profDir, f))[0];
  const s = summariseProfile(file);
  console.log(
    `\nCPU profile ${file.replace(`${c.ROOT}/`, '')} (${c.fmt(s.seconds, 1)} s sampled), self time by package:\n${s.packages.join('\n')}\n\nby function:\n${s.functions.join('\n')}`,
  );
}

c.main(async () => {
  const what = process.argv[2];
  if (what === 'http') return profileHttp();
  if (what === 'rebuild') return profileRebuild();
  throw new Error('usage: node bench/profile.js http|rebuild [--events=N --cases=N]');
});
