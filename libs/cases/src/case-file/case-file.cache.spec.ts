import { computeDeadlines } from '@lemon/deadlines';
import { caseEventEnvelopeOf, caseStreamId, foldCaseFile, type CaseEvent } from '@lemon/domain';
import { InMemoryEventStore, type ReadStreamOptions, type ReadStreamsOptions, type RecordedEvent } from '@lemon/event-store';
import { loadConfig } from '@lemon/platform';
import { evaluatePresumption, rulePackFor } from '@lemon/state-rules';
import { FixedClock } from '@lemon/testing';
import { CaseFileCache } from './case-file.cache';
import { CaseFileVersion } from './case-file-version';
import { appendToCase, bmw, firm, note, opened, revoked, shared } from './case-file.spec-helpers';
import { CaseStreamReader } from './case-stream.reader';

let ids = 0;
const recorded = (events: CaseEvent[], firstVersion = 1): RecordedEvent[] =>
  events.map((e, i) => ({
    id: `e${++ids}`,
    type: e.type,
    schemaVersion: 1,
    data: e.data,
    metadata: {},
    streamId: caseStreamId('c1'),
    streamVersion: firstVersion + i,
    position: String(firstVersion + i).padStart(8, '0'),
    recordedAt: new Date(Date.UTC(2024, 2, 1, 12, firstVersion + i)),
  }));

/** An event store that tells which part of a stream each read asked for. */
class ReadCountingStore extends InMemoryEventStore {
  readonly reads: Array<number> = [];
  override readStream(streamId: string, options?: ReadStreamOptions) {
    this.reads.push(options?.after ?? 0);
    return super.readStream(streamId, options);
  }
  override readStreams(streamIds: readonly string[], options: ReadStreamsOptions = {}) {
    this.reads.push(...streamIds.map((id) => options.after?.get(id) ?? 0));
    return super.readStreams(streamIds, options);
  }
}

describe('a version of a case file', () => {
  it('folds only the new events onto the previous version, to the same case file as a fold of the whole stream', () => {
    const all = recorded([opened, note('a'), shared, note('b'), revoked]);
    const first = new CaseFileVersion('c1', all.slice(0, 2));
    first.state();
    const next = first.extend(all.slice(2));
    expect(next.version).toBe(5);
    expect(next.caseState()).toEqual(foldCaseFile(all.map(caseEventEnvelopeOf)));
    expect(next.envelopes()).toEqual(all.map(caseEventEnvelopeOf));
    expect(first.extend([])).toBe(first);
  });

  it('computes each view once per legal day, and keeps a few days only', () => {
    const file = new CaseFileVersion('c1', recorded([opened]));
    const today = file.summary('2024-03-01');
    expect(file.summary('2024-03-01')).toBe(today);
    expect(file.presumption('2024-03-01')).toBe(file.presumption('2024-03-01'));
    expect(file.summary('2024-03-02')).not.toBe(today);
    for (const day of ['2024-03-03', '2024-03-04', '2024-03-05']) file.summary(day);
    expect(file.summary('2024-03-01')).not.toBe(today); // the oldest day went
    expect(file.summary('2024-03-01')).toEqual(today);
  });

  it('cuts the file at an instant (asOf) and keeps the cut with its own views', () => {
    const events = recorded([opened, note('a'), note('b')]);
    const file = new CaseFileVersion('c1', events);
    const cut = file.asOf(events[1].recordedAt)!;
    expect(cut.version).toBe(2);
    expect(file.asOf(events[1].recordedAt)).toBe(cut);
    expect(file.asOf(events[2].recordedAt)).toBe(file);
    expect(file.asOf(new Date(events[0].recordedAt.getTime() - 1))).toBeUndefined();
  });
});

