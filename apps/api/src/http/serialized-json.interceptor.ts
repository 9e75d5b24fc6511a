import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { SerializedCaseView } from '@lemon/cases';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';

/**
 * Sends an answer that is JSON already (SerializedCaseView: a cached case view) as it is, instead
 * of serializing it again. The outermost interceptor, so every other one (ETag from its `version`,
 * the access log) has run on it first.
 */
@Injectable()
export class SerializedJsonInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        if (!(body instanceof SerializedCaseView)) return body;
        context.switchToHttp().getResponse<Response>().setHeader('Content-Type', 'application/json; charset=utf-8');
        return body.json;
      }),
    );
  }
}
