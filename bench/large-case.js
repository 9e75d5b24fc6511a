'use strict';
/**
 * Benchmark 7 – One large case (issue 10, "Speed and memory"): a case with 1,000 events reads at
 * p50 < 50 ms and writes at p50 < 30 ms, and memory stays proportional to the events, not quadratic.
 *
 * The product (all-in-one process, as `npm start` runs it) gets a large case built over HTTP:
 * opened, 3 nonconformities, then repair attempts (every 4th event, dates and mileage rising) and
 * notes (the rest; every other one shared) up to --events. Reference, same run, same process: a
 * small case of --small events built the same way. One client, exact per-request latency:
 *
 *  - write:             POST /cases/{id}/notes (the decider's state of the case is needed);
 *  - read after write:  POST a note, then GET /cases/{id}: the GET meets a new version, so the
 *                       summary, presumption and deadlines are computed for it (worst case, and
 *                       the figure the read goal is judged on);
 *  - read, unchanged:   GET /cases/{id} again with no write between (the usual case);
 *  - history page:      GET /cases/{id}/history?page=<last>&pageSize=50.
 *
 * Each run adds 2 x --requests notes to each case (the case grows; the sizes are printed).
 *
 * Memory: in this process, the product's own case-file code (dist/libs/cases) over the large
 * case's stored events: a case of n events is grown one event at a time as the cache does it
 * (each version extends the previous one, which is then dropped), with all views computed for the
 * newest version; retained heap after a full GC (10 copies held, divided by 10), for n = 1/8,
 * 1/4, 1/2 and all of the events.
 * Proportional = flat bytes per event. Also: the product process's peak RSS, and the bytes the
 * case holds in the event store and in the read models.
 *
 *   node bench/large-case.js [--events=1000] [--small=10] [--runs=3] [--requests=30] [--deployment=all-in-one|separate]
 */
const v8 = require('node:v8');
const vm = require('node:vm');
const c = require('./lib/common');
const h = require('./lib/product-http');

const EVENTS = c.option('events', 1000);
const SMALL = c.option('small', 10);
const RUNS = c.option('runs', 3);
const REQUESTS = c.option('requests', 30);
const GOALS = { readP50: 50, writeP50: 30 };
/** all-in-one (as `npm start` runs it) or separate (api and worker processes, as docker-compose runs them). */
const DEPLOYMENT = c.option('deployment', 'all-in-one');

/** Opens a case and writes events over HTTP until it has `size` events; returns its id and counters. */
async function buildCase(baseUrl, size, label) {
  const { caseId } = await h.request(baseUrl, 'POST', '/cases', {
    client: { name: `Large Case Client ${label}`, email: `large-${label}@example.com`, phone: '555-0100' },
    vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5 xDrive40i', modelYear: 2024 },
    jurisdiction: 'CA',
    acquisition: { type: 'purchase', deliveryDate: h.DELIVERY, odometerAtDelivery: 12 },
    warranty: { months: 48, miles: 50000 },
    manufacturer: 'BMW of North America',
  });
  const nonconformityIds = [];
  for (const description of ['Brake pedal sinks at low speed', 'Transmission slips into neutral', 'Infotainment reboots while driving']) {
    const { nonconformityId } = await h.request(baseUrl, 'POST', `/cases/${caseId}/nonconformities`, {
      description,
      safetyCritical: description.startsWith('Brake'),
      firstReportedOn: h.DELIVERY,
    });
    nonconformityIds.push(nonconformityId);
  }
  const theCase = { caseId, nonconformityId: nonconformityIds[0], sent: 0, notes: 0, events: 1 + nonconformityIds.length };
  let lastLog = Date.now();
  while (theCase.events < size) {
    if (theCase.events % 4 === 0) {
      theCase.nonconformityId = nonconformityIds[theCase.sent % nonconformityIds.length];
      await h.request(baseUrl, 'POST', `/cases/${caseId}/repair-attempts`, JSON.parse(h.repairAttemptBody(theCase)));
    } else {
      await writeNote(baseUrl, theCase);
    }
    theCase.events++;
    if (Date.now() - lastLog > 5000) {
      c.log(`  case ${label}: ${theCase.events}/${size} events`);
      lastLog = Date.now();
    }
  }
  return theCase;
}

