import {
  Injectable,
  SetMetadata,
  UnsupportedMediaTypeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

export const ACCEPTED_BODY_TYPES = 'acceptedBodyTypes';

/** A route that takes a body other than JSON (e.g. `text/csv`, `multipart/form-data`) says so. */
export const AcceptsBody = (...mediaTypes: string[]) => SetMetadata(ACCEPTED_BODY_TYPES, mediaTypes);

/** `application/json` and its `+json` variants (e.g. `application/merge-patch+json`). */
const isJson = (mediaType: string): boolean => mediaType === 'application/json' || /^application\/[\w.-]+\+json$/.test(mediaType);

/** A request carries a body when it says so (a length above 0, or chunked). */
const hasBody = (request: Request): boolean => {
  if (request.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(request.headers['content-length'] ?? 0);
  return Number.isFinite(length) && length > 0;
};

/**
 * Bodies are JSON unless the route declares otherwise: a body without a Content-Type, or with
 * another one (form-encoded included), is a 415 before any DTO or handler runs.
 */
@Injectable()
export class JsonBodyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (hasBody(request)) {
      const others = this.reflector.getAllAndOverride<string[]>(ACCEPTED_BODY_TYPES, [context.getHandler(), context.getClass()]) ?? [];
      const contentType = request.headers['content-type'];
      const mediaType = contentType?.split(';')[0].trim().toLowerCase() ?? '';
      if (!isJson(mediaType) && !others.includes(mediaType)) {
        const readable = ['application/json', ...others].join(' or ');
        throw new UnsupportedMediaTypeException({
          message: `the request body must be ${readable}; got ${contentType ? `"${contentType}"` : 'no Content-Type'}`,
          code: 'unsupported_media_type',
          errors: [{ field: 'Content-Type', messages: [`Content-Type must be ${readable}`] }],
        });
      }
    }
    return next.handle();
  }
}
