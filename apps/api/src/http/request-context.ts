import { randomUUID } from 'node:crypto';
import { BadRequestException, NotFoundException } from '@nestjs/common';
import type { Principal } from '@lemon/access';
import type { Request } from 'express';
import { principalOf } from '../auth/auth.decorators';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** At most 200 printable ASCII characters (issue 10 §6); anything else is replaced by a fresh id. */
const CORRELATION_ID = /^[\x20-\x7e]{1,200}$/;

/** An id that is not a UUID names no case: 404, the same answer as an unknown one. */
export const caseIdParam = (value: string): string => {
  if (!UUID.test(value)) throw new NotFoundException({ message: `case ${value} does not exist`, code: 'case_not_found' });
  return value.toLowerCase();
};

/** `If-Match: "3"` (or W/"3", or 3) -> 3; absent -> undefined; anything else is a 400. */
export const expectedVersionFrom = (request: Request): number | undefined => {
  const header = request.headers['if-match'];
  if (header === undefined || header === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match) {
    throw new BadRequestException({
      message: 'If-Match must be the case version as an entity tag, e.g. "3"',
      code: 'validation_failed',
      errors: [{ field: 'If-Match', messages: ['If-Match must be a quoted version number, e.g. "3"'] }],
    });
  }
  return Number(match[1]);
};

type WithCorrelation = Request & { correlationId?: string };

/**
 * The request's correlation id: `X-Correlation-Id` when it is 1 to 200 printable characters,
 * otherwise a new UUID. Decided once per request, so the events, the access log and the response
 * header all carry the same id.
 */
export const correlationIdOf = (request: Request): string => {
  const memo = request as WithCorrelation;
  if (memo.correlationId === undefined) {
    const header = request.headers['x-correlation-id'];
    memo.correlationId = typeof header === 'string' && CORRELATION_ID.test(header) ? header : randomUUID();
  }
  return memo.correlationId;
};

export const etag = (version: number): string => `"${version}"`;

/** The caller's organisation. */
export const organisationOf = (request: Request): string => principalOf(request as Request & { principal?: Principal }).organisationId;
