'use strict';
/**
 * A realistic event log, generated and loaded fast.
 *
 * Generation: every case is a scripted history of COMMANDS run through the real domain decider
 * (caseDecider.decide from dist/libs/domain): so every event is one the product itself would
 * have accepted (dates not in the future, not before delivery, odometer never backwards, claims in
 * order, valid VINs with check digits, all 51 jurisdictions). A refused command is counted and
 * skipped (the report prints the count; it should be 0). Each case gets an event budget so that
 * `cases` cases hold exactly `events` events (10 per case on average for 10^6 / 10^5).
 *
 * Order: cases are generated in cohorts; within a cohort all events are sorted by the time they
 * were recorded, so consecutive events in the global log belong to different cases, as in a real
 * firm's log (the projection sees each case many times, not one case's history in one go).
 *
 * Loading: per cohort, one transaction that inserts the streams into es_streams and the events
 * into es_events with INSERT ... SELECT FROM unnest(arrays) in chunks (a multi-row insert, not
 * one es_append per event: that is benchmark 1's subject). The rows are exactly what es_append
 * writes: same columns, version = events in stream, contiguous stream_version, unique event ids,
 * recorded_at = when the fact was entered; transaction_id is the loader's (one per cohort), and
 * readers order by (transaction_id, global_position) as for any other writer.
 */
const { randomUUID } = require('node:crypto');
const { product, log } = require('./common');

// ---------------------------------------------------------------- deterministic randomness

function rngFrom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** RFC 4122 v4-shaped id from the generator (deterministic per seed). */
    uuid() {
      const h = () =>
        Math.floor(next() * 0x10000)
          .toString(16)
          .padStart(4, '0');
      return `${h()}${h()}-${h()}-4${h().slice(1)}-${(8 + Math.floor(next() * 4)).toString(16)}${h().slice(1)}-${h()}${h()}${h()}`;
    },
  };
}

// ---------------------------------------------------------------- dates

const DAY = 86_400_000;
const toDate = (ms) => new Date(ms).toISOString().slice(0, 10);
const fromDate = (date) => Date.parse(`${date}T00:00:00Z`);
/** Today in the product's legal time zone (America/New_York): the decider's "today". */
const legalToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());

// ---------------------------------------------------------------- vocabulary

const VEHICLES = [
  ['BMW', 'X5 xDrive40i', 'BMW of North America'],
  ['Ford', 'F-150 Lightning', 'Ford Motor Company'],
  ['Chevrolet', 'Silverado 1500', 'General Motors LLC'],
  ['Tesla', 'Model Y', 'Tesla, Inc.'],
  ['Toyota', 'RAV4 Hybrid', 'Toyota Motor Sales, U.S.A.'],
  ['Jeep', 'Grand Cherokee 4xe', 'FCA US LLC'],
  ['Hyundai', 'Ioniq 5', 'Hyundai Motor America'],
  ['Kia', 'EV6', 'Kia America, Inc.'],
  ['Honda', 'CR-V', 'American Honda Motor Co.'],
  ['Nissan', 'Ariya', 'Nissan North America, Inc.'],
  ['Volkswagen', 'ID.4', 'Volkswagen Group of America'],
  ['Mercedes-Benz', 'EQE 350', 'Mercedes-Benz USA, LLC'],
];
const WMI = ['5UX', '1FT', '1GC', '7SA', '2T3', '1C4', 'KM8', 'KNA', '2HK', 'JN1', '1V2', 'W1K'];
const DEFECTS = [
  ['Brake pedal sinks at low speed', true],
  ['Transmission slips between 2nd and 3rd gear', true],
  ['Infotainment screen reboots while driving', false],
  ['Steering wheel vibrates above 50 mph', true],
  ['Battery drains overnight; no start', false],
  ['Check-engine light with misfire codes', false],
  ['Power steering assist cuts out', true],
  ['Water leak at the rear hatch', false],
  ['Adaptive cruise control brakes for no reason', true],
  ['HVAC blows hot air on cold setting', false],
];
const FIRST = ['Maria', 'James', 'Aisha', 'Wei', 'Carlos', 'Olivia', 'Dmitri', 'Fatima', 'Noah', 'Priya', 'Liam', 'Sofia'];
const LAST = ['Delgado', 'Smith', 'Okafor', 'Chen', 'Ramirez', 'Johnson', 'Ivanov', 'Haddad', 'Brown', 'Patel', 'Nguyen', 'Garcia'];
const DEALERS = ['Bay Area BMW Service', 'Sunrise Ford', 'Metro Chevrolet', 'Tesla Service Center', 'Lakeside Toyota', 'Capitol Jeep'];
const OOS_REASONS = ['waiting for parts', 'towed to dealer', 'loaner unavailable; vehicle undrivable', 'dealer diagnosis backlog'];
const NOTES = [
  'Client called about loaner',
  'Requested repair orders from dealer',
  'Sent retainer agreement',
  'Reviewed warranty booklet',
  'Client uploaded photos',
];