describe('the cache of case files', () => {
  it('holds one version per case: a newer one replaces it, an older one never does', () => {
    const cache = new CaseFileCache({ maxCases: 10, maxEvents: 100 });
    const all = recorded([opened, note('a'), note('b')]);
    const v2 = new CaseFileVersion('c1', all.slice(0, 2));
    const v3 = v2.extend(all.slice(2));
    cache.keep(v3);
    cache.keep(v2); // a slower concurrent reader finishing late
    expect(cache.latest('c1')).toBe(v3);
    expect(cache.size).toBe(1);
    expect(cache.events).toBe(3);
  });

  it('bounds the events held, so a few huge cases cannot hold all the memory', () => {
    const cache = new CaseFileCache({ maxCases: 100, maxEvents: 10 });
    const file = (caseId: string, n: number) =>
      new CaseFileVersion(caseId, recorded([opened, ...Array.from({ length: n - 1 }, (_, i) => note(String(i)))]));
    cache.keep(file('small', 2));
    cache.keep(file('big', 6));
    cache.keep(file('bigger', 6)); // 14 events: the least recently used go until it fits
    expect([cache.has('small'), cache.has('big'), cache.has('bigger')]).toEqual([false, false, true]);
    cache.keep(file('huge', 11));
    expect(cache.has('huge')).toBe(false); // larger than the whole bound: served, never kept
    expect(cache.events).toBeLessThanOrEqual(10);
  });
});

describe('reading one case from its stream', () => {
  it('judges "today" on the legal date in LEGAL_TIME_ZONE, not the UTC date', () => {
    const clock = FixedClock.at('2024-03-02T03:30:00Z'); // still March 1 in New York
    const reader = (zone?: string) =>
      new CaseStreamReader(new InMemoryEventStore(), clock, loadConfig({ LEGAL_TIME_ZONE: zone }), new CaseFileCache());
    expect(reader().today()).toBe('2024-03-01');
    expect(reader('UTC').today()).toBe('2024-03-02');
    expect(reader().dayOf(new Date('2024-07-01T03:59:00Z'))).toBe('2024-06-30');
  });

  it('serves the cached version while the stream has nothing newer, reading only what follows it', async () => {
    const store = new ReadCountingStore();
    const reader = new CaseStreamReader(store, FixedClock.at('2024-03-01T15:00:00Z'), loadConfig({}), new CaseFileCache());
    await appendToCase(store, [opened], 'no_stream');
    const first = await reader.read(firm, 'c1');
    expect(first.audience).toBe('firm');
    const summary = first.file.summary('2024-03-01');
    expect((await reader.read(firm, 'c1')).file.summary('2024-03-01')).toBe(summary);
    expect(store.reads).toEqual([0, 1]); // the whole stream once, then only what follows version 1

    // Another process (or instance) appends: the next read sees it at once.
    await appendToCase(store, [shared], 1);
    const moved = await reader.read(firm, 'c1');
    expect(store.reads).toEqual([0, 1, 1]);
    expect(moved.file.version).toBe(2);
    expect(moved.file.summary('2024-03-01')).not.toBe(summary);
    expect((await reader.read(bmw, 'c1')).audience).toBe('shared');

    // One fold serves every view: deadlines and presumption from the shared fold equal those folded on their own.
    const envelopes = (await store.readStream(caseStreamId('c1'))).events.map(caseEventEnvelopeOf);
    expect(moved.file.deadlines('2024-03-01')).toEqual(computeDeadlines({ events: envelopes, asOf: '2024-03-01' }));
    expect(moved.file.presumption('2024-03-01')).toEqual(
      evaluatePresumption({ events: envelopes, pack: rulePackFor('CA'), asOf: '2024-03-01' }),
    );
  });

  it('refuses a revoked share at once, though the version that allowed the read is cached', async () => {
    const store = new InMemoryEventStore();
    const cache = new CaseFileCache();
    const reader = new CaseStreamReader(store, FixedClock.at('2024-03-01T15:00:00Z'), loadConfig({}), cache);
    await appendToCase(store, [opened, shared], 'no_stream');
    expect((await reader.read(bmw, 'c1')).audience).toBe('shared');
    expect(cache.latest('c1')?.version).toBe(2);

    // Revoked through another instance: this process's cache still holds the shared version.
    await appendToCase(store, [revoked], 2);
    await expect(reader.read(bmw, 'c1')).rejects.toMatchObject({ code: 'case_not_found' });
    expect((await reader.read(firm, 'c1')).file.version).toBe(3);
  });

  it('answers case_not_found for a case that does not exist, and caches nothing for it', async () => {
    const cache = new CaseFileCache();
    const reader = new CaseStreamReader(new InMemoryEventStore(), FixedClock.at('2024-03-01T15:00:00Z'), loadConfig({}), cache);
    await expect(reader.read(firm, 'c1')).rejects.toMatchObject({ code: 'case_not_found' });
    expect(cache.size).toBe(0);
  });
});
