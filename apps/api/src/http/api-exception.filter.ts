import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, HttpException, HttpStatus, Inject, Logger, type ExceptionFilter } from '@nestjs/common';
import { AccessDenied } from '@lemon/access';
import { DomainError } from '@lemon/domain';
import { ConcurrencyError } from '@lemon/event-store';
import { APP_CONFIG, redactUrlsIn, type AppConfig } from '@lemon/platform';
import type { Response } from 'express';

const DOMAIN_STATUS: Record<DomainError['code'], number> = {
  case_not_found: HttpStatus.NOT_FOUND,
  case_already_exists: HttpStatus.CONFLICT,
  rule_violation: HttpStatus.UNPROCESSABLE_ENTITY,
  duplicate_repair_order: HttpStatus.CONFLICT,
  implausible_mileage: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** express body-parser marks its own failures with a `type`: they are the client's fault. */
const BODY_PARSER_STATUS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [HttpStatus.BAD_REQUEST, 'invalid_json', 'request body is not valid JSON'],
  'entity.too.large': [HttpStatus.PAYLOAD_TOO_LARGE, 'payload_too_large', 'request body is too large'],
  'encoding.unsupported': [HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported_media_type', 'unsupported content encoding'],
  'charset.unsupported': [HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported_media_type', 'unsupported charset'],
  'request.aborted': [HttpStatus.BAD_REQUEST, 'request_aborted', 'request aborted'],
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
 * One error shape for every failure: { statusCode, error, message, code, errors?: [{ field, messages }] }.
 * Domain refusals map to 404 / 409 / 422, stale versions to 409 with the current version;
 * anything unexpected is a 5xx without internals: one log line with an `errorId`, the same id in
 * the body (so a user's report finds the line), the stack trace only at `debug`.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');
  private readonly stackTraces: boolean;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'logLevel'>) {
    this.stackTraces = ['debug', 'trace'].includes(config.logLevel);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, described] = this.describe(exception);
    const body = status >= 500 ? { ...described, errorId: this.logServerError(status, exception) } : described;
    // The request logger sees this and stays silent: one line per 5xx.
    if (status >= 500) response.locals.errorId = body.errorId;
    if (response.headersSent) return;
    response.status(status).json({ statusCode: status, error: STATUS_TEXT[status] ?? 'Error', ...body });
  }

  /** One line per 5xx, at `error`; the stack only when the log level admits `debug`. */
  private logServerError(status: number, exception: unknown): string {
    const errorId = randomUUID();
    const error = redactUrlsIn(exception instanceof Error ? `${exception.name}: ${exception.message}` : String(exception));
    const stack = exception instanceof Error && this.stackTraces ? redactUrlsIn(exception.stack ?? '') : undefined;
    this.logger.error({ msg: 'unexpected error', errorId, status, error, ...(stack ? { stack } : {}) });
    return errorId;
  }

  private describe(exception: unknown): [number, Record<string, unknown>] {
    // Nest wraps body-parser's errors in an HttpException whose cause keeps the parser's `type`.
    const parserFailure =
      BODY_PARSER_STATUS[(exception as { type?: string })?.type ?? (exception as { cause?: { type?: string } })?.cause?.type ?? ''];
    if (parserFailure) {
      const [status, code, message] = parserFailure;
      return [status, { message, code, errors: [{ field: 'body', messages: [message] }] }];
    }
    if (exception instanceof DomainError) {
      const errors = exception.field ? [{ field: exception.field, messages: [exception.message] }] : undefined;
      return [DOMAIN_STATUS[exception.code], { message: exception.message, code: exception.code, ...exception.details, errors }];
    }
    if (exception instanceof AccessDenied) return [HttpStatus.FORBIDDEN, { message: exception.message, code: 'forbidden' }];
    if (exception instanceof ConcurrencyError) {
      // Only a client that sent If-Match expected a version; never claim one it did not send.
      const sentIfMatch = typeof exception.expected === 'number';
      return [
        HttpStatus.CONFLICT,
        {
          message: sentIfMatch
            ? `the case changed: it is at version ${exception.actual}, your If-Match was "${exception.expected}"; re-read it and retry`
            : `the case is being changed by many writers at once (now at version ${exception.actual}); retry`,
          code: 'version_conflict',
          currentVersion: exception.actual,
          ...(sentIfMatch ? { expectedVersion: exception.expected } : {}),
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
    return [HttpStatus.INTERNAL_SERVER_ERROR, { message: 'internal error', code: 'internal_error' }];
  }
}
