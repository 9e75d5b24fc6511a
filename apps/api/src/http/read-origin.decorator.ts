import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CaseReader, CaseReadRequest, Principal } from '@lemon/access';
import type { CaseListReadBy } from '@lemon/cases';
import type { Request } from 'express';
import { principalOf } from '../auth/auth.decorators';
import { correlationIdOf } from './request-context';

/** The request a case read came through, as the access log records it. */
export const caseReadRequestOf = (request: Request): CaseReadRequest => ({
  method: request.method,
  path: request.originalUrl.split('?')[0],
  correlationId: correlationIdOf(request),
});

export const readByOf = (request: Request, reader: CaseReader): CaseListReadBy => ({ reader, request: caseReadRequestOf(request) });

/** Who reads a list across cases and through which request (for the access log of every shared case in it). */
export const ListReadBy = createParamDecorator((_: unknown, context: ExecutionContext): CaseListReadBy => {
  const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
  return readByOf(request, principalOf(request));
});
