import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@lemon/access';
import type { CommandOrigin } from '@lemon/cases';
import type { Request } from 'express';
import { principalOf } from '../auth/auth.decorators';
import { correlationIdOf, expectedVersionFrom } from './request-context';

/** Where a case command comes from: the caller, its correlation id, and the version it pinned with If-Match. */
export interface CommandRequestOrigin extends CommandOrigin {
  /** From `If-Match`: the command applies only to this version of the case (409 otherwise). */
  expectedVersion?: number;
}

export const commandOriginOf = (request: Request): CommandRequestOrigin => ({
  principal: principalOf(request as Request & { principal?: Principal }),
  correlationId: correlationIdOf(request),
  expectedVersion: expectedVersionFrom(request),
});

/**
 * The command's origin, read from the request's headers so services never see `req`
 * (idempotency keys are handled around the route by IdempotencyInterceptor).
 */
export const CommandOriginParam = createParamDecorator((_: unknown, context: ExecutionContext): CommandRequestOrigin =>
  commandOriginOf(context.switchToHttp().getRequest<Request>()),
);
