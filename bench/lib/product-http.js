'use strict';
/**
 * The product as its users run it: `node dist/apps/<entry>/src/main.js` as a child process on the
 * bench's database, plus the HTTP helpers the HTTP benchmarks share (auth header, realistic bodies,
 * an autocannon wrapper that counts non-2xx answers).
 */
const { join } = require('node:path');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const c = require('./common');

/** One key per bench process: every product process started by it accepts the same admin key. */
const API_KEY = process.env.BENCH_API_KEY || c.bootstrapKey();
const authHeaders = { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' };

const ENTRIES = {
  'all-in-one': 'apps/all-in-one/src/main.js',
  api: 'apps/api/src/main.js',
  worker: 'apps/worker/src/main.js',
};

/**
 * Starts a product process on databaseUrl. HTTP entries are ready when /health answers 200;
 * the worker when its log shows it started (it has no HTTP port) – we wait for its projection
 * checkpoint row instead, see waitForWorker.
 */
async function startProduct(databaseUrl, { entry = 'all-in-one', env = {}, nodeArgs = [] } = {}) {
  const port = entry === 'worker' ? undefined : await c.freePort();
  const health = async (url) => (await fetch(`${url}/health`, { headers: authHeaders })).status === 200;
  return c.startNode(join(c.DIST, ENTRIES[entry]), {
    name: entry,
    port,
    nodeArgs,
    env: {
      PORT: String(port ?? 0),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      BOOTSTRAP_ADMIN_API_KEY: API_KEY,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'lemon-bench-data-')), // never the developer's .data/
      // All load comes from one API key: the per-key rate limit (default 1,200/min) would turn
      // most of it into 429s. Raised for the benchmark only.
      RATE_LIMIT_PER_MINUTE: '1000000000',
      ...env,
    },
    ready: port ? health : undefined,
  });
}

async function request(baseUrl, method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: authHeaders,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path} -> ${response.status}: ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : undefined;
}

// Cases opened over HTTP for the command benchmark: delivered DELIVERY, so repair dates can run
// from DELIVERY to today (one distinct date and mileage per request until that range wraps).
const DELIVERY = '2024-06-03';
const DAY = 86_400_000;
const VINS = ['5UXCR6C06R9S12345', 'WBA5R1C00LFH12345', '1M8GDM9AXKP042788'];
const JURISDICTIONS = ['CA', 'NY', 'TX', 'FL', 'IL', 'PA', 'OH', 'GA', 'NC', 'MI'];

/** Opens n cases (each with one nonconformity) with `parallel` requests in flight. */
async function openCases(baseUrl, n, parallel = 8) {
  const cases = [];
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const { caseId } = await request(baseUrl, 'POST', '/cases', {
        client: { name: `Bench Client ${i}`, email: `bench${i}@example.com` },
        vehicle: { vin: VINS[i % VINS.length], make: 'BMW', model: 'X5 xDrive40i', modelYear: 2024 },
        jurisdiction: JURISDICTIONS[i % JURISDICTIONS.length],
        acquisition: { type: 'purchase', deliveryDate: DELIVERY, odometerAtDelivery: 12 },
        warranty: { months: 48, miles: 50000 },
        manufacturer: 'BMW of North America',
      });
      const { nonconformityId } = await request(baseUrl, 'POST', `/cases/${caseId}/nonconformities`, {
        description: 'Brake pedal sinks at low speed',
        safetyCritical: true,
        firstReportedOn: DELIVERY,
      });
      cases.push({ caseId, nonconformityId, sent: 0 });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return cases;
}

const daysUntilToday = () => Math.floor((Date.now() - Date.parse(`${DELIVERY}T00:00:00Z`)) / DAY) - 1;

/**
 * The k-th repair attempt of a case: dateIn = delivery + k days (wrapping before today), mileage
 * rising with the date, so any arrival order is a valid history (odometer never goes backwards).
 */
function repairAttemptBody(theCase, span = daysUntilToday()) {
  const k = theCase.sent++ % span;
  const dateIn = new Date(Date.parse(`${DELIVERY}T00:00:00Z`) + (k + 1) * DAY).toISOString().slice(0, 10);
  const dateOut = new Date(Date.parse(`${dateIn}T00:00:00Z`) + (k + 1 < span ? DAY : 0)).toISOString().slice(0, 10);
  return JSON.stringify({
    repairOrderNumber: `RO-${theCase.caseId.slice(0, 8)}-${theCase.sent}`,
    dealer: 'Bay Area BMW Service',
    dateIn,
    dateOut,
    mileageIn: 100 + k * 40,
    mileageOut: 100 + k * 40 + 5,
    nonconformityIds: [theCase.nonconformityId],
    outcome: 'not_fixed',
  });
}

/**
 * One autocannon run. `build(request)` mutates each request (path, body): it spreads requests over
 * cases. Returns requests/s, p50/p99 (ms), counts of non-2xx answers and errors.
 */
async function cannon(baseUrl, { connections, durationSec, method = 'GET', path = '/', build, sampler }) {
  const autocannon = require('autocannon');
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: durationSec,
    headers: authHeaders,
    requests: [
      {
        method,
        path,
        ...(build
          ? {
              setupRequest: (req) => {
                build(req);
                return req;
              },
            }
          : {}),
      },
    ],
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]));
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes,
    memory: sampler?.(),
  };
}

/** Waits until every projection and the alerts reactor have applied every event (no lag), up to timeoutMs. */
async function waitForProjection(databaseUrl, timeoutMs = 60_000) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query(
        // Every consumer the worker follows the log with (read models and the alerts reactor).
        `SELECT (SELECT CASE WHEN count(*) = 3 THEN min(position) END FROM rm_checkpoints
                  WHERE projection IN ('case-list', 'deadline-docket', 'case-alerts')) AS at,
                (SELECT lpad(transaction_id::text, 20, '0') || ':' || lpad(global_position::text, 19, '0') FROM es_events
                  WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot()) AND stream_id LIKE 'case-%'
                  ORDER BY transaction_id DESC, global_position DESC LIMIT 1) AS head`,
      );
      if (!rows[0].head || (rows[0].at && rows[0].at >= rows[0].head)) return true;
      if (Date.now() > deadline) return false;
      await c.sleep(100);
    }
  } finally {
    await client.end();
  }
}

module.exports = { API_KEY, authHeaders, startProduct, request, openCases, repairAttemptBody, cannon, waitForProjection, DELIVERY };