let vinTools;
/** A valid 17-character VIN (check digit per 49 CFR 565.15), using the product's own check-digit code. */
function vinFor(rng, index, modelYear, make) {
  vinTools ??= product('apps/api/src/validation/vin');
  const ALPHA = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const YEAR = 'ABCDEFGHJKLMNPRSTVWXY123456789'; // model-year code cycle from 2010 (A)
  const wmi = WMI[VEHICLES.findIndex((v) => v[0] === make)] ?? '1FT';
  let vds = '';
  for (let i = 0; i < 5; i++) vds += ALPHA[rng.int(0, ALPHA.length - 1)];
  const serial = String(100000 + (index % 900000));
  const draft = `${wmi}${vds}0${YEAR[(modelYear - 2010) % 30]}${ALPHA[rng.int(0, 22)]}${serial}`;
  return `${draft.slice(0, 8)}${vinTools.computeVinCheckDigit(draft)}${draft.slice(9)}`;
}

// ---------------------------------------------------------------- one case

/**
 * The commands of one case, in order, with the date each is entered. `budget` = events wanted.
 * Every date stays <= today; when the timeline reaches today the remainder are notes.
 */
function* caseScript(rng, index, budget, today, jurisdictions) {
  const todayMs = fromDate(today);
  const caseId = rng.uuid();
  const [make, model, manufacturer] = rng.pick(VEHICLES);
  // Deliveries over the ~4 years before today (at least 30 days ago).
  const deliveryMs = todayMs - rng.int(30, 4 * 365) * DAY;
  const deliveryDate = toDate(deliveryMs);
  const deliveryYear = Number(deliveryDate.slice(0, 4));
  const modelYear = deliveryYear + rng.int(0, 1);
  const odometerAtDelivery = rng.int(3, 60);
  let day = deliveryMs; // the timeline cursor: facts happen on or after it
  let mileage = odometerAtDelivery;
  const milesPerDay = rng.int(15, 60);
  const advance = (lo, hi) => {
    const days = rng.int(lo, hi);
    day += days * DAY;
    mileage += days * milesPerDay;
  };
  const open = {
    type: 'OpenCase',
    data: {
      caseId,
      client: { name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`, email: `client${index}@example.com` },
      vehicle: { vin: vinFor(rng, index, modelYear, make), make, model, modelYear },
      jurisdiction: jurisdictions[index % jurisdictions.length],
      acquisition: { type: rng.chance(0.75) ? 'purchase' : 'lease', deliveryDate, odometerAtDelivery, price: rng.int(28, 95) * 1000 },
      warranty: rng.chance(0.5) ? { months: 36, miles: 36000 } : { months: 48, miles: 50000 },
      manufacturer: { name: manufacturer, noticeRequirementDisclosed: true },
    },
  };
  let left = budget;
  yield { command: open, on: deliveryDate, caseId };
  left--;
  advance(3, 45);
  const emit = (command) => {
    left--;
    return { command, on: toDate(Math.min(day, todayMs)), caseId };
  };
  const past = () => day > todayMs;

  const defects = [];
  const nDefects = Math.min(left, budget >= 12 ? 2 : 1);
  for (let d = 0; d < nDefects && !past(); d++) {
    const [description, safetyCritical] = rng.pick(DEFECTS);
    const nonconformityId = rng.uuid();
    defects.push(nonconformityId);
    yield emit({
      type: 'ReportNonconformity',
      data: { nonconformityId, description, safetyCritical, firstReportedOn: toDate(day), mileage },
    });
  }
  // Repair attempts: the bulk of a case (about half its events).
  const attempts = [];
  const nRepairs = Math.max(1, Math.round(left * 0.5));
  for (let r = 0; r < nRepairs && left > 0 && defects.length && !past(); r++) {
    const repairAttemptId = rng.uuid();
    const stay = rng.int(0, 14);
    const dateIn = toDate(day);
    const mileageIn = mileage;
    const dateOutMs = day + stay * DAY;
    const data = {
      repairAttemptId,
      repairOrderNumber: `RO-${index}-${r + 1}`,
      dealer: rng.pick(DEALERS),
      dateIn,
      mileageIn,
      nonconformityIds: [rng.pick(defects)],
      outcome: rng.pick(['not_fixed', 'not_fixed', 'not_fixed', 'parts_on_order', 'no_problem_found', 'fixed']),
    };
    if (dateOutMs <= todayMs) {
      data.dateOut = toDate(dateOutMs);
      data.mileageOut = mileageIn + rng.int(0, 20);
      day = dateOutMs;
      mileage = data.mileageOut;
    }
    attempts.push(data);
    yield emit({ type: 'RecordRepairAttempt', data });
    if (left > 0 && rng.chance(0.25) && !past()) {
      yield emit({
        type: 'RecordOutOfService',
        data: {
          intervalId: rng.uuid(),
          from: dateIn,
          to: toDate(Math.min(day + rng.int(0, 5) * DAY, todayMs)),
          reason: rng.pick(OOS_REASONS),
        },
      });
    }
    advance(7, 60);
  }
  if (left > 0 && attempts.length > 1 && rng.chance(0.3) && !past()) {
    const a = attempts[0];
    yield emit({
      type: 'CorrectRepairAttempt',
      data: { ...a, repairOrderNumber: `${a.repairOrderNumber}A`, correctionReason: 'RO number misread' },
    });
  }
  if (left > 0 && attempts.length > 2 && rng.chance(0.15) && !past()) {
    yield emit({
      type: 'VoidRepairAttempt',
      data: { repairAttemptId: attempts[attempts.length - 1].repairAttemptId, reason: 'duplicate entry' },
    });
  }
  if (left > 0 && rng.chance(0.5) && !past()) {
    yield emit({ type: 'ReportOdometer', data: { readingId: rng.uuid(), readOn: toDate(day), mileage, source: 'client photo' } });
  }
  if (left > 0 && defects.length && rng.chance(0.6) && !past()) {
    const sentOn = toDate(day);
    const received = day + rng.int(2, 6) * DAY;
    yield emit({
      type: 'NotifyManufacturer',
      data: {
        noticeId: rng.uuid(),
        sentOn,
        method: rng.pick(['certified_mail', 'email', 'certified_mail']),
        ...(received <= todayMs ? { receivedOn: toDate(received) } : {}),
        nonconformityIds: [...defects],
      },
    });
    advance(10, 30);
    if (left > 0 && rng.chance(0.35) && !past()) {
      const opportunityId = rng.uuid();
      yield emit({ type: 'OfferFinalRepairOpportunity', data: { opportunityId, offeredOn: toDate(day), nonconformityIds: [defects[0]] } });
      advance(5, 20);
      if (left > 0 && !past())
        yield emit({ type: 'CompleteFinalRepairOpportunity', data: { opportunityId, completedOn: toDate(day), outcome: 'not_fixed' } });
    }
  }
  if (left > 0 && rng.chance(0.4) && !past()) {
    const claimId = rng.uuid();
    yield emit({
      type: 'FileDisputeClaim',
      data: {
        claimId,
        program: rng.pick(['BBB_AUTO_LINE', 'BBB_AUTO_LINE', 'STATE_PROGRAM']),
        filedOn: toDate(day),
        manufacturerContactedFirst: true,
      },
    });
    advance(5, 15);
    if (left > 0 && rng.chance(0.3) && !past()) {
      yield emit({ type: 'RequestDisputeInspection', data: { claimId, requestedOn: toDate(day), additionalDays: rng.int(5, 30) } });
    }
    advance(20, 40);
    if (left > 0 && !past()) {
      const award = rng.pick(['repurchase', 'replacement', 'repair', 'no_award']);
      yield emit({ type: 'IssueDisputeDecision', data: { claimId, decidedOn: toDate(day), award, summary: 'Decision of the arbitrator' } });
      advance(3, 20);
      if (left > 0 && !past()) {
        if (award !== 'no_award' && rng.chance(0.7)) {
          yield emit({ type: 'AcceptDisputeDecision', data: { claimId, acceptedOn: toDate(day) } });
          advance(10, 30);
          if (left > 0 && !past()) yield emit({ type: 'RecordManufacturerCompliance', data: { claimId, compliedOn: toDate(day) } });
        } else {
          yield emit({ type: 'RejectDisputeDecision', data: { claimId, rejectedOn: toDate(day) } });
        }
      }
    }
  }
  // What is left of the budget: notes (allowed on any case), and sometimes a resolution first.
  if (left > 1 && rng.chance(0.3) && !past()) {
    yield emit({
      type: 'ResolveCase',
      data: {
        resolvedOn: toDate(day),
        resolution: rng.pick(['repurchase', 'settlement', 'replacement', 'withdrawn']),
        amount: rng.int(5, 60) * 1000,
      },
    });
  }
  while (left > 0) {
    if (day < todayMs) advance(1, 20);
    yield emit({ type: 'AddNote', data: { noteId: rng.uuid(), text: rng.pick(NOTES) } });
  }
}

/**
 * Generates cases [from, to) as rows ready to insert, sorted by recordedAt.
 * budgets: case i gets `perCase + delta`, delta alternating +k / -k so pairs average exactly perCase.
 */
function generateCohort({ from, to, totalCases, totalEvents, seed, today, organisationId, organisations = 20 }) {
  const domain = product('libs/domain/src');
  const { RULE_PACKS } = product('libs/state-rules/src');
  const jurisdictions = Object.keys(RULE_PACKS).sort();
  const decider = domain.caseDecider;
  const base = Math.floor(totalEvents / totalCases);
  const extra = totalEvents - base * totalCases; // the first `extra` cases get one more
  const rows = [];
  const streams = [];
  let refused = 0;
  const refusals = new Map();
  for (let index = from; index < to; index++) {
    const rng = rngFrom(seed * 1_000_003 + index);
    const spreadBy = Math.min(base - 2, 6);
    const delta = ((index >> 1) % (spreadBy + 1)) * (index % 2 === 0 ? 1 : -1);
    // the last case of an odd total keeps no delta so the sum stays exact
    const budget = base + (index < extra ? 1 : 0) + (index % 2 === 0 && index === totalCases - 1 ? 0 : delta);
    let state = decider.initialState();
    let version = 0;
    let lastMs = 0;
    let firstMs;
    let streamId;
    const actor = { userId: `user-${index % 97}`, organisationId: organisationId ?? `org-${index % organisations}`, role: 'attorney' };
    for (const { command, on, caseId } of caseScript(rng, index, budget, today, jurisdictions)) {
      streamId ??= `case-${caseId}`;
      let events;
      try {
        events = decider.decide(command, state, { today });
      } catch (error) {
        refused++;
        const key = `${command.type}: ${String(error.message).replace(/[0-9a-f-]{36}|\d{4}-\d\d-\d\d|[\d,]+/g, '…')}`;
        refusals.set(key, (refusals.get(key) ?? 0) + 1);
        continue;
      }
      for (const event of events) {
        version++;
        // Entered during office hours on the fact's date; strictly increasing per stream.
        let recordedMs = fromDate(on) + (13 + rng.int(0, 8)) * 3_600_000 + rng.int(0, 3_599_999);
        if (recordedMs <= lastMs) recordedMs = lastMs + rng.int(1_000, 600_000);
        lastMs = recordedMs;
        firstMs ??= recordedMs;
        const correlationId = rng.uuid();
        const id = rng.uuid(); // same draw order as before the fold took envelopes: the same dataset
        state = decider.evolve(state, { event, eventId: id, version, recordedAt: new Date(recordedMs).toISOString() });
        rows.push({
          streamId,
          version,
          id,
          type: event.type,
          data: JSON.stringify(event.data),
          metadata: JSON.stringify({
            correlationId,
            causationId: correlationId,
            actor,
            occurredOn: occurredOnOf(event),
            commandType: command.type,
          }),
          recordedMs,
        });
      }
    }
    if (version > 0) streams.push({ streamId, version, createdMs: firstMs, updatedMs: lastMs });
  }
  rows.sort((a, b) => a.recordedMs - b.recordedMs);
  return { rows, streams, refused, refusals };
}

/** As the command handler fills metadata.occurredOn. */
function occurredOnOf(event) {
  const d = event.data;
  for (const key of [
    'dateIn',
    'from',
    'readOn',
    'sentOn',
    'offeredOn',
    'completedOn',
    'filedOn',
    'requestedOn',
    'decidedOn',
    'acceptedOn',
    'rejectedOn',
    'compliedOn',
    'resolvedOn',
    'firstReportedOn',
  ]) {
    if (typeof d[key] === 'string') return d[key];
  }
  return event.type === 'CaseOpened' ? d.acquisition.deliveryDate : undefined;
}

const CHUNK = 5000;

async function insertCohort(pool, { rows, streams }) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (let i = 0; i < streams.length; i += CHUNK) {
      const part = streams.slice(i, i + CHUNK);
      await client.query(
        `INSERT INTO es_streams (stream_id, stream_type, version, created_at, updated_at)
         SELECT s, 'case', v, to_timestamp(c / 1000.0), to_timestamp(u / 1000.0)
           FROM unnest($1::text[], $2::bigint[], $3::float8[], $4::float8[]) AS t(s, v, c, u)`,
        [part.map((s) => s.streamId), part.map((s) => s.version), part.map((s) => s.createdMs), part.map((s) => s.updatedMs)],
      );
    }
    for (let i = 0; i < rows.length; i += CHUNK) {
      const part = rows.slice(i, i + CHUNK);
      await client.query(
        `INSERT INTO es_events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata, recorded_at)
         SELECT s, v, id, ty, 1, d, m, to_timestamp(r / 1000.0)
           FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[], $7::float8[])
                WITH ORDINALITY AS t(s, v, id, ty, d, m, r, ord)
          ORDER BY ord`,
        [
          part.map((r) => r.streamId),
          part.map((r) => r.version),
          part.map((r) => r.id),
          part.map((r) => r.type),
          part.map((r) => r.data),
          part.map((r) => r.metadata),
          part.map((r) => r.recordedMs),
        ],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Appends cases [fromCase, toCase) of a log of `totalCases` cases / `totalEvents` events to the
 * store at `pool` (schema must exist). Returns {events, cases, refused, seconds}.
 * The same (seed, totalCases, totalEvents) always gives the same log, so sizes can grow in steps.
 * Generation runs in a worker thread, one cohort ahead of the inserts (both cores busy).
 */
async function loadCases(
  pool,
  { fromCase = 0, toCase, totalCases, totalEvents, seed = 7, cohortCases = 5000, today = legalToday(), organisationId, progress = true },
) {
  const { Worker } = require('node:worker_threads');
  const started = Date.now();
  let events = 0;
  let refused = 0;
  const refusals = new Map();
  let lastLog = Date.now();
  const worker = new Worker(__filename, {
    workerData: { fromCase, toCase, totalCases, totalEvents, seed, cohortCases, today, organisationId },
  });
  const queue = [];
  let waiting;
  let failure;
  worker.on('message', (m) => {
    queue.push(m);
    waiting?.();
  });
  worker.on('error', (error) => {
    failure = error;
    waiting?.();
  });
  const next = async () => {
    while (queue.length === 0 && !failure) await new Promise((r) => (waiting = r));
    waiting = undefined;
    if (failure) throw failure;
    return queue.shift();
  };
  try {
    for (;;) {
      const cohort = await next();
      if (cohort.done) break;
      worker.postMessage('more'); // generate the next cohort while this one is inserted
      await insertCohort(pool, cohort);
      events += cohort.rows.length;
      refused += cohort.refused;
      for (const [k, v] of cohort.refusals) refusals.set(k, (refusals.get(k) ?? 0) + v);
      if (progress && Date.now() - lastLog > 10_000) {
        lastLog = Date.now();
        log(
          `  loaded ${cohort.to.toLocaleString('en-US')} / ${toCase.toLocaleString('en-US')} cases, ${events.toLocaleString('en-US')} events`,
        );
      }
    }
  } finally {
    await worker.terminate();
  }
  await pool.query('ANALYZE es_events');
  await pool.query('ANALYZE es_streams');
  const seconds = (Date.now() - started) / 1000;
  if (refused > 0)
    log(
      `  the decider refused ${refused} generated commands: ${[...refusals]
        .slice(0, 5)
        .map(([k, v]) => `${v}x ${k}`)
        .join('; ')}`,
    );
  return { events, cases: toCase - fromCase, refused, refusals: Object.fromEntries(refusals), seconds };
}

// Worker side: generate cohorts on demand (one ahead), post them to the loader.
const threads = require('node:worker_threads');
if (!threads.isMainThread && threads.workerData?.cohortCases) {
  const { fromCase, toCase, totalCases, totalEvents, seed, cohortCases, today, organisationId } = threads.workerData;
  let from = fromCase;
  const produce = () => {
    if (from >= toCase) return threads.parentPort.postMessage({ done: true });
    const to = Math.min(toCase, from + cohortCases);
    const cohort = generateCohort({ from, to, totalCases, totalEvents, seed, today, organisationId });
    threads.parentPort.postMessage({ ...cohort, refusals: [...cohort.refusals], to });
    from = to;
  };
  threads.parentPort.on('message', produce);
  produce();
}

/** Event-type mix of the loaded log, for the report. */
async function eventMix(pool) {
  const { rows } = await pool.query(
    `SELECT event_type, count(*)::int AS n FROM es_events WHERE stream_id LIKE 'case-%' GROUP BY 1 ORDER BY 2 DESC`,
  );
  return Object.fromEntries(rows.map((r) => [r.event_type, r.n]));
}

module.exports = { loadCases, generateCohort, eventMix, legalToday, rngFrom };
