import { randomUUID } from 'node:crypto';
import { BadRequestException, NotFoundException } from '@nestjs/common';
import type { CommandOrigin } from '@lemon/cases';
import type { Principal } from '@lemon/access';
import type { Request } from 'express';
import { principalOf } from '../auth/auth.decorators';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

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

/** Who asked and under which correlation id; X-Correlation-Id is honoured when well-formed. */
export const originFrom = (request: Request): CommandOrigin => {
  const header = request.headers['x-correlation-id'];
  const correlationId = typeof header === 'string' && CORRELATION_ID.test(header) ? header : randomUUID();
  return { correlationId, principal: principalOf(request as Request & { principal?: Principal }) };
};

export const etag = (version: number): string => `"${version}"`;

/** The caller's organisation. */
export const organisationOf = (request: Request): string => principalOf(request as Request & { principal?: Principal }).organisationId;
