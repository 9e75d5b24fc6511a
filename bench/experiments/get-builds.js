'use strict';
/**
 * GET /cases/{id} of several builds of the product side by side (e.g. main and each commit of a
 * change): each build is an all-in-one process on its own database of the same PostgreSQL, with
 * the same cases opened over HTTP; runs alternate between the builds and the bare Nest references
 * (GET /bare and GET /bare/large, ~16 kB), reversing the order every other run, so every build
 * meets the same machine load. Prints requests/s, p50/p99 and the answering process's CPU per
 * request (user + system, from /proc: the figure that depends least on the machine's other load).
 *
 *   node bench/experiments/get-builds.js main=/path/to/main/dist new=dist [--runs=4] [--duration=4] [--cases=500] [--connections=16]
 *
 * A build is a compiled dist/ folder (`npx swc apps libs -d <checkout>/dist --config-file .swcrc -q`
 * in a checkout of that commit with node_modules beside it). Run it with Node 24 (`npx node` or
 * through npm), as the product runs.
 */
const B = require('node:path').join(__dirname, '..');
const { join } = require('node:path');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const c = require(`${B}/lib/common`);
process.env.BENCH_API_KEY ||= c.bootstrapKey();
const h = require(`${B}/lib/product-http`);
const variants = process.argv
  .slice(2)
  .filter((a) => a.includes('=') && !a.startsWith('--'))
  .map((a) => a.split('='));
const RUNS = c.option('runs', 4),
  DUR = c.option('duration', 4),
  CASES = c.option('cases', 500),
  CONN = c.option('connections', 16);
c.main(async () => {
  const server = await c.postgresServer();
  const bare = await c.startNode(join(B, 'lib', 'bare-nest-app.js'), {
    name: 'bare',
    port: await c.freePort(),
    ready: async (u) => (await fetch(`${u}/bare`)).status === 200,
  });
  const targets = [
    { name: 'bare', url: bare.url, pid: bare.pid, path: '/bare' },
    { name: 'bare16k', url: bare.url, pid: bare.pid, path: '/bare/large' },
  ];
  for (const [name, dist] of variants) {
    const db = await c.createBenchDatabase(server.url, name.replace(/\W/g, ''));
    const port = await c.freePort();
    const app = await c.startNode(join(dist, 'apps/all-in-one/src/main.js'), {
      name,
      port,
      env: {
        PORT: String(port),
        DATABASE_URL: db.url,
        LOG_LEVEL: 'warn',
        BOOTSTRAP_ADMIN_API_KEY: process.env.BENCH_API_KEY,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'lemon-ab-')),
        RATE_LIMIT_PER_MINUTE: '1000000000',
        WEB_DIST_DIR: '/nonexistent',
      },
      ready: async (u) => (await fetch(`${u}/health`)).status < 500,
    });
    const cases = await h.openCases(app.url, CASES);
    await h.waitForProjection(db.url);
    let next = 0;
    targets.push({ name, url: app.url, pid: app.pid, build: (req) => (req.path = `/cases/${cases[next++ % cases.length].caseId}`) });
  }
  const res = Object.fromEntries(targets.map((t) => [t.name, { rps: [], cpu: [], p99: [], p50: [], non2xx: 0 }]));
  for (const t of targets) await h.cannon(t.url, { connections: 4, durationSec: 2, path: t.path ?? '/', build: t.build });
  for (let r = 0; r < RUNS; r++) {
    const order = r % 2 ? [...targets].reverse() : targets;
    for (const t of order) {
      const before = c.cpuSecondsOf(t.pid);
      const m = await h.cannon(t.url, { connections: CONN, durationSec: DUR, path: t.path ?? '/', build: t.build });
      const cpu = (1e6 * (c.cpuSecondsOf(t.pid) - before)) / m.total;
      const x = res[t.name];
      x.rps.push(m.requestsPerSecond);
      x.cpu.push(cpu);
      x.p99.push(m.p99);
      x.p50.push(m.p50);
      x.non2xx += m.non2xx;
      c.log(
        `run ${r + 1} ${t.name.padEnd(12)} ${c.fmt(m.requestsPerSecond)} req/s p50 ${m.p50} p99 ${m.p99} cpu ${c.fmt(cpu)} µs/req non2xx ${m.non2xx}`,
      );
    }
  }
  const med = (a) => c.median(a);
  for (const t of targets) {
    const x = res[t.name];
    console.log(
      `${t.name.padEnd(12)} rps ${c.fmt(med(x.rps))} (${x.rps.map((v) => c.fmt(v)).join(' ')}) cpu µs/req ${c.fmt(med(x.cpu))} p50 ${med(x.p50)} p99 ${med(x.p99)} ratio-to-bare ${(med(x.rps) / med(res.bare.rps)).toFixed(3)} non2xx ${x.non2xx}`,
    );
  }
});
