/**
 * Pure translations between the EventStore port and KurrentDB. No client calls, so CI can test this
 * file without a server.
 *
 * Versions. The port counts events: version = number of events in the stream, 0 = no stream.
 * KurrentDB numbers them: the revision is 0-based, so the event at port version v has revision v - 1,
 * and a stream at port version v has its last event at revision v - 1.
 *   expected 0 | 'no_stream'        -> NO_STREAM
 *   expected v (v >= 1)             -> BigInt(v - 1)  (revision of the last event the writer read)
 *   'stream_exists' | 'any'         -> STREAM_EXISTS | ANY
 *   nextExpectedRevision r          -> nextVersion r + 1
 *   actualState 'no_stream' | r     -> actual version 0 | r + 1
 *
 * Positions. A $all position {commit, prepare} is two u64s. The checkpoint is "commit:prepare" with
 * each part padded to 20 digits (the width of u64 max), so text order is log order. PostgreSQL's
 * checkpoints are 20:19 digits, so one passed here is rejected rather than misread.
 *
 * Metadata. KurrentDB metadata is the port's metadata object plus `$schemaVersion` and, when the
 * writer gave one, `$recordedAt`. It also carries `$correlationId`/`$causationId` copies, which
 * KurrentDB's own $by_correlation_id projection reads. Reading strips exactly what writing added.
 */
import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  excludeSystemEvents,
  streamNameFilter,
  type AppendStreamState,
  type CurrentStreamState,
  type Filter,
  type Position,
} from '@kurrent/kurrentdb-client';
import { padPosition } from '../checkpoint';
import type { Checkpoint, EventMetadata, ExpectedVersion, NewEvent, RecordedEvent, StreamVersion } from '../event-store.port';

const U64_MAX = 2n ** 64n - 1n;
const POSITION_DIGITS = 20;
const CHECKPOINT_PATTERN = /^(\d{20}):(\d{20})$/;

const SCHEMA_VERSION_KEY = '$schemaVersion';
const RECORDED_AT_KEY = '$recordedAt';
const CORRELATION_KEY = '$correlationId';
const CAUSATION_KEY = '$causationId';
const RESERVED_KEYS = [SCHEMA_VERSION_KEY, RECORDED_AT_KEY, CORRELATION_KEY, CAUSATION_KEY];

// ---- versions ----

export const toStreamState = (expected: ExpectedVersion): AppendStreamState => {
  switch (expected) {
    case 'any':
      return ANY;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'no_stream':
      return NO_STREAM;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0)
        throw new RangeError(`expected version must be a non-negative integer, got ${expected}`);
      return expected === 0 ? NO_STREAM : BigInt(expected - 1);
  }
};

/** Port version of the event at this 0-based revision (= the stream's version once it is the last). */
export const versionOfRevision = (revision: bigint): StreamVersion => Number(revision + 1n);

/** 0-based revision where the event at this port version (>= 1) lives. */
export const revisionOfVersion = (version: StreamVersion): bigint => {
  if (!Number.isSafeInteger(version) || version < 1) throw new RangeError(`a stored event's version is >= 1, got ${version}`);
  return BigInt(version - 1);
};

export const toNextVersion = (nextExpectedRevision: bigint): StreamVersion => versionOfRevision(nextExpectedRevision);

/** WrongExpectedVersionError.actualState as a port version. Negative revisions are the legacy "no stream" markers. */
export const actualVersionOf = (actualState: CurrentStreamState): StreamVersion =>
  actualState === NO_STREAM || actualState < 0n ? 0 : versionOfRevision(actualState);

// ---- positions ----

export const toKurrentCheckpoint = ({ commit, prepare }: Position): Checkpoint => {
  for (const part of [commit, prepare]) {
    if (part < 0n || part > U64_MAX) throw new RangeError(`not a $all position part: ${part}`);
  }
  return `${padPosition(commit, POSITION_DIGITS)}:${padPosition(prepare, POSITION_DIGITS)}`;
};

export const fromKurrentCheckpoint = (checkpoint: Checkpoint): Position => {
  const match = CHECKPOINT_PATTERN.exec(checkpoint);
  if (!match) {
    throw new Error(`not a KurrentDB event-store checkpoint (checkpoints never cross adapters): ${checkpoint}`);
  }
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
};

// ---- stream names and filters ----

/**
 * An optional namespace puts every stream under `<namespace>.` on the server. Then several
 * installations, or test runs, can share one cluster without seeing each other's events. The
 * namespace may not contain '-', so KurrentDB's category (the part before the first '-') stays
 * `<namespace>.case`.
 */
export const namespacePrefix = (namespace: string | undefined): string => {
  if (!namespace) return '';
  if (!/^[A-Za-z0-9_]+$/.test(namespace)) throw new Error(`stream namespace must match [A-Za-z0-9_]+, got "${namespace}"`);
  return `${namespace}.`;
};

