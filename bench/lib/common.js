'use strict';
/**
 * Shared plumbing for the benchmarks: sizes (quick / full), the PostgreSQL server (embedded unless
 * DATABASE_URL is set), a throw-away database per benchmark, child processes that are always
 * stopped, statistics and output. Plain CommonJS that requires the compiled product from dist/.
 */
const { randomBytes } = require('node:crypto');
const { spawn } = require('node:child_process');
const { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } = require('node:fs');
const { tmpdir, cpus, totalmem, loadavg } = require('node:os');
const { join, resolve } = require('node:path');
const { createServer } = require('node:net');

const ROOT = resolve(__dirname, '..', '..');
/** The compiled product; BENCH_DIST points at a patched scratch copy (bench/experiments/scratch-dist.js). */
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, 'dist');

/** Requires a compiled product module, with a clear message when `npm run build` has not run. */
function product(relative) {
  const path = join(DIST, relative);
  if (!existsSync(`${path}.js`) && !existsSync(join(path, 'index.js'))) {
    throw new Error(`${path} not found: run \`npm run build\` first (npm run bench does)`);
  }
  return require(path);
}

// ---------------------------------------------------------------- sizes

/** `--full` (or BENCH_PROFILE=full) = the sizes the goals are stated for; default quick. */
const PROFILE = process.argv.includes('--full') || process.env.BENCH_PROFILE === 'full' ? 'full' : 'quick';

/** `--name=value` from argv, else the environment BENCH_<NAME>, else the profile's default. */
function option(name, defaults) {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  const env = process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  const raw = flag ? flag.slice(name.length + 3) : env;
  if (raw !== undefined && raw !== '') return /^[\d.e_]+$/i.test(raw) ? Number(raw.replace(/_/g, '')) : raw;
  return typeof defaults === 'object' ? defaults[PROFILE] : defaults;
}

// ---------------------------------------------------------------- statistics

const sortNum = (values) => [...values].sort((a, b) => a - b);
/** Nearest-rank percentile (p in 0..100) of unsorted values. */
function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = sortNum(values);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
const median = (values) => {
  if (values.length === 0) return NaN;
  const s = sortNum(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
/** median, min, max of several runs' figures. */
const spread = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });

/** Latency samples (ms) kept compactly: a Float64Array that grows. */
class Samples {
  constructor(capacity = 1 << 16) {
    this.values = new Float64Array(capacity);
    this.length = 0;
  }
  push(value) {
    if (this.length === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }
  percentile(p) {
    if (this.length === 0) return NaN;
    const sorted = this.values.slice(0, this.length).sort();
    return sorted[Math.min(this.length - 1, Math.max(0, Math.ceil((p / 100) * this.length) - 1))];
  }
}

// ---------------------------------------------------------------- formatting

const fmt = (value, digits = 0) =>
  value === undefined || value === null || Number.isNaN(value)
    ? '–'
    : Number(value).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** "12,345 (11,900–12,800)": median and range over runs. */
const fmtSpread = (s, digits = 0) => `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;
const fmtRatio = (s) => `${fmt(s.median, 2)}x (${fmt(s.min, 2)}–${fmt(s.max, 2)})`;

function table(headers, rows) {
  const all = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(all[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...all.slice(1).map(line)].join('\n');
}

const log = (...parts) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${parts.join(' ')}\n`);

// ---------------------------------------------------------------- cleanup of everything we started

const cleanups = [];
let cleaning;
/** Registers an async cleanup; they run in reverse order on normal end, error and signals. */
function onCleanup(fn) {
  cleanups.push(fn);
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}
async function cleanupAll() {
  if (!cleaning) {
    cleaning = (async () => {
      while (cleanups.length) {
        const fn = cleanups.pop();
        try {
          await fn();
        } catch (error) {
          log('cleanup failed:', error.message);
        }
      }
    })();
  }
  return cleaning;
}
const children = new Set();
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: stopping children and dropping the bench database`);
    cleanupAll().finally(() => process.exit(130));
  });
}

/** Runs a benchmark's main: cleanups always run; the exit code tells success. */
function main(fn) {
  fn()
    .then(async () => {
      await cleanupAll();
      process.exit(0);
    })
    .catch(async (error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      await cleanupAll();
      process.exit(1);
    });
}

// ---------------------------------------------------------------- PostgreSQL

/**
 * The server to benchmark on: DATABASE_URL when set (any database on it; we create our own),
 * otherwise an embedded PostgreSQL in a temporary directory, removed when we stop it.
 */
async function postgresServer() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false };
  const { startEmbeddedPostgres } = product('libs/platform/src');
  const dataDir = mkdtempSync(join(tmpdir(), 'lemon-bench-pg-'));
  log(`DATABASE_URL unset: starting an embedded PostgreSQL in ${dataDir}`);
  const handle = await startEmbeddedPostgres({ dataDir, persistent: false });
  onCleanup(() => handle.stop());
  return { url: handle.url, embedded: true };
}

const withDatabase = (url, database) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/** CREATE DATABASE bench_<random>; dropped (WITH FORCE) at cleanup unless BENCH_KEEP_DB=1. */
async function createBenchDatabase(serverUrl, label = '') {
  const { Client } = require('pg');
  const name = `bench_${label ? `${label}_` : ''}${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  if (process.env.BENCH_KEEP_DB !== '1') onCleanup(() => dropDatabase(serverUrl, name));
  return { name, url: withDatabase(serverUrl, name) };
}

