import {
  BadRequestException,
  ConflictException,
  Injectable,
  UnprocessableEntityException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { hashRequestBody, IdempotencyService, runIdempotently, type Principal } from '@lemon/access';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';

const KEY = /^[\x21-\x7e]{1,200}$/;
const REPLAYED_HEADERS = ['etag', 'location', 'x-correlation-id'];
/**
 * Response fields that show a secret once (an API key, a webhook signing secret, a calendar feed
 * token, an organisation's first admin key): such a response is never stored for a replay.
 */
const SECRET_FIELDS = ['key', 'secret', 'token', 'apiKey'];
const showsSecret = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && SECRET_FIELDS.some((field) => field in (body as Record<string, unknown>));

/**
 * `Idempotency-Key` on POST: the same key and body return the first response (with
 * `Idempotent-Replayed: true`) and append nothing; the same key with another body is 422; while
 * the first request is still running, 409. Keys are per user. A replay of a create that showed a
 * secret is 409 `secret_not_replayable` with the created id: the secret was never stored.
 * The route runs with ids derived from the request (runIdempotently), so a retry after a crash
 * replays what the first attempt committed, or completes it exactly once.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { principal?: Principal }>();
    const response = http.getResponse<Response>();
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined || !request.principal) return next.handle();
    const key = String(header);
    if (!KEY.test(key)) {
      throw new BadRequestException({
        message: 'Idempotency-Key must be 1 to 200 printable ASCII characters',
        code: 'validation_failed',
        errors: [{ field: 'Idempotency-Key', messages: ['must be 1 to 200 printable ASCII characters'] }],
      });
    }
    const owner = request.principal.userId;
    const path = request.originalUrl.split('?')[0];
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    const bodyHash = hashRequestBody(request.body);
    return from(this.idempotency.begin(owner, key, request.method, path, bodyHash)).pipe(
      mergeMap((outcome) => {
        switch (outcome.kind) {
          case 'replay':
            for (const [name, value] of Object.entries(outcome.headers)) response.setHeader(name, value);
            response.setHeader('Idempotent-Replayed', 'true');
            return of(outcome.response);
          case 'secret_not_replayable':
            return throwError(
              () =>
                new ConflictException({
                  message: 'this request created a secret, which is shown once and never stored: it cannot be replayed',
                  code: 'secret_not_replayable',
                  id: outcome.id,
                }),
            );
          case 'mismatch':
            return throwError(
              () =>
                new UnprocessableEntityException({
                  message: 'this Idempotency-Key was used with a different request',
                  code: 'idempotency_key_reused',
                }),
            );
          case 'in_progress':
            return throwError(
              () =>
                new ConflictException({ message: 'a request with this Idempotency-Key is still running', code: 'idempotency_in_progress' }),
            );
          case 'new':
            return runRouteIdempotently({ userId: owner, key, method: request.method, path, bodyHash }, next).pipe(
              mergeMap(async (body) => {
                const headers = Object.fromEntries(
                  REPLAYED_HEADERS.map((name) => [name, response.getHeader(name)])
                    .filter(([, value]) => value !== undefined)
                    .map(([n, v]) => [n, String(v)]),
                );
                await this.idempotency.complete(owner, key, status, body, headers, { secretFree: !showsSecret(body) });
                return body;
              }),
              catchError((error) => from(this.idempotency.abandon(owner, key)).pipe(mergeMap(() => throwError(() => error)))),
            );
        }
      }),
    );
  }
}

/** Subscribes to the route inside the idempotency scope, so every id it creates is derived. */
const runRouteIdempotently = (request: Parameters<typeof runIdempotently>[0], next: CallHandler): Observable<unknown> =>
  new Observable((subscriber) => runIdempotently(request, () => next.handle().subscribe(subscriber)));
