import type { Principal } from '@lemon/access';
import { computeDeadlines } from '@lemon/deadlines';
import { caseEventEnvelopeOf, caseStreamId, type CaseEvent } from '@lemon/domain';
import { InMemoryEventStore } from '@lemon/event-store';
import { loadConfig } from '@lemon/platform';
import { evaluatePresumption, rulePackFor } from '@lemon/state-rules';
import { FixedClock } from '@lemon/testing';
import { CaseStreamReader } from './case-stream.reader';
import { CaseViewCache, caseViewKey } from './case-view.cache';

describe('the cache of single-case views', () => {
  it('keys by case, version and legal day: each changes the key', () => {
    const key = caseViewKey('c1', 3, '2024-03-01');
    expect(
      new Set([key, caseViewKey('c2', 3, '2024-03-01'), caseViewKey('c1', 4, '2024-03-01'), caseViewKey('c1', 3, '2024-03-02')]).size,
    ).toBe(4);
    expect(caseViewKey('c1', 3, '2024-03-01')).toBe(key);
  });

  it('computes a view once per key, and each kind of view separately', () => {
    const cache = new CaseViewCache({ maxEntries: 10, maxEvents: 100 });
    let computed = 0;
    const summary = () => ({ computed: ++computed }) as never;
    const first = cache.view('k', 1, 'summary', summary);
    expect(cache.view('k', 1, 'summary', summary)).toBe(first);
    cache.view('k', 1, 'presumption', summary);
    expect(computed).toBe(2);
  });

  it('evicts the least recently used entry beyond its entry bound', () => {
    const cache = new CaseViewCache({ maxEntries: 2, maxEvents: 100 });
    const computed: string[] = [];
    const read = (key: string) => cache.view(key, 1, 'history', () => (computed.push(key), []));
    read('a');
    read('b');
    read('a'); // a is now the most recently used
    read('c'); // evicts b
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    read('b');
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBe(2);
  });

  it('bounds the events behind the kept entries, so a few huge cases cannot hold all the memory', () => {
    const cache = new CaseViewCache({ maxEntries: 100, maxEvents: 1000 });
    cache.view('small', 10, 'history', () => []);
    cache.view('big', 600, 'history', () => []);
    cache.view('bigger', 600, 'history', () => []); // 1210 events: the least recently used go until it fits
    expect([cache.has('small'), cache.has('big'), cache.has('bigger')]).toEqual([false, false, true]);
    expect(cache.view('huge', 5000, 'history', () => ['still computed'] as never)).toEqual(['still computed']);
    expect(cache.has('huge')).toBe(false); // larger than the whole bound: served, never kept
  });
});

describe('reading one case from its stream', () => {
  const firm: Principal = {
    userId: 'u',
    organisationId: 'firm',
    organisationKind: 'law_firm',
    operator: false,
    role: 'admin',
    apiKeyId: 'k',
  };
  const opened: CaseEvent = {
    type: 'CaseOpened',
    data: {
      caseId: 'c1',
      client: { name: 'Maria Delgado', phone: '555-0100' },
      vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5', modelYear: 2024 },
      jurisdiction: 'CA',
      acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12 },
      warranty: { months: 48, miles: 50000 },
      manufacturer: { name: 'BMW', noticeRequirementDisclosed: true },
      ownerOrganisationId: 'firm',
    },
  };
  const append = (store: InMemoryEventStore, events: CaseEvent[], expected: number | 'no_stream') =>
    store.appendToStream(
      caseStreamId('c1'),
      events.map((e, i) => ({ id: `e${expected}-${i}`, type: e.type, schemaVersion: 1, data: e.data, metadata: {} })),
      { expected },
    );

  it('judges "today" on the legal date in LEGAL_TIME_ZONE, not the UTC date', () => {
    const clock = FixedClock.at('2024-03-02T03:30:00Z'); // still March 1 in New York
    const reader = (zone?: string) =>
      new CaseStreamReader(new InMemoryEventStore(), clock, loadConfig({ LEGAL_TIME_ZONE: zone }), new CaseViewCache());
    expect(reader().today()).toBe('2024-03-01');
    expect(reader('UTC').today()).toBe('2024-03-02');
    expect(reader().dayOf(new Date('2024-07-01T03:59:00Z'))).toBe('2024-06-30');
  });

  it('serves a version from the cache until the stream moves on, and decides access from the events', async () => {
    const store = new InMemoryEventStore();
    const cache = new CaseViewCache();
    const reader = new CaseStreamReader(store, FixedClock.at('2024-03-01T15:00:00Z'), loadConfig({}), cache);
    await append(store, [opened], 'no_stream');
    const first = await reader.read(firm, 'c1');
    expect(first.audience).toBe('firm');
    const summary = first.file.summary('2024-03-01');
    expect((await reader.read(firm, 'c1')).file.summary('2024-03-01')).toBe(summary);

    await append(store, [{ type: 'CaseShared', data: { organisationId: 'bmw', access: 'read' } }], 1);
    const moved = await reader.read(firm, 'c1');
    expect(moved.file.version).toBe(2);
    expect(moved.file.summary('2024-03-01')).not.toBe(summary);
    const bmw = { ...firm, organisationId: 'bmw', organisationKind: 'manufacturer' as const };
    expect((await reader.read(bmw, 'c1')).audience).toBe('shared');

    // One fold serves every view: deadlines and presumption from the shared fold equal those folded on their own.
    const envelopes = (await store.readStream(caseStreamId('c1'))).events.map(caseEventEnvelopeOf);
    expect(moved.file.deadlines('2024-03-01')).toEqual(computeDeadlines({ events: envelopes, asOf: '2024-03-01' }));
    expect(moved.file.presumption('2024-03-01')).toEqual(
      evaluatePresumption({ events: envelopes, pack: rulePackFor('CA'), asOf: '2024-03-01' }),
    );

    await append(store, [{ type: 'CaseShareRevoked', data: { organisationId: 'bmw' } }], 2);
    await expect(reader.read(bmw, 'c1')).rejects.toMatchObject({ code: 'case_not_found' });
  });
});
