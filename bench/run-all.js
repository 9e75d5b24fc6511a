'use strict';
/**
 * `npm run bench` (quick sizes, about 8 minutes on 2 cores) and `npm run bench:full` (the sizes
 * the goals are stated for: 10^6 events over 10^5 cases; about 25 minutes since session 3; the
 * cross-case goals alone, `npm run bench:full -- --only=rebuild,docket,scaling`, load the 10^6-event
 * log once and take about 15): every benchmark in one process, on one PostgreSQL server (embedded unless
 * DATABASE_URL is set), each in its own bench_<random> database, all dropped at the end.
 *
 * Order: evaluation, append, http, large-case, memory, rebuild (quick only: in full, the scaling run's
 * 10^6-event step is the catch-up figure), scaling, docket (on the scaling run's largest log).
 */
const c = require('./lib/common');

async function main() {
  const started = Date.now();
  const server = await c.postgresServer();
  process.env.DATABASE_URL = server.url; // every benchmark below uses this server
  const machine = c.machine(await c.serverFacts(server.url));
  console.log(`# Lemon Ledger benchmarks (${c.PROFILE})\n`);
  console.log(
    `${machine.date} – ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres} (${server.embedded ? 'embedded' : 'DATABASE_URL'}; shared_buffers ${machine.postgresSettings.shared_buffers}, synchronous_commit ${machine.postgresSettings.synchronous_commit}), load average at start ${machine.loadavgAtStart.join(' ')}, commit ${machine.git?.head}${machine.git?.uncommittedProductFiles ? ` + ${machine.git.uncommittedProductFiles} uncommitted product files` : ''}`,
  );
  const only = (process.argv.find((a) => a.startsWith('--only=')) ?? '').slice(7).split(',').filter(Boolean);
  const wanted = (name) => only.length === 0 || only.includes(name);
  const timings = {};
  const step = async (name, fn) => {
    if (!wanted(name)) return undefined;
    const t0 = Date.now();
    c.log(`=== ${name}`);
    const result = await fn();
    timings[name] = Math.round((Date.now() - t0) / 1000);
    return result;
  };
  await step('evaluation', () => require('./evaluation').run());
  await step('append', () => require('./append').run());
  await step('http', () => require('./http').run());
  await step('large-case', () => require('./large-case').run());
  await step('memory', () => require('./memory').run());
  // In full, the scaling run's 10^6 step is the catch-up figure (the log is generated once); a
  // full run of `rebuild` without `scaling` loads its own log.
  if (c.PROFILE === 'quick' || !wanted('scaling')) await step('rebuild', () => require('./rebuild').run());
  const largest = await step('scaling', () => require('./scaling').run());
  if (largest) {
    process.env.BENCH_DATASET_URL = largest.url;
    if (largest.organisationId) process.env.BENCH_DATASET_ORG = largest.organisationId;
  }
  await step('docket', () => require('./docket').run());
  console.log(
    `\nDone in ${Math.round((Date.now() - started) / 1000)} s (${Object.entries(timings)
      .map(([k, v]) => `${k} ${v} s`)
      .join(', ')}).`,
  );
}

c.main(main);