const writeNote = (baseUrl, theCase) =>
  h.request(baseUrl, 'POST', `/cases/${theCase.caseId}/notes`, {
    text: `Call with the client about visit ${++theCase.notes}: still brakes soft after the dealer's last attempt.`,
    visibility: theCase.notes % 2 ? 'firm' : 'shared',
  });

/** ms of one request (whole answer read). */
async function timed(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const statsOf = (samples) => ({ p50: c.percentile(samples, 50), p99: c.percentile(samples, 99), n: samples.length });

/** One run of the four measurements on one case. */
async function measure(baseUrl, theCase) {
  const write = [];
  for (let i = 0; i < REQUESTS; i++) write.push(await timed(() => writeNote(baseUrl, theCase)));
  theCase.events += REQUESTS;
  const readAfterWrite = [];
  for (let i = 0; i < REQUESTS; i++) {
    await writeNote(baseUrl, theCase);
    theCase.events++;
    readAfterWrite.push(await timed(() => h.request(baseUrl, 'GET', `/cases/${theCase.caseId}`)));
  }
  const readUnchanged = [];
  for (let i = 0; i < REQUESTS; i++) readUnchanged.push(await timed(() => h.request(baseUrl, 'GET', `/cases/${theCase.caseId}`)));
  const lastPage = Math.ceil(theCase.events / 50);
  const history = [];
  for (let i = 0; i < REQUESTS; i++) {
    history.push(await timed(() => h.request(baseUrl, 'GET', `/cases/${theCase.caseId}/history?page=${lastPage}&pageSize=50`)));
  }
  const responseBytes = JSON.stringify(await h.request(baseUrl, 'GET', `/cases/${theCase.caseId}`)).length;
  return {
    write: statsOf(write),
    readAfterWrite: statsOf(readAfterWrite),
    readUnchanged: statsOf(readUnchanged),
    history: statsOf(history),
    responseBytes,
  };
}

/** A full GC from inside this process (no --expose-gc needed). */
function gc() {
  v8.setFlagsFromString('--expose-gc');
  vm.runInNewContext('gc')();
}

/** Copies of the case held at once for the memory figure: the signal over the heap's own noise. */
const COPIES = 10;

/**
 * Retained heap of one case of n events as the product caches it: its events (a copy of the
 * stored ones, as a read would bring them), grown one event at a time (each version extends the
 * previous, which is dropped), all views computed for the newest. COPIES such cases are held at
 * once and the heap divided by COPIES.
 */
function heapOfCase(events, n, today) {
  const { CaseFileVersion } = c.product('libs/cases/src/case-file/case-file-version');
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = [];
  let growMs = 0;
  let viewsMs = 0;
  for (let copy = 0; copy < COPIES; copy++) {
    const own = structuredClone(events.slice(0, n));
    const t0 = performance.now();
    let file = new CaseFileVersion(own[0].streamId.slice(5), own.slice(0, 1));
    for (let i = 1; i < n; i++) {
      file.caseState();
      file = file.extend(own.slice(i, i + 1));
    }
    const t1 = performance.now();
    file.summary(today);
    file.presumption(today);
    file.deadlines(today);
    file.history();
    viewsMs += performance.now() - t1;
    growMs += t1 - t0;
    held.push(file);
  }
  gc();
  const retained = (process.memoryUsage().heapUsed - before) / COPIES;
  return {
    events: n,
    copies: held.length,
    retainedBytes: retained,
    bytesPerEvent: retained / n,
    growMs: growMs / COPIES,
    viewsMs: viewsMs / COPIES,
  };
}

async function run() {
  const server = await c.postgresServer();
  const machine = c.machine(await c.serverFacts(server.url));
  const db = await c.createBenchDatabase(server.url, 'large_case');
  const separate = DEPLOYMENT === 'separate';
  const app = await h.startProduct(db.url, { entry: separate ? 'api' : 'all-in-one' });
  const worker = separate ? await h.startProduct(db.url, { entry: 'worker' }) : undefined;
  c.log(`product (${DEPLOYMENT}) pid ${app.pid} at ${app.url}; building a ${SMALL}-event and a ${EVENTS}-event case over HTTP`);
  const small = await buildCase(app.url, SMALL, 'small');
  const large = await buildCase(app.url, EVENTS, 'large');
  await h.waitForProjection(db.url);
  const sizeAtStart = { small: small.events, large: large.events };
  // warm-up: JIT and pools, on both cases
  await measure(app.url, { ...small, events: small.events });
  small.events += 2 * REQUESTS;
  await h.waitForProjection(db.url);

  const results = { small: [], large: [] };
  const loads = [];
  for (let r = 0; r < RUNS; r++) {
    for (const [name, theCase] of r % 2
      ? [
          ['large', large],
          ['small', small],
        ]
      : [
          ['small', small],
          ['large', large],
        ]) {
      const m = await measure(app.url, theCase);
      results[name].push(m);
      loads.push(require('node:os').loadavg()[0]);
      c.log(
        `run ${r + 1}/${RUNS} ${name.padEnd(5)} (${theCase.events} events): write p50 ${c.fmt(m.write.p50, 1)} ms, read after write p50 ${c.fmt(m.readAfterWrite.p50, 1)} ms, read unchanged p50 ${c.fmt(m.readUnchanged.p50, 1)} ms, history page p50 ${c.fmt(m.history.p50, 1)} ms; GET /cases/{id} answer ${c.fmt(m.responseBytes / 1024)} KiB`,
      );
      await h.waitForProjection(db.url);
    }
  }
  const processMemory = { [separate ? 'api' : 'all-in-one']: c.memoryOf(app.pid), ...(worker ? { worker: c.memoryOf(worker.pid) } : {}) };

  // Bytes the large case holds in storage: its events, and its rows in the read models.
  const { Client } = require('pg');
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const storage = (
    await client.query(
      `SELECT (SELECT sum(pg_column_size(e.*)) FROM es_events e WHERE stream_id = $1)::bigint AS event_bytes,
              (SELECT coalesce(sum(pg_column_size(s.*)), 0) FROM rm_case_summaries s WHERE case_id = $2::uuid)::bigint AS case_list_bytes,
              (SELECT coalesce(sum(pg_column_size(d.*)), 0) FROM rm_deadlines d WHERE case_id = $2::uuid)::bigint AS docket_bytes`,
      [`case-${large.caseId}`, large.caseId],
    )
  ).rows[0];
  // int8 may come back as a BigInt (the product registers that parser for log positions).
  for (const key of Object.keys(storage)) storage[key] = Number(storage[key]);
  await client.end();

  // Memory of the product's case-file code over the large case's real events (this process).
  const { PostgresEventStore } = c.product('libs/event-store/src/postgres/postgres-event-store');
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: db.url, max: 2 });
  const { events } = await new PostgresEventStore(pool).readStream(`case-${large.caseId}`);
  await pool.end();
  await app.stop();
  await worker?.stop();
  const today = new Date().toISOString().slice(0, 10);
  const sizes = [...new Set([Math.round(events.length / 8), Math.round(events.length / 4), Math.round(events.length / 2), events.length])];
  heapOfCase(events, events.length, today); // warm-up (JIT, rule packs loaded, lazy caches filled)
  const memory = sizes.map((n) => heapOfCase(events, n, today));

  const agg = (name, kind, field) => c.spread(results[name].map((m) => m[kind][field]));
  const rows = [];
  const summary = {};
  for (const kind of ['write', 'readAfterWrite', 'readUnchanged', 'history']) {
    summary[kind] = {};
    for (const name of ['small', 'large']) {
      summary[kind][name] = { p50: agg(name, kind, 'p50'), p99: agg(name, kind, 'p99') };
    }
    const ratio = c.spread(results.large.map((m, i) => m[kind].p50 / results.small[i][kind].p50));
    summary[kind].ratio = ratio;
    rows.push([
      {
        write: 'POST /cases/{id}/notes',
        readAfterWrite: 'GET /cases/{id} after a write',
        readUnchanged: 'GET /cases/{id} unchanged',
        history: 'GET …/history last page (50)',
      }[kind],
      c.fmtSpread(summary[kind].large.p50, 1),
      c.fmtSpread(summary[kind].large.p99, 1),
      c.fmtSpread(summary[kind].small.p50, 1),
      c.fmtRatio(ratio),
    ]);
  }
  console.log(
    `\n## One large case (${DEPLOYMENT}) – median (min–max) over ${RUNS} runs of ${REQUESTS} requests each, 1 client; large case ${sizeAtStart.large}–${large.events} events, small (reference) ${sizeAtStart.small}–${small.events}\n`,
  );
  console.log(c.table(['request', 'large p50 ms', 'large p99 ms', 'small p50 ms (reference)', 'large / small p50'], rows));
  const readP50 = summary.readAfterWrite.large.p50.median;
  const writeP50 = summary.write.large.p50.median;
  console.log(
    `Goal read p50 < ${GOALS.readP50} ms (after a write, new version): ${c.fmt(readP50, 1)} ms ${readP50 < GOALS.readP50 ? 'MET' : 'MISSED'}`,
  );
  console.log(`Goal write p50 < ${GOALS.writeP50} ms: ${c.fmt(writeP50, 1)} ms ${writeP50 < GOALS.writeP50 ? 'MET' : 'MISSED'}`);

  console.log(`\n## Memory of one case as the product caches it (grown event by event, all views of the newest version)\n`);
  console.log(
    c.table(
      ['events', 'retained heap KiB per case', 'bytes per event', 'grow event by event ms', 'views of newest ms'],
      memory.map((m) => [c.fmt(m.events), c.fmt(m.retainedBytes / 1024), c.fmt(m.bytesPerEvent), c.fmt(m.growMs, 1), c.fmt(m.viewsMs, 1)]),
    ),
  );
  const perEvent = memory.map((m) => m.bytesPerEvent);
  const growth = perEvent[perEvent.length - 1] / perEvent[0];
  console.log(
    `Goal memory proportional to events: bytes per event at ${c.fmt(memory.at(-1).events)} events = ${c.fmt(growth, 2)}x those at ${c.fmt(memory[0].events)} (quadratic would be ${c.fmt(memory.at(-1).events / memory[0].events, 1)}x) ${growth < 1.5 ? 'MET' : 'MISSED'}`,
  );
  console.log(
    `Storage of the large case: events ${c.fmt(storage.event_bytes / 1024)} KiB; read models: case list row ${c.fmt(storage.case_list_bytes / 1024, 1)} KiB, docket rows ${c.fmt(storage.docket_bytes / 1024, 1)} KiB. Peak RSS (VmHWM): ${Object.entries(
      processMemory,
    )
      .map(([k, m]) => `${k} ${c.fmt(m.hwm)} MiB`)
      .join(', ')}.`,
  );
  c.saveResult(separate ? 'large-case-separate' : 'large-case', {
    machine,
    deployment: DEPLOYMENT,
    runs: RUNS,
    requests: REQUESTS,
    sizes: { start: sizeAtStart, end: { small: small.events, large: large.events } },
    loadavgDuringRuns: loads,
    goals: GOALS,
    summary,
    memory,
    storage,
    processMemory,
    results,
  });
}

if (require.main === module) c.main(run);
module.exports = { run };
