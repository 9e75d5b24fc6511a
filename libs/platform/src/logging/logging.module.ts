import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

/** Headers that carry credentials: never written to a log. */
export const REDACTED_PATHS = ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie', 'res.headers["set-cookie"]'];

export const redactUrlSecrets = (url: string): string => url.replace(/([?&](?:token|key|api_key)=)[^&]*/gi, '$1[redacted]');

/** pino JSON logs for every process; request logs without bodies (they hold client data). */
export const loggingModule = (level: string): DynamicModule =>
  LoggerModule.forRoot({
    pinoHttp: {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      customProps: (req) => ({ correlationId: req.headers['x-correlation-id'] }),
      serializers: {
        // Calendar feed tokens travel in the URL: keep them out of the log.
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrlSecrets(req.url) }),
      },
    },
  });