export const toServerStreamName = (prefix: string, streamId: string): string => `${prefix}${streamId}`;

export const fromServerStreamName = (prefix: string, serverName: string): string => {
  if (!serverName.startsWith(prefix)) throw new Error(`stream ${serverName} is outside namespace "${prefix}"`);
  return serverName.slice(prefix.length);
};

/**
 * The server-side filter on $all. It keeps our streams (namespace + optional stream prefix); with
 * neither set it keeps every non-system event. KurrentDB filters server-side only on $all.
 */
export const allStreamFilter = (prefix: string, streamPrefix?: string): Filter => {
  const wanted = `${prefix}${streamPrefix ?? ''}`;
  return wanted ? streamNameFilter({ prefixes: [wanted] }) : excludeSystemEvents();
};

/** Client-side guard matching allStreamFilter: system streams and types ($…, links $>) are never ours. */
export const isOwnEvent = (record: { streamId: string; type: string }, prefix: string, streamPrefix?: string): boolean =>
  !record.streamId.startsWith('$') && !record.type.startsWith('$') && record.streamId.startsWith(`${prefix}${streamPrefix ?? ''}`);

// ---- events and metadata ----

export const toKurrentMetadata = (metadata: EventMetadata, schemaVersion: number, recordedAt?: Date): Record<string, unknown> => {
  const clashing = RESERVED_KEYS.filter((key) => key in metadata);
  if (clashing.length > 0) throw new Error(`event metadata may not use keys reserved by the KurrentDB adapter: ${clashing.join(', ')}`);
  const out: Record<string, unknown> = { ...metadata, [SCHEMA_VERSION_KEY]: schemaVersion };
  if (recordedAt) out[RECORDED_AT_KEY] = recordedAt.toISOString();
  if (typeof metadata.correlationId === 'string') out[CORRELATION_KEY] = metadata.correlationId;
  if (typeof metadata.causationId === 'string') out[CAUSATION_KEY] = metadata.causationId;
  return out;
};

export interface DecodedMetadata {
  metadata: EventMetadata;
  schemaVersion: number;
  /** Undefined when the writer gave none: the server's `created` applies. */
  recordedAt?: Date;
}

export const fromKurrentMetadata = (raw: unknown): DecodedMetadata => {
  // Events written by other tools may carry binary, array or no metadata: treat those as empty.
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || raw instanceof Uint8Array) return { metadata: {}, schemaVersion: 1 };
  const { [SCHEMA_VERSION_KEY]: schemaVersion, [RECORDED_AT_KEY]: recordedAt, ...rest } = raw as Record<string, unknown>;
  const metadata: Record<string, unknown> = rest;
  // Drop the $-copies only where they are ours (equal to the plain field); a foreign writer's stay.
  if (metadata[CORRELATION_KEY] !== undefined && metadata[CORRELATION_KEY] === metadata.correlationId) delete metadata[CORRELATION_KEY];
  if (metadata[CAUSATION_KEY] !== undefined && metadata[CAUSATION_KEY] === metadata.causationId) delete metadata[CAUSATION_KEY];
  const parsedAt = typeof recordedAt === 'string' ? new Date(recordedAt) : undefined;
  return {
    metadata: metadata as EventMetadata,
    schemaVersion: typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) ? schemaVersion : 1,
    recordedAt: parsedAt && !Number.isNaN(parsedAt.getTime()) ? parsedAt : undefined,
  };
};

/** What jsonEvent() takes; the id is passed through, which is what lets the server de-duplicate a retry. */
export interface KurrentEventInput {
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

export const toKurrentEvent = (event: NewEvent, recordedAt?: Date): KurrentEventInput => ({
  id: event.id,
  type: event.type,
  data: event.data,
  metadata: toKurrentMetadata(event.metadata, event.schemaVersion, recordedAt),
});

/** The fields of the client's RecordedEvent this adapter reads (kept minimal so tests can build them). */
export interface KurrentRecord {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  created: Date;
  data: unknown;
  metadata?: unknown;
  position?: Position;
}

export const toRecordedEvent = (record: KurrentRecord, prefix: string): RecordedEvent => {
  if (!record.position) throw new Error(`KurrentDB returned event ${record.id} without a $all position (the server must be 22.6 or later)`);
  const { metadata, schemaVersion, recordedAt } = fromKurrentMetadata(record.metadata);
  return {
    id: record.id,
    type: record.type,
    schemaVersion,
    data: record.data,
    metadata,
    streamId: fromServerStreamName(prefix, record.streamId),
    streamVersion: versionOfRevision(record.revision),
    position: toKurrentCheckpoint(record.position),
    recordedAt: recordedAt ?? record.created,
  };
};
