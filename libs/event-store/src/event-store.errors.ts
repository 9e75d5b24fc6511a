import type { ExpectedVersion, StreamVersion } from './event-store.port';

/** The stream was not at the expected version: someone else appended first. */
export class ConcurrencyError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: StreamVersion,
  ) {
    super(`stream ${streamId} is at version ${actual}, expected ${String(expected)}`);
    this.name = 'ConcurrencyError';
  }
}

/** Some, but not all, of the event ids were stored before, or they belong to another stream. */
export class EventIdConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventIds: string[],
  ) {
    super(`event ids already used elsewhere: ${eventIds.join(', ')}`);
    this.name = 'EventIdConflictError';
  }
}

export const matchesExpected = (expected: ExpectedVersion, actual: StreamVersion): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === 0;
    case 'stream_exists':
      return actual > 0;
    default:
      return expected === actual;
  }
};