async function dropDatabase(serverUrl, name) {
  const { Client } = require('pg');
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function serverFacts(url) {
  const { Client } = require('pg');
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const settings = {};
    for (const name of ['server_version', 'shared_buffers', 'synchronous_commit', 'fsync', 'max_connections', 'wal_level']) {
      settings[name] = (await c.query(`SHOW ${name}`)).rows[0][name];
    }
    return settings;
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------- processes

const freePort = () =>
  new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });

/** A bootstrap admin key in the product's format: ll_ + 43 URL-safe characters. */
const bootstrapKey = () => `ll_${randomBytes(32).toString('base64url')}`;

/**
 * Starts `node <script>` (a path under dist/ or bench/) with env; waits until `ready(url)` answers.
 * Output goes to a log file; the process is stopped at cleanup (SIGTERM, then SIGKILL).
 */
async function startNode(script, { env = {}, port, ready, name = script, nodeArgs = [], timeoutMs = 60_000 } = {}) {
  const logDir = join(tmpdir(), 'lemon-bench-logs');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${name.replace(/[^\w.-]+/g, '_')}-${process.pid}-${Date.now()}.log`);
  const { openSync } = require('node:fs');
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: ROOT,
    env: { ...process.env, ...(port ? { PORT: String(port) } : {}), ...env },
    stdio: ['ignore', out, out],
  });
  children.add(child);
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    children.delete(child);
  };
  const unregister = onCleanup(stop);
  const url = port ? `http://127.0.0.1:${port}` : undefined;
  if (ready) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`${name} exited with ${child.exitCode} before it was ready; log: ${logFile}\n${tail(logFile)}`);
      }
      if (await ready(url).catch(() => false)) break;
      if (Date.now() > deadline) throw new Error(`${name} not ready after ${timeoutMs} ms; log: ${logFile}\n${tail(logFile)}`);
      await sleep(200);
    }
  }
  return {
    pid: child.pid,
    url,
    logFile,
    child,
    async stop() {
      unregister();
      await stop();
    },
  };
}

const tail = (file, lines = 30) => {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** {rss, hwm} in MiB from /proc (Linux); hwm = peak RSS of the process so far. */
function memoryOf(pid = process.pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, hwm: NaN };
  }
}

/**
 * CPU seconds (user + system, all threads) a process has used so far, from /proc/<pid>/stat
 * (Linux; NaN elsewhere). The difference over a run divided by its requests is the process's CPU
 * per request: unlike requests/s, it barely depends on what else the machine is running.
 */
function cpuSecondsOf(pid = process.pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks: USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

/** Samples a process's RSS every `everyMs` until stopped: {max, samples}. */
function rssSampler(pid, everyMs = 250) {
  const samples = [];
  const timer = setInterval(() => samples.push(memoryOf(pid).rss), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(memoryOf(pid).rss);
      const valid = samples.filter((v) => !Number.isNaN(v));
      return { max: Math.max(...valid), median: median(valid), samples: valid.length };
    },
  };
}

// ---------------------------------------------------------------- machine and results

/** The commit measured, and whether product files differed from it (others edit concurrently). */
function gitState() {
  const { execFileSync } = require('node:child_process');
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs'], { cwd: ROOT, encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean).length;
    return { head, uncommittedProductFiles: dirty };
  } catch {
    return undefined;
  }
}

function machine(pgSettings) {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    nproc: cpu.length,
    cpu: cpu[0]?.model,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres: pgSettings?.server_version,
    postgresSettings: pgSettings,
    loadavgAtStart: loadavg().map((v) => Math.round(v * 100) / 100),
    profile: PROFILE,
    git: gitState(),
    command: process.env.npm_lifecycle_event
      ? `npm run ${process.env.npm_lifecycle_event}`
      : `node ${process.argv
          .slice(1)
          .map((a) => a.replace(`${ROOT}/`, ''))
          .join(' ')}`,
  };
}

/** Writes bench/results/<name>.json (latest run) so the README figures can be traced to a file. */
function saveResult(name, result) {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}${process.env.BENCH_RESULT_SUFFIX ?? ''}${PROFILE === 'full' ? '' : '.quick'}.json`);
  writeFileSync(file, `${JSON.stringify({ ...result, loadavgAtEnd: loadavg().map((v) => Math.round(v * 100) / 100) }, null, 2)}\n`);
  log(`figures written to ${file.replace(`${ROOT}/`, '')}`);
}

module.exports = {
  ROOT,
  DIST,
  PROFILE,
  product,
  option,
  percentile,
  median,
  spread,
  Samples,
  fmt,
  fmtSpread,
  fmtRatio,
  table,
  log,
  onCleanup,
  cleanupAll,
  main,
  postgresServer,
  createBenchDatabase,
  dropDatabase,
  withDatabase,
  serverFacts,
  freePort,
  bootstrapKey,
  startNode,
  sleep,
  memoryOf,
  cpuSecondsOf,
  rssSampler,
  machine,
  saveResult,
};
