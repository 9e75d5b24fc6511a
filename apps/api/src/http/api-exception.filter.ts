import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { AccessDenied } from '@lemon/access';
import { DomainError } from '@lemon/domain';
import { ConcurrencyError } from '@lemon/event-store';
import type { Response } from 'express';

const DOMAIN_STATUS: Record<DomainError['code'], number> = {
  case_not_found: HttpStatus.NOT_FOUND,
  case_already_exists: HttpStatus.CONFLICT,
  rule_violation: HttpStatus.UNPROCESSABLE_ENTITY,
  duplicate_repair_order: HttpStatus.CONFLICT,
  implausible_mileage: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** express body-parser marks its own failures with a `type`: they are the client's fault. */
const BODY_PARSER_STATUS: Record<string, [number, string]> = {
  'entity.parse.failed': [HttpStatus.BAD_REQUEST, 'request body is not valid JSON'],
  'entity.too.large': [HttpStatus.PAYLOAD_TOO_LARGE, 'request body is too large'],
  'encoding.unsupported': [HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported content encoding'],
  'charset.unsupported': [HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported charset'],
  'request.aborted': [HttpStatus.BAD_REQUEST, 'request aborted'],
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * One error shape for every failure: { statusCode, error, message, errors?: [{ field, messages }] }.
 * Domain refusals map to 404 / 409 / 422, stale versions to 409 with the current version;
 * anything unexpected is a 500 without internals (logged server-side, never echoed).
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.describe(exception);
    // Name and message only: stack traces stay out of responses and logs alike.
    if (status >= 500)
      this.logger.error({
        msg: 'unexpected error',
        error: exception instanceof Error ? `${exception.name}: ${exception.message}` : String(exception),
      });
    if (response.headersSent) return;
    response.status(status).json({ statusCode: status, error: STATUS_TEXT[status] ?? 'Error', ...body });
  }

  private describe(exception: unknown): [number, Record<string, unknown>] {
    if (exception instanceof DomainError) {
      const errors = exception.field ? [{ field: exception.field, messages: [exception.message] }] : undefined;
      return [DOMAIN_STATUS[exception.code], { message: exception.message, code: exception.code, ...exception.details, errors }];
    }
    if (exception instanceof AccessDenied) return [HttpStatus.FORBIDDEN, { message: exception.message, code: 'forbidden' }];
    if (exception instanceof ConcurrencyError) {
      return [
        HttpStatus.CONFLICT,
        {
          message: `the case changed: it is at version ${exception.actual}, you expected ${String(exception.expected)}; re-read it and retry`,
          code: 'version_conflict',
          currentVersion: exception.actual,
          expectedVersion: exception.expected,
        },
      ];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'string') return [status, { message: payload }];
      const { statusCode: _s, error: _e, ...rest } = payload as Record<string, unknown>;
      return [status, rest];
    }
    const typed = exception as { type?: string; status?: number };
    if (typed?.type && BODY_PARSER_STATUS[typed.type]) {
      const [status, message] = BODY_PARSER_STATUS[typed.type];
      return [status, { message }];
    }
    return [HttpStatus.INTERNAL_SERVER_ERROR, { message: 'internal error' }];
  }
}
