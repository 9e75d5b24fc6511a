import { ANY, NO_STREAM, STREAM_EXISTS, EVENT_TYPE, STREAM_NAME, type CurrentStreamState, type Position } from '@kurrent/kurrentdb-client';
import type { ExpectedVersion } from '../event-store.port';
import { toPostgresCheckpoint } from '../postgres/postgres-event-store';
import {
  actualVersionOf,
  allStreamFilter,
  fromKurrentCheckpoint,
  fromKurrentMetadata,
  fromServerStreamName,
  isOwnEvent,
  namespacePrefix,
  revisionOfVersion,
  toKurrentCheckpoint,
  toKurrentEvent,
  toKurrentMetadata,
  toNextVersion,
  toRecordedEvent,
  toServerStreamName,
  toStreamState,
  versionOfRevision,
} from './kurrentdb-mapping';

const U64_MAX = 2n ** 64n - 1n;

describe('KurrentDB mapping (pure)', () => {
  describe('expected version -> streamState', () => {
    it.each<[ExpectedVersion, unknown]>([
      [0, NO_STREAM],
      ['no_stream', NO_STREAM],
      [1, 0n],
      [2, 1n],
      [1_000_000, 999_999n],
      [Number.MAX_SAFE_INTEGER, BigInt(Number.MAX_SAFE_INTEGER) - 1n],
      ['stream_exists', STREAM_EXISTS],
      ['any', ANY],
    ])('%p -> %p', (expected, state) => {
      expect(toStreamState(expected)).toBe(state);
    });

    it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuses %p', (bad) => {
      expect(() => toStreamState(bad)).toThrow(RangeError);
    });
  });

  describe('revisions <-> versions', () => {
    it.each<[bigint, number]>([
      [0n, 1],
      [1n, 2],
      [41n, 42],
    ])('nextExpectedRevision %p -> nextVersion %p', (revision, version) => {
      expect(toNextVersion(revision)).toBe(version);
      expect(versionOfRevision(revision)).toBe(version);
      expect(revisionOfVersion(version)).toBe(revision);
    });

    it('has no revision for version 0 (no event there)', () => {
      expect(() => revisionOfVersion(0)).toThrow(RangeError);
    });

    it.each<[CurrentStreamState, number]>([
      [NO_STREAM, 0],
      [-1n, 0], // legacy "no stream" marker
      [0n, 1],
      [4n, 5],
    ])('WrongExpectedVersionError.actualState %p -> actual version %p', (state, version) => {
      expect(actualVersionOf(state)).toBe(version);
    });

    it('round-trips: appending n events at expected v gives nextVersion v + n', () => {
      for (const [v, n] of [
        [0, 1],
        [0, 3],
        [1, 1],
        [7, 2],
      ]) {
        const state = toStreamState(v);
        const lastRevisionBefore = state === NO_STREAM ? -1n : (state as bigint);
        expect(toNextVersion(lastRevisionBefore + BigInt(n))).toBe(v + n);
      }
    });
  });

  describe('positions <-> checkpoints', () => {
    it.each<[Position, string]>([
      [{ commit: 0n, prepare: 0n }, '00000000000000000000:00000000000000000000'],
      [{ commit: 1234n, prepare: 1200n }, '00000000000000001234:00000000000000001200'],
      [{ commit: U64_MAX, prepare: U64_MAX }, '18446744073709551615:18446744073709551615'],
    ])('%p <-> %p', (position, checkpoint) => {
      expect(toKurrentCheckpoint(position)).toBe(checkpoint);
      expect(fromKurrentCheckpoint(checkpoint)).toEqual(position);
    });

    it('text order is log order (commit first, then prepare)', () => {
      const positions: Position[] = [
        { commit: 9n, prepare: 9n },
        { commit: 10n, prepare: 10n },
        { commit: 10n, prepare: 11n },
        { commit: 100n, prepare: 2n },
        { commit: 1n << 40n, prepare: 0n },
        { commit: U64_MAX, prepare: 0n },
      ];
      const checkpoints = positions.map(toKurrentCheckpoint);
      expect([...checkpoints].sort()).toEqual(checkpoints);
      expect([...checkpoints].reverse().sort()).toEqual(checkpoints);
    });

    it.each([-1n, U64_MAX + 1n])('refuses a part outside u64: %p', (part) => {
      expect(() => toKurrentCheckpoint({ commit: part, prepare: 0n })).toThrow(RangeError);
    });

    it.each([
      ['a PostgreSQL checkpoint', toPostgresCheckpoint('123', '456')],
      ['an in-memory checkpoint', '0000000000000000042'],
      ['garbage', 'commit:prepare'],
      ['unpadded', '12:34'],
    ])('refuses %s (checkpoints never cross adapters)', (_name, checkpoint) => {
      expect(() => fromKurrentCheckpoint(checkpoint)).toThrow(/not a KurrentDB event-store checkpoint/);
    });
  });

  describe('metadata', () => {
    const metadata = {
      correlationId: 'c-1',
      causationId: 'k-1',
      actor: { userId: 'u', organisationId: 'o', role: 'paralegal' },
      occurredOn: '2024-02-03',
      jurisdiction: 'CA',
    };

    it.each<[string, Record<string, unknown>, number, Date | undefined]>([
      ['full metadata with recordedAt', metadata, 3, new Date('2024-03-05T10:11:12.345Z')],
      ['full metadata, store clock', metadata, 1, undefined],
      ['empty metadata', {}, 1, undefined],
      ['non-string correlation id', { correlationId: 42 }, 2, new Date(0)],
    ])('%s round-trips exactly', (_name, input, schemaVersion, recordedAt) => {
      const stored = toKurrentMetadata(input, schemaVersion, recordedAt);
      expect(JSON.parse(JSON.stringify(stored))).toEqual(stored); // survives the JSON the client sends
      expect(fromKurrentMetadata(JSON.parse(JSON.stringify(stored)))).toEqual({ metadata: input, schemaVersion, recordedAt });
    });

    it('adds what KurrentDB itself reads ($correlationId, $causationId) and our own fields', () => {
      expect(toKurrentMetadata(metadata, 2, new Date('2024-01-01T00:00:00.000Z'))).toEqual({
        ...metadata,
        $schemaVersion: 2,
        $recordedAt: '2024-01-01T00:00:00.000Z',
        $correlationId: 'c-1',
        $causationId: 'k-1',
      });
    });

    it.each(['$schemaVersion', '$recordedAt', '$correlationId', '$causationId'])('refuses the reserved key %s', (key) => {
      expect(() => toKurrentMetadata({ [key]: 'x' }, 1)).toThrow(/reserved/);
    });

    it.each<[string, unknown]>([
      ['no metadata', undefined],
      ['binary metadata', new Uint8Array([1, 2])],
      ['an array', [1, 2]],
      ['a string', 'x'],
    ])('reads events from other writers with %s as empty metadata, schema version 1', (_name, raw) => {
      expect(fromKurrentMetadata(raw)).toEqual({ metadata: {}, schemaVersion: 1, recordedAt: undefined });
    });

    it("keeps a foreign writer's $correlationId that is not a copy of ours, and ignores a bad $recordedAt", () => {
      expect(fromKurrentMetadata({ $correlationId: 'theirs', $recordedAt: 'not a date' })).toEqual({
        metadata: { $correlationId: 'theirs' },
        schemaVersion: 1,
        recordedAt: undefined,
      });
    });
  });

  describe('recorded events', () => {
    const record = {
      streamId: 'tenant1.case-1',
      id: '6f1c1c1e-3c1a-4e59-9b43-2f7b2e7f0a01',
      type: 'RepairAttemptRecorded',
      revision: 4n,
      created: new Date('2025-01-01T00:00:00.000Z'),
      data: { repairOrder: 'RO-1', dealer: 'Main St Motors' },
      position: { commit: 500n, prepare: 480n },
    };

    it.each<[string, Date | undefined, string]>([
      ['recordedAt from our metadata when present', new Date('2024-12-31T23:00:00.000Z'), '2024-12-31T23:00:00.000Z'],
      ["the server's created otherwise", undefined, '2025-01-01T00:00:00.000Z'],
    ])('takes %s', (_name, recordedAt, expected) => {
      const event = toRecordedEvent({ ...record, metadata: toKurrentMetadata({ correlationId: 'c' }, 2, recordedAt) }, 'tenant1.');
      expect(event).toEqual({
        id: record.id,
        type: 'RepairAttemptRecorded',
        schemaVersion: 2,
        data: record.data,
        metadata: { correlationId: 'c' },
        streamId: 'case-1',
        streamVersion: 5,
        position: '00000000000000000500:00000000000000000480',
        recordedAt: new Date(expected),
      });
    });

    it('refuses an event without a $all position (server older than 22.6)', () => {
      expect(() => toRecordedEvent({ ...record, position: undefined }, 'tenant1.')).toThrow(/22\.6/);
    });

    it('passes the event id through, so the server can de-duplicate a retry', () => {
      const input = { id: record.id, type: 'T', schemaVersion: 1, data: { a: 1 }, metadata: {} };
      expect(toKurrentEvent(input)).toEqual({ id: record.id, type: 'T', data: { a: 1 }, metadata: { $schemaVersion: 1 } });
    });
  });

  describe('stream names and the $all filter', () => {
    it.each<[string | undefined, string]>([
      [undefined, ''],
      ['', ''],
      ['staging', 'staging.'],
      ['t_01', 't_01.'],
    ])('namespace %p -> prefix %p', (namespace, prefix) => {
      expect(namespacePrefix(namespace)).toBe(prefix);
      expect(fromServerStreamName(prefix, toServerStreamName(prefix, 'case-9'))).toBe('case-9');
    });

    it.each(['a-b', 'a.b', '$sys', 'a b'])('refuses namespace %p (it would change the category or the prefix match)', (namespace) => {
      expect(() => namespacePrefix(namespace)).toThrow();
    });

    it('refuses a server stream outside the namespace', () => {
      expect(() => fromServerStreamName('a.', 'b.case-1')).toThrow();
    });

    it.each<[string, string | undefined, object]>([
      ['', undefined, { filterOn: EVENT_TYPE, regex: '^[^$].*' }],
      ['', 'case-', { filterOn: STREAM_NAME, prefixes: ['case-'] }],
      ['t1.', undefined, { filterOn: STREAM_NAME, prefixes: ['t1.'] }],
      ['t1.', 'case-', { filterOn: STREAM_NAME, prefixes: ['t1.case-'] }],
    ])('namespace prefix %p + stream prefix %p -> %p', (prefix, streamPrefix, filter) => {
      expect(allStreamFilter(prefix, streamPrefix)).toMatchObject(filter);
    });

    it.each<[{ streamId: string; type: string }, string, string | undefined, boolean]>([
      [{ streamId: 'case-1', type: 'CaseOpened' }, '', undefined, true],
      [{ streamId: 'case-1', type: 'CaseOpened' }, '', 'case-', true],
      [{ streamId: 'other-1', type: 'X' }, '', 'case-', false],
      [{ streamId: '$$case-1', type: '$metadata' }, '', undefined, false],
      [{ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' }, '', undefined, false],
      [{ streamId: 'case-1', type: '$>' }, '', undefined, false],
      [{ streamId: 't1.case-1', type: 'A' }, 't1.', 'case-', true],
      [{ streamId: 't2.case-1', type: 'A' }, 't1.', undefined, false],
    ])('isOwnEvent(%p, %p, %p) = %p', (record, prefix, streamPrefix, own) => {
      expect(isOwnEvent(record, prefix, streamPrefix)).toBe(own);
    });
  });
});
