import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options as HttpLoggingOptions } from 'pino-http';
import { redactUrl } from './redact-url';

/** Headers that carry credentials: never written to a log. */
export const REDACTED_PATHS = ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie', 'res.headers["set-cookie"]'];

/** @deprecated the same as `redactUrl`, kept for existing callers. */
export const redactUrlSecrets = redactUrl;

export interface LoggingOptions {
  /** Where the lines go (tests capture them); default stdout. */
  destination?: DestinationStream;
  /** Human-readable lines (pino-pretty) instead of JSON; default: when stdout is a terminal. */
  pretty?: boolean;
}

/**
 * pino logs for every process: JSON (for shipping) unless stdout is a terminal, where pino-pretty
 * makes them readable. Request logs without bodies (they hold client data), URLs redacted.
 */
export const loggingModule = (level: string, options: LoggingOptions = {}): DynamicModule => {
  const pretty = options.pretty ?? (options.destination === undefined && process.stdout.isTTY === true);
  const http: HttpLoggingOptions = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    customProps: (req) => ({ correlationId: req.headers['x-correlation-id'] }),
    // A 5xx was logged once already, with its error id, by the exception filter: no second line.
    customLogLevel: (_req, res, error) => {
      if ((res as { locals?: { errorId?: string } }).locals?.errorId) return 'silent' as const;
      return error || res.statusCode >= 500 ? ('error' as const) : ('info' as const);
    },
    serializers: {
      // Calendar feed tokens travel in the URL: keep them (and any other secret parameter) out of the log.
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
    },
  };
  return LoggerModule.forRoot({
    // pino takes a transport (a worker thread formatting for the terminal) or a stream, not both.
    pinoHttp: pretty
      ? { ...http, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l' } } }
      : [http, options.destination ?? process.stdout],
  });
};
