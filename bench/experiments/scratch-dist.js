'use strict';
/**
 * Scratch-copy experiments for the HTTP goal (product source untouched): copies dist/ to
 * bench/.scratch/<variant>/dist, applies the named patches to the COMPILED JavaScript (each patch
 * asserts the exact text it replaces, so a changed product fails loudly instead of measuring
 * nothing), and runs the HTTP benchmark against each copy in turn (BENCH_DIST), baseline first.
 *
 *   node bench/experiments/scratch-dist.js [--variants=baseline,row-version,audit-async,lean-append,all]
 *        [--runs=3] [--duration=3] [--connections=16] [--cases=500]
 *
 * Patches (what each would change in the product source is in bench/README.md):
 *   row-version  CaseRowReader.read: the stream's version from es_streams (one row) instead of
 *                readStream (every event of the case) before reading the summary row.
 *   audit-async  AccessLogService.recordRead: the audit row is inserted in a transaction with
 *                SET LOCAL synchronous_commit = off (no WAL flush wait on every read).
 *   lean-append  es_append without NOTIFY / up-front duplicate lookup (see bench/append.js).
 */
const { cpSync, readFileSync, writeFileSync, rmSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');
const c = require('../lib/common');

const ORIGINAL_DIST = join(c.ROOT, 'dist');

const PATCHES = {
  'row-version': [
    {
      file: 'libs/cases/src/queries/case-row.reader.js',
      from: 'const { version } = await this.store.readStream((0, _domain.caseStreamId)(caseId));',
      to: "const version = Number((await this.dataSource.query('SELECT version FROM es_streams WHERE stream_id = $1', [(0, _domain.caseStreamId)(caseId)]))[0]?.version ?? 0);",
    },
  ],
  'audit-async': [
    {
      file: 'libs/access/src/audit/access-log.service.js',
      from: 'await this.dataSource.query(`INSERT INTO audit_case_reads',
      to: "await this.dataSource.transaction(async (m) => { await m.query('SET LOCAL synchronous_commit = off'); return m.query(`INSERT INTO audit_case_reads",
    },
    {
      file: 'libs/access/src/audit/access-log.service.js',
      from: '            new Date(this.clock.now().epochMilliseconds)\n        ]);\n    }\n    async reads(',
      to: '            new Date(this.clock.now().epochMilliseconds)\n        ]); });\n    }\n    async reads(',
    },
  ],
  'lean-append': [
    {
      file: 'libs/event-store/src/postgres/postgres-event-store.schema.js',
      from: () => require(join(ORIGINAL_DIST, 'libs/event-store/src/postgres/postgres-event-store.schema')).EVENT_STORE_DDL,
      to: () => require('../append').scratchDdl('lean'),
    },
  ],
};
PATCHES.all = [...PATCHES['row-version'], ...PATCHES['audit-async'], ...PATCHES['lean-append']];

function scratchCopy(variant) {
  const dir = join(c.ROOT, 'bench', '.scratch', variant, 'dist');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(ORIGINAL_DIST, dir, { recursive: true });
  for (const patch of PATCHES[variant] ?? []) {
    const file = join(dir, patch.file);
    const text = readFileSync(file, 'utf8');
    const from = typeof patch.from === 'function' ? patch.from() : patch.from;
    const to = typeof patch.to === 'function' ? patch.to() : patch.to;
    if (!text.includes(from))
      throw new Error(`patch ${variant}: text not found in ${patch.file}; the product changed, update the experiment`);
    writeFileSync(file, text.replace(from, to));
  }
  return dir;
}

c.main(async () => {
  const variants = String(c.option('variants', 'baseline,row-version,audit-async,lean-append,all')).split(',');
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--variants='));
  const defaults = ['--runs=3', '--duration=3', '--connections=16', '--cases=500'].filter(
    (d) => !args.some((a) => a.startsWith(d.split('=')[0])),
  );
  const summary = {};
  for (const variant of variants) {
    const dist = variant === 'baseline' ? ORIGINAL_DIST : scratchCopy(variant);
    c.log(`=== ${variant}: node bench/http.js ${[...defaults, ...args].join(' ')} (BENCH_DIST=${dist.replace(`${c.ROOT}/`, '')})`);
    const run = spawnSync(process.execPath, [join(c.ROOT, 'bench', 'http.js'), ...defaults, ...args], {
      cwd: c.ROOT,
      env: { ...process.env, BENCH_DIST: dist, BENCH_RESULT_SUFFIX: `-variant-${variant}` },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`http.js failed for ${variant}`);
    process.stdout.write(`\n### variant ${variant}\n${run.stdout}`);
    summary[variant] = JSON.parse(
      readFileSync(join(c.ROOT, 'bench', 'results', `http-variant-${variant}${c.PROFILE === 'full' ? '' : '.quick'}.json`), 'utf8'),
    ).summary;
  }
  const rows = [];
  for (const [variant, s] of Object.entries(summary)) {
    for (const [conns, routes] of Object.entries(s)) {
      for (const route of ['GET /cases/{id}', 'POST /cases/{id}/repair-attempts']) {
        const r = routes[route];
        rows.push([variant, conns, route, c.fmtSpread(r.requestsPerSecond), c.fmtSpread(r.p50, 1), c.fmtSpread(r.p99, 1), `${r.non2xx}`]);
      }
    }
  }
  console.log('\n## HTTP on patched scratch copies of dist/ (median (min–max) over runs)\n');
  console.log(c.table(['variant', 'conns', 'route', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx'], rows));
  c.saveResult('http-variants', { machine: c.machine(), summary });
});
