import { Injectable, SetMetadata, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { correlationIdOf, etag } from './request-context';

const LOCATION = 'lemon:location';

type Result = { caseId?: unknown; version?: unknown } & Record<string, unknown>;

/** The created resource's path, from the handler's result (e.g. `(r) => /cases/${r.caseId}`). */
export const CreatedAt = (location: (result: Result) => string) => SetMetadata(LOCATION, location);

/**
 * Response headers of the case routes, from what the handler returned: `ETag` from the case
 * version it carries, `Location` where the route declares one (@CreatedAt), and the request's
 * correlation id.
 */
@Injectable()
export class CaseResponseHeadersInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const location = this.reflector.get<((result: Result) => string) | undefined>(LOCATION, context.getHandler());
    return next.handle().pipe(
      map((result: unknown) => {
        const body = (result ?? {}) as Result;
        if (typeof body.version === 'number') response.setHeader('ETag', etag(body.version));
        if (location) response.setHeader('Location', location(body));
        response.setHeader('X-Correlation-Id', correlationIdOf(request));
        return result;
      }),
    );
  }
}

export const CaseResponseHeaders = () => UseInterceptors(CaseResponseHeadersInterceptor);
