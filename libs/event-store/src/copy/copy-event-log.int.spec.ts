import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@lemon/testing';
import type { EventStore, NewEvent, RecordedEvent } from '../event-store.port';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { CopyConflictError, copyEventLog, type CopyProgress } from './copy-event-log';

/**
 * The migration path, tested PostgreSQL -> PostgreSQL in another database (KurrentDB cannot run
 * here; the copy only talks to the port, so the KurrentDB side differs only in the adapter).
 */

/** Deterministic pseudo-random numbers, so a failure reproduces. */
const seeded = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const TYPES = [
  'NonconformityReported',
  'RepairAttemptRecorded',
  'OutOfServiceRecorded',
  'OdometerReported',
  'ManufacturerNotified',
  'NoteAdded',
];
const JURISDICTIONS = ['CA', 'TX', 'NY', 'FL', 'DC'];

/**
 * 20 case streams and 2 user streams. In each round, 6 of them append at once, so PostgreSQL
 * commits land out of position order. An append carries 1-3 events and realistic metadata. Two in
 * three give the application's recordedAt; the rest take the database clock.
 */
async function fillRealisticLog(store: EventStore): Promise<number> {
  const random = seeded(20_240_601);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const streams = [...Array.from({ length: 20 }, () => `case-${randomUUID()}`), `user-${randomUUID()}`, `user-${randomUUID()}`];
  const versions = new Map(streams.map((s) => [s, 0]));
  let clock = Date.parse('2024-01-02T09:00:00.000Z');
  let total = 0;
  for (let round = 0; round < 40; round++) {
    const chosen = [...streams].sort(() => random() - 0.5).slice(0, 6);
    const appends = chosen.map((stream) => {
      const count = 1 + Math.floor(random() * 3);
      const correlationId = randomUUID();
      const events: NewEvent[] = Array.from({ length: count }, (_, i) => ({
        id: randomUUID(),
        type: pick(TYPES),
        schemaVersion: 1 + Math.floor(random() * 2),
        data: {
          repairOrder: `RO-${round}-${i}`,
          mileage: Math.floor(random() * 90_000),
          defects: [pick(['brakes', 'transmission', 'infotainment']), 'engine stalls — “intermittent”'],
          dealer: { name: 'Main St Motors', state: pick(JURISDICTIONS) },
          safetyCritical: random() < 0.3,
          note: null,
        },
        metadata: {
          correlationId,
          causationId: randomUUID(),
          actor: { userId: `u-${Math.floor(random() * 5)}`, organisationId: 'firm-1', role: pick(['attorney', 'paralegal']) },
          occurredOn: `2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
          jurisdiction: pick(JURISDICTIONS),
        },
      }));
      const expected = versions.get(stream)!;
      versions.set(stream, expected + count);
      total += count;
      clock += 61_001;
      const recordedAt = random() < 2 / 3 ? new Date(clock) : undefined;
      return () => store.appendToStream(stream, events, { expected, recordedAt });
    });
    await Promise.all(appends.map((append) => append()));
  }
  return total;
}

const comparable = ({ position: _position, ...event }: RecordedEvent) => ({ ...event, recordedAt: event.recordedAt.toISOString() });

/** Everything a copy must preserve: the global order and every stream, without the adapter's positions. */
async function dump(store: EventStore, streamPrefix?: string) {
  const log: RecordedEvent[] = [];
  for (let after: string | undefined; ;) {
    const batch = await store.readAll({ after, limit: 250, streamPrefix });
    if (batch.length === 0) break;
    log.push(...batch);
    after = batch[batch.length - 1].position;
  }
  const streams: Record<string, unknown[]> = {};
  for (const id of [...new Set(log.map((e) => e.streamId))].sort()) {
    streams[id] = (await store.readStream(id)).events.map(comparable);
  }
  return { log: log.map(comparable), streams };
}

let sourceDb: TestDatabase;
let targetDb: TestDatabase;
let source: PostgresEventStore;
let target: PostgresEventStore;
let total: number;
let sourceDump: Awaited<ReturnType<typeof dump>>;

beforeAll(async () => {
  [sourceDb, targetDb] = await Promise.all([createTestDatabase('copy_source'), createTestDatabase('copy_target')]);
  await Promise.all([PostgresEventStore.migrate(sourceDb.pool), PostgresEventStore.migrate(targetDb.pool)]);
  source = new PostgresEventStore(sourceDb.pool);
  target = new PostgresEventStore(targetDb.pool);
  total = await fillRealisticLog(source);
  sourceDump = await dump(source);
}, 60_000);
afterAll(async () => Promise.all([sourceDb?.drop(), targetDb?.drop()]));
beforeEach(async () => {
  await targetDb.pool.query('TRUNCATE es_events, es_streams');
});

describe('copyEventLog: PostgreSQL -> PostgreSQL in another database', () => {
  it('has a realistic source: 22 streams, interleaved, with and without application recordedAt', () => {
    expect(Object.keys(sourceDump.streams)).toHaveLength(22);
    const switches = sourceDump.log.filter((e, i) => i > 0 && e.streamId !== sourceDump.log[i - 1].streamId).length;
    expect(switches).toBeGreaterThan(200);
    const fromApplication = sourceDump.log.filter((e) => e.recordedAt.startsWith('2024-')).length; // the rest: the database clock
    expect(fromApplication).toBeGreaterThan(total / 2);
    expect(fromApplication).toBeLessThan(total);
  });

  it('copies ids, per-stream order, types, schema versions, data, metadata, recordedAt and the global order', async () => {
    const seen: CopyProgress[] = [];
    const result = await copyEventLog({ from: source, to: target, batchSize: 100, onProgress: (p) => void seen.push(p) });
    expect(result).toMatchObject({
      completed: true,
      copied: total,
      skipped: 0,
      processed: total,
      total,
      checkpoint: await source.headPosition(),
    });
    expect(await dump(target)).toEqual(sourceDump);
    const checkpoints = seen.map((p) => p.checkpoint!);
    expect([...checkpoints].sort()).toEqual(checkpoints);
    expect(seen.map((p) => p.processed)).toEqual([...seen.map((p) => p.processed)].sort((a, b) => a - b));
  });

  it('an interrupted copy resumed from its reported checkpoint yields exactly the same result', async () => {
    const controller = new AbortController();
    const first = await copyEventLog({
      from: source,
      to: target,
      batchSize: 7,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.processed >= 37) controller.abort();
      },
    });
    expect(first.completed).toBe(false);
    expect(first.copied).toBeGreaterThanOrEqual(37);
    expect(first.copied).toBeLessThan(total);
    expect(await target.countEvents()).toBe(first.copied);

    const resumed = await copyEventLog({ from: source, to: target, batchSize: 50, resumeAfter: first.checkpoint });
    expect(resumed).toMatchObject({ completed: true, skipped: 0, copied: total - first.copied });
    expect(await dump(target)).toEqual(sourceDump);
  });

  it('a second full run changes nothing (idempotent by event id)', async () => {
    await copyEventLog({ from: source, to: target, batchSize: 500 });
    const before = await dump(target);
    const headBefore = await target.headPosition();
    const again = await copyEventLog({ from: source, to: target, batchSize: 13 });
    expect(again).toMatchObject({ completed: true, copied: 0, skipped: total });
    expect(await dump(target)).toEqual(before);
    expect(await target.headPosition()).toBe(headBefore);
  });

  it('copies only the streams with a prefix when asked', async () => {
    const result = await copyEventLog({ from: source, to: target, batchSize: 64, streamPrefix: 'case-' });
    const cases = await dump(source, 'case-');
    expect(result.copied).toBe(cases.log.length);
    expect(await dump(target)).toEqual(cases);
  });
});

describe('copyEventLog: reruns that overlap differently, conflicts, other adapters', () => {
  /** One stream whose three events were one append, then a second stream. */
  async function smallSource(): Promise<InMemoryEventStore> {
    const store = new InMemoryEventStore(() => new Date('2024-06-01T12:00:00.000Z'));
    const e = (type: string): NewEvent => ({
      id: randomUUID(),
      type,
      schemaVersion: 1,
      data: { type },
      metadata: { correlationId: randomUUID() },
    });
    await store.appendToStream('case-a', [e('A1'), e('A2'), e('A3')], { expected: 'no_stream' });
    await store.appendToStream('case-b', [e('B1')], { expected: 'no_stream' });
    await store.appendToStream('case-a', [e('A4')], { expected: 3 });
    return store;
  }

  it('a rerun from the start after a copy cut inside one append fills in the rest', async () => {
    const from = await smallSource();
    const controller = new AbortController();
    // Batch size 2 splits case-a's first append; stop after that half.
    const cut = await copyEventLog({ from, to: target, batchSize: 2, signal: controller.signal, onProgress: () => controller.abort() });
    expect(cut).toMatchObject({ completed: false, copied: 2 });
    const rerun = await copyEventLog({ from, to: target, batchSize: 500 });
    expect(rerun).toMatchObject({ completed: true, copied: 3, skipped: 2 }); // A3 (the rest of that append), B1, A4
    expect(await dump(target)).toEqual(await dump(from));
  });

  it('refuses to overwrite a different event already at that version in the target', async () => {
    const from = await smallSource();
    const to = new InMemoryEventStore();
    await to.appendToStream('case-b', [{ id: randomUUID(), type: 'Other', schemaVersion: 1, data: {}, metadata: {} }], {
      expected: 'no_stream',
    });
    const error = await copyEventLog({ from, to, batchSize: 10 }).catch((e) => e);
    expect(error).toBeInstanceOf(CopyConflictError);
    expect(error).toMatchObject({ streamId: 'case-b', streamVersion: 1 });
  });

  it('refuses to resume past events that were never copied', async () => {
    const from = await smallSource();
    const [, , third] = await from.readAll({ limit: 3 });
    const error = await copyEventLog({ from, to: new InMemoryEventStore(), batchSize: 10, resumeAfter: third.position }).catch((e) => e);
    expect(error).toBeInstanceOf(CopyConflictError);
    expect(error.message).toMatch(/never copied/);
  });

  it('PostgreSQL -> in-memory -> PostgreSQL keeps the log identical', async () => {
    const memory = new InMemoryEventStore();
    expect(await copyEventLog({ from: source, to: memory, batchSize: 120 })).toMatchObject({ completed: true, copied: total });
    expect(await dump(memory)).toEqual(sourceDump);
    expect(await copyEventLog({ from: memory, to: target, batchSize: 120 })).toMatchObject({ completed: true, copied: total });
    expect(await dump(target)).toEqual(sourceDump);
  });
});
